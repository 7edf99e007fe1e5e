import { useRef } from 'react';
import { toSecret, type Secret } from '../../../shared/model/credentials';

/**
 * A password field whose clear text never enters React state: the input is
 * uncontrolled, read once when the form is submitted, turned into a slow
 * salted digest and the password rules' answers (shared/model/credentials.ts),
 * and wiped. Every simulated login form uses this one path.
 */
export function useSecretField(salt: string) {
  const ref = useRef<HTMLInputElement>(null);
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
