import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Trainee } from '../../shared/api/contract';
import type { ProfileInput } from '../state/trainee-slice';
import { PROFILE_FIELD_LABELS, type ProfileField, type ProfileProblem } from './profile-errors';

const NO_PROBLEM: ProfileProblem = { fields: {}, general: null };
const FIELD_ORDER: readonly ProfileField[] = ['name', 'email', 'barNumber', 'barState'];

interface ProfileFormProps {
  heading: string;
  submitLabel: string;
  /** The profile being edited; absent when adding one. */
  initial?: Trainee;
  /** Saves; a refusal comes back with a message per field. */
  onSave(profile: ProfileInput): Promise<ProfileProblem | null>;
  onCancel?: () => void;
}

/**
 * A trainee's details: Name (required), E-mail, and the bar number and
 * state a CLE certificate prints. The checks are the backend's: its
 * message for each refused field is shown under that field.
 */
export function ProfileForm({ heading, submitLabel, initial, onSave, onCancel }: ProfileFormProps) {
  const headingId = useId();
  const [values, setValues] = useState<Record<ProfileField, string>>({
    name: initial?.name ?? '',
    email: initial?.email ?? '',
    barNumber: initial?.barNumber ?? '',
    barState: initial?.barState ?? '',
  });
  const [problem, setProblem] = useState<ProfileProblem>(NO_PROBLEM);
  const [saving, setSaving] = useState(false);
  const inputs = useRef<Partial<Record<ProfileField, HTMLInputElement | null>>>({});

  // Editing starts where the keyboard user left the Edit button: at the profile's first field.
  useEffect(() => {
    if (initial) inputs.current.name?.focus();
  }, [initial]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    const refused = await onSave({ ...values, email: values.email.trim() });
    setSaving(false);
    setProblem(refused ?? NO_PROBLEM);
    if (refused) {
      const first = FIELD_ORDER.find((field) => refused.fields[field]);
      if (first) inputs.current[first]?.focus();
    } else if (!initial) {
      setValues({ name: '', email: '', barNumber: '', barState: '' });
    }
  }

  const field = (name: ProfileField, type: 'text' | 'email' = 'text', extra: { required?: boolean; autoComplete?: string } = {}) => (
    <ProfileInputField
      name={name}
      type={type}
      value={values[name]}
      error={problem.fields[name]}
      inputRef={(element) => {
        inputs.current[name] = element;
      }}
      onChange={(value) => setValues((current) => ({ ...current, [name]: value }))}
      {...extra}
    />
  );

  return (
    <form className="profile-form panel" aria-labelledby={headingId} noValidate onSubmit={(event) => void submit(event)}>
      <h2 id={headingId}>{heading}</h2>
      {field('name', 'text', { required: true, autoComplete: 'name' })}
      {field('email', 'email', { autoComplete: 'email' })}
      <fieldset className="profile-form__cle">
        <legend>For CLE certificates (optional)</legend>
        {field('barNumber')}
        {field('barState')}
      </fieldset>
      {problem.general ? (
        <p className="banner banner--error" role="alert">
          {problem.general}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={saving}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

interface ProfileInputFieldProps {
  name: ProfileField;
  type: 'text' | 'email';
  value: string;
  error: string | undefined;
  required?: boolean;
  autoComplete?: string;
  inputRef(element: HTMLInputElement | null): void;
  onChange(value: string): void;
}

function ProfileInputField({ name, type, value, error, required = false, autoComplete, inputRef, onChange }: ProfileInputFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="profile-form__field">
      <label htmlFor={id}>
        {PROFILE_FIELD_LABELS[name]}
        {/* Screen readers hear "required" from the input itself. */}
        {required ? (
          <span className="profile-form__required" aria-hidden="true">
            {' '}
            (required)
          </span>
        ) : null}
      </label>
      <input
        id={id}
        ref={inputRef}
        type={type}
        value={value}
        required={required}
        autoComplete={autoComplete ?? 'off'}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error ? (
        <p id={errorId} className="profile-form__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
