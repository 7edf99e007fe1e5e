import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { toSecret, type Secret } from '../../../shared/model/credentials';
import type { TrainerEvent } from '../../../shared/model/events';
import { partsToCheck, type PersonalPartsOfForm } from '../../../shared/model/pacer/password-policy';
import { maskBankAccountConfirmation, maskBankAccountNumber, maskCardNumber, maskSecurityCode } from '../../../shared/model/sensitive-numbers';
import { warmPasswordDigest } from './use-secret-field';

interface SimFormProps {
  /** The form's id in the model, e.g. "pacer/register/account-information". */
  form: string;
  /** The attempt's salt: password fields are posted only as salted digests. */
  salt: string;
  dispatch: (event: TrainerEvent) => void;
  children: ReactNode;
  className?: string;
  'aria-labelledby'?: string;
  'aria-label'?: string;
  /**
   * What the form's passwords must not hold, as the model names it
   * (passwordPersonalParts): checked here, as the other rules are, before
   * the typed text is wiped.
   */
  personalParts?: PersonalPartsOfForm;
}

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isField(element: Element): element is Field {
  return element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement;
}

/** What a masked field posts instead of what was typed in it, or null for an ordinary field. */
function standIn(element: HTMLInputElement, typedIn: (name: string) => string): string | null {
  switch (element.dataset.mask) {
    case 'card-number':
      return maskCardNumber(element.value);
    case 'bank-account-number': {
      const confirms = element.dataset.confirms;
      return confirms ? maskBankAccountConfirmation(element.value, typedIn(confirms)) : maskBankAccountNumber(element.value);
    }
    case 'security-code':
      return maskSecurityCode(element.value);
    default:
      return null;
  }
}

/**
 * A form of a simulated site. Its fields stay uncontrolled, as on a real web
 * page; on submit it posts every named field as one `form/submitted` event,
 * with the button that was pressed (`<button name="button" value="next">`).
 * Password fields are read once, turned into a slow salted digest and the
 * password rules' answers (shared/model/credentials.ts) and wiped, so their
 * clear text never enters React state, the event log or the store; two
 * fields holding the same text (a password and its confirmation) are
 * digested once. Card and bank-account numbers and security codes
 * (`data-mask="card-number"`, `"bank-account-number"`, `"security-code"`)
 * are posted as stand-ins that keep only what the sites check; a
 * confirmation field names the field it confirms in `data-confirms`
 * (shared/model/sensitive-numbers.ts).
 * Validation is the model's, as a real site's server checks a post.
 */
export function SimForm({ form, salt, dispatch, children, className, personalParts, ...labelling }: SimFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => (formRef.current?.querySelector('input[type="password"]') ? warmPasswordDigest() : undefined), []);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const button =
      submitter instanceof HTMLButtonElement && submitter.name === 'button' && submitter.value ? submitter.value : 'submit';
    const fields: Record<string, string> = {};
    const secrets: Record<string, Secret> = {};
    const digested = new Map<string, Secret>();
    const elements = Array.from(event.currentTarget.elements);
    const typedIn = (name: string) => elements.find((other): other is HTMLInputElement => other instanceof HTMLInputElement && other.name === name)?.value ?? '';
    const parts = personalParts ? partsToCheck(personalParts, typedIn) : [];
    for (const element of elements) {
      if (!isField(element) || !element.name || element.name === 'button' || element.disabled) continue;
      if (element instanceof HTMLInputElement) {
        if (element.type === 'password') {
          const secret = digested.get(element.value) ?? toSecret(salt, element.value, parts);
          digested.set(element.value, secret);
          secrets[element.name] = secret;
          element.value = '';
          continue;
        }
        if (element.type === 'file' || element.type === 'submit' || element.type === 'button' || element.type === 'reset') continue;
        if ((element.type === 'checkbox' || element.type === 'radio') && !element.checked) continue;
        const masked = standIn(element, typedIn);
        if (masked !== null) {
          fields[element.name] = masked;
          continue;
        }
        if (element.type === 'checkbox') {
          fields[element.name] = element.value && element.value !== 'on' ? element.value : 'on';
          continue;
        }
      }
      fields[element.name] = element.value;
    }
    digested.clear();
    dispatch({ type: 'form/submitted', form, button, fields, secrets });
  };
  return (
    <form ref={formRef} className={className} onSubmit={submit} noValidate {...labelling}>
      {children}
    </form>
  );
}
