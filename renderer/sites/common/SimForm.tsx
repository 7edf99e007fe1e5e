import type { FormEvent, ReactNode } from 'react';
import { toSecret, type Secret } from '../../../shared/model/credentials';
import type { TrainerEvent } from '../../../shared/model/events';
import { maskBankAccountNumber, maskCardNumber } from '../../../shared/model/sensitive-numbers';

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
}

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isField(element: Element): element is Field {
  return element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement;
}

/**
 * A form of a simulated site. Its fields stay uncontrolled, as on a real web
 * page; on submit it posts every named field as one `form/submitted` event,
 * with the button that was pressed (`<button name="button" value="next">`).
 * Password fields are read once, digested with the attempt's salt and wiped,
 * so their clear text never enters React state, the event log or the store.
 * Card and bank-account numbers (`data-mask="card-number"` or
 * `"bank-account-number"`) are posted as stand-ins that keep only what the
 * sites check (see shared/model/sensitive-numbers.ts).
 * Validation is the model's, as a real site's server checks a post.
 */
export function SimForm({ form, salt, dispatch, children, className, ...labelling }: SimFormProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const button =
      submitter instanceof HTMLButtonElement && submitter.name === 'button' && submitter.value ? submitter.value : 'submit';
    const fields: Record<string, string> = {};
    const secrets: Record<string, Secret> = {};
    for (const element of Array.from(event.currentTarget.elements)) {
      if (!isField(element) || !element.name || element.name === 'button' || element.disabled) continue;
      if (element instanceof HTMLInputElement) {
        if (element.type === 'password') {
          secrets[element.name] = toSecret(salt, element.value);
          element.value = '';
          continue;
        }
        if (element.type === 'file' || element.type === 'submit' || element.type === 'button' || element.type === 'reset') continue;
        if ((element.type === 'checkbox' || element.type === 'radio') && !element.checked) continue;
        const mask = element.dataset.mask;
        if (mask === 'card-number' || mask === 'bank-account-number') {
          fields[element.name] = mask === 'card-number' ? maskCardNumber(salt, element.value) : maskBankAccountNumber(salt, element.value);
          continue;
        }
        if (element.type === 'checkbox') {
          fields[element.name] = element.value && element.value !== 'on' ? element.value : 'on';
          continue;
        }
      }
      fields[element.name] = element.value;
    }
    dispatch({ type: 'form/submitted', form, button, fields, secrets });
  };
  return (
    <form className={className} onSubmit={submit} noValidate {...labelling}>
      {children}
    </form>
  );
}
