import { useEffect, useRef } from 'react';
import { digestPassword, toSecret, type Secret } from '../../../shared/model/credentials';

let warmed = false;

/**
 * The first slow digest of a session also pays for the engine compiling
 * scrypt (80-150 ms measured, against about 20 once compiled): a page with a
 * password field pays it once while the trainee types, not when they post.
 * Returns the effect's cleanup.
 */
export function warmPasswordDigest(): () => void {
  if (warmed) return () => undefined;
  const timer = setTimeout(() => {
    warmed = true;
    digestPassword('warm-up-only', '');
  }, 0);
  return () => clearTimeout(timer);
}

/**
 * A password field whose clear text never enters React state: the input is
 * uncontrolled, read once when the form is submitted, turned into a slow
 * salted digest and the password rules' answers (shared/model/credentials.ts),
 * and wiped. Every simulated login form uses this one path.
 */
export function useSecretField(salt: string) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(warmPasswordDigest, []);
  return {
    ref,
    /** The typed password as a digest; the field is emptied. */
    take(): Secret {
      const field = ref.current;
      const secret = toSecret(salt, field?.value ?? '');
      if (field) field.value = '';
      return secret;
    },
    clear(): void {
      if (ref.current) ref.current.value = '';
    },
  };
}
