import { useId, type ChangeEvent, type ReactNode } from 'react';

/**
 * Labelled fields of the admissions screens. A required field carries the
 * red asterisk beside its label (not inside it), so its accessible name is
 * the label alone. Fields stay uncontrolled unless a screen reacts to them.
 */

function FieldLabel({ id, label, required }: { id: string; label: string; required: boolean }) {
  return (
    <span className="adm-field__label">
      <label htmlFor={id}>{label}</label>
      {required ? (
        <span className="adm-field__required" aria-hidden="true">
          *
        </span>
      ) : null}
    </span>
  );
}

interface TextInputProps {
  label: string;
  name: string;
  required?: boolean;
  defaultValue?: string;
  maxLength?: number;
  type?: 'text' | 'email' | 'tel';
  inputMode?: 'numeric' | 'text';
  readOnly?: boolean;
  /** Posted as a stand-in, never as typed (see SimForm). */
  mask?: 'card-number' | 'bank-account-number';
}

export function TextInput({ label, name, required = false, defaultValue, maxLength = 120, type = 'text', inputMode, readOnly, mask }: TextInputProps) {
  const id = useId();
  return (
    <div className="adm-field">
      <FieldLabel id={id} label={label} required={required} />
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        maxLength={maxLength}
        autoComplete="off"
        spellCheck={false}
        inputMode={inputMode}
        readOnly={readOnly}
        data-mask={mask}
        aria-required={required || undefined}
      />
    </div>
  );
}

export interface Choice {
  value: string;
  label: string;
}

interface SelectInputProps {
  label: string;
  name: string;
  placeholder: string;
  options?: readonly Choice[];
  groups?: readonly { label: string; options: readonly Choice[] }[];
  required?: boolean;
  defaultValue?: string;
  value?: string;
  onChange?: (value: string) => void;
}

export function SelectInput({ label, name, placeholder, options = [], groups = [], required = false, defaultValue, value, onChange }: SelectInputProps) {
  const id = useId();
  const control =
    value !== undefined
      ? { value, onChange: (event: ChangeEvent<HTMLSelectElement>) => onChange?.(event.target.value) }
      : { defaultValue: defaultValue ?? '' };
  return (
    <div className="adm-field">
      <FieldLabel id={id} label={label} required={required} />
      <select id={id} name={name} aria-required={required || undefined} {...control}>
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
    </div>
  );
}

export function Checkbox({ label, name, defaultChecked = false, children }: { label: string; name: string; defaultChecked?: boolean; children?: ReactNode }) {
  const id = useId();
  return (
    <div className="adm-check">
      <input id={id} type="checkbox" name={name} defaultChecked={defaultChecked} />
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

/** A group of radio buttons under a legend (a real fieldset, so the group has a name). */
export function RadioGroup({ legend, name, choices, defaultValue, required = false }: { legend: string; name: string; choices: readonly Choice[]; defaultValue?: string | null; required?: boolean }) {
  const id = useId();
  return (
    <fieldset className="adm-radios">
      <legend>
        {legend}
        {required ? (
          <span className="adm-field__required" aria-hidden="true">
            *
          </span>
        ) : null}
      </legend>
      {choices.map((choice) => (
        <div key={choice.value} className="adm-check">
          <input id={`${id}-${choice.value}`} type="radio" name={name} value={choice.value} defaultChecked={defaultValue === choice.value} />
          <label htmlFor={`${id}-${choice.value}`}>{choice.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** The wizard's buttons: Back (when there is one) and the step's forward button. */
export function FormButtons({ forward = 'Next', back = true }: { forward?: 'Next' | 'Submit'; back?: boolean }) {
  return (
    // The forward button comes first, so Enter in a field moves on rather than back.
    <div className="adm-buttons">
      <button type="submit" name="button" value={forward.toLowerCase()} className="adm-button">
        {forward}
      </button>
      {back ? (
        <button type="submit" name="button" value="back" className="adm-button adm-button--secondary">
          Back
        </button>
      ) : null}
    </div>
  );
}
