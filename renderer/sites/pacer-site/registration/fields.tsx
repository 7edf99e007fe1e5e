import { useId, type ChangeEvent, type ReactNode } from 'react';

/**
 * Labelled fields of the PACER Service Center's forms. Required fields
 * carry the red asterisk the real form shows (FIDELITY 1.2); it is drawn
 * beside the label, not in it, so the field's accessible name is the label
 * alone. Fields stay uncontrolled unless a screen needs to react to them.
 */

interface BaseProps {
  label: string;
  name: string;
  required?: boolean;
  hint?: string;
}

function Label({ id, label, required }: { id: string; label: string; required: boolean }) {
  return (
    <span className="psc-field__label">
      <label htmlFor={id}>{label}</label>
      {required ? (
        <span className="psc-field__required" aria-hidden="true">
          *
        </span>
      ) : null}
    </span>
  );
}

function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <span id={id} className="psc-field__hint">
      {hint}
    </span>
  ) : null;
}

interface TextFieldProps extends BaseProps {
  type?: 'text' | 'email' | 'tel' | 'password';
  defaultValue?: string;
  maxLength?: number;
  autoComplete?: string;
  placeholder?: string;
  inputMode?: 'numeric' | 'text' | 'tel' | 'email';
  /** Posted as a stand-in, never as typed (see SimForm). */
  mask?: 'card-number' | 'bank-account-number';
}

export function TextField({ label, name, required = false, hint, type = 'text', defaultValue, maxLength = 80, autoComplete = 'off', placeholder, inputMode, mask }: TextFieldProps) {
  const id = useId();
  return (
    <div className="psc-field">
      <Label id={id} label={label} required={required} />
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={type === 'password' ? undefined : defaultValue}
        maxLength={maxLength}
        autoComplete={autoComplete}
        spellCheck={false}
        placeholder={placeholder}
        inputMode={inputMode}
        data-mask={mask}
        aria-required={required || undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <Hint id={`${id}-hint`} hint={hint} />
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps extends BaseProps {
  options?: readonly SelectOption[];
  groups?: readonly { label: string; options: readonly SelectOption[] }[];
  placeholder: string;
  defaultValue?: string;
  value?: string;
  onChange?: (value: string) => void;
}

export function SelectField({ label, name, required = false, hint, options = [], groups = [], placeholder, defaultValue, value, onChange }: SelectFieldProps) {
  const id = useId();
  const controlled = value !== undefined ? { value, onChange: (event: ChangeEvent<HTMLSelectElement>) => onChange?.(event.target.value) } : { defaultValue: defaultValue ?? '' };
  return (
    <div className="psc-field">
      <Label id={id} label={label} required={required} />
      <select id={id} name={name} aria-required={required || undefined} aria-describedby={hint ? `${id}-hint` : undefined} {...controlled}>
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <Hint id={`${id}-hint`} hint={hint} />
    </div>
  );
}

export function CheckboxField({ label, name, defaultChecked = false }: { label: string; name: string; defaultChecked?: boolean }) {
  const id = useId();
  return (
    <div className="psc-check">
      <input id={id} type="checkbox" name={name} defaultChecked={defaultChecked} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="psc-fieldset">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

export function toOptions(values: readonly string[]): SelectOption[] {
  return values.map((value) => ({ value, label: value }));
}

/** The wizard's Next/Submit row: one primary button, as the real screens have. */
export function WizardButtons({ children }: { children: ReactNode }) {
  return <div className="psc-buttons">{children}</div>;
}
