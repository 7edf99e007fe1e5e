import { useId, type ChangeEvent, type FormEvent, type ReactNode } from 'react';

/**
 * The form-field kit of every PACER screen: registration, Manage My Account
 * and the admissions wizards. A required field carries the red asterisk the
 * real forms show (FIDELITY 1.2), drawn beside the label and hidden from
 * assistive technology, so a field's accessible name is exactly its label;
 * `aria-required` says it instead. Required is never enforced by the browser:
 * the court's own checks answer, as on the real site. Fields stay
 * uncontrolled (SimForm reads them on submit) unless a screen reacts to them.
 */

interface FieldProps {
  label: string;
  name: string;
  required?: boolean;
  /** Shown under the field and read with it (aria-describedby). */
  hint?: ReactNode;
}

function FieldLabel({ id, label, required }: { id: string; label: string; required: boolean }) {
  return (
    <span className="pacer-field__label">
      <label htmlFor={id}>{label}</label>
      {required ? <RequiredMarker /> : null}
    </span>
  );
}

/** The red asterisk; screen readers hear `aria-required` instead. */
export function RequiredMarker() {
  return (
    <span className="pacer-field__required" aria-hidden="true">
      *
    </span>
  );
}

function FieldHint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <span id={id} className="pacer-field__hint">
      {hint}
    </span>
  ) : null;
}

interface TextFieldProps extends FieldProps {
  type?: 'text' | 'email' | 'tel' | 'password';
  defaultValue?: string;
  maxLength?: number;
  placeholder?: string;
  inputMode?: 'numeric' | 'decimal' | 'email' | 'tel' | 'text';
  /** The id of a datalist of suggestions. */
  list?: string;
  readOnly?: boolean;
  /** Posted as a stand-in, never as typed (see SimForm). */
  mask?: 'card-number' | 'bank-account-number' | 'security-code';
  /** For a confirmation field: the name of the field it repeats, compared before both are masked. */
  confirms?: string;
}

export function TextField({ label, name, required = false, hint, type = 'text', defaultValue, maxLength = 120, placeholder, inputMode, list, readOnly, mask, confirms }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="pacer-field">
      <FieldLabel id={id} label={label} required={required} />
      <input
        id={id}
        name={name}
        type={type}
        // A password field never starts filled in, whatever the screen remembers.
        defaultValue={type === 'password' ? undefined : defaultValue}
        maxLength={maxLength}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        inputMode={inputMode}
        list={list}
        readOnly={readOnly}
        data-mask={mask}
        data-confirms={confirms}
        aria-required={required || undefined}
        aria-describedby={hint ? hintId : undefined}
      />
      <FieldHint id={hintId} hint={hint} />
    </div>
  );
}

/** One option of a select or a radio group; options sharing a `group` sit under one heading (a select's optgroup). */
export interface Choice {
  value: string;
  label: string;
  group?: string;
}

export function toOptions(values: readonly string[]): Choice[] {
  return values.map((value) => ({ value, label: value }));
}

interface SelectFieldProps extends FieldProps {
  options: readonly Choice[];
  /** The first, empty option: what the select asks for until something is chosen. */
  placeholder?: string;
  defaultValue?: string;
  /** Given, the select is controlled: the screen holds its value and updates it in onChange. */
  value?: string;
  onChange?: (value: string) => void;
}

export function SelectField({ label, name, required = false, hint, options, placeholder = 'Select…', defaultValue, value, onChange }: SelectFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const listen = onChange ? (event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value) : undefined;
  const control = value !== undefined ? { value } : { defaultValue: defaultValue ?? '' };
  // Groups keep the order in which the options first name them.
  const groups = [...new Set(options.map((option) => option.group ?? ''))];
  const optionsOf = (group: string) =>
    options
      .filter((option) => (option.group ?? '') === group)
      .map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ));
  return (
    <div className="pacer-field">
      <FieldLabel id={id} label={label} required={required} />
      <select id={id} name={name} aria-required={required || undefined} aria-describedby={hint ? hintId : undefined} {...control} onChange={listen}>
        <option value="">{placeholder}</option>
        {groups.map((group) =>
          group ? (
            <optgroup key={group} label={group}>
              {optionsOf(group)}
            </optgroup>
          ) : (
            optionsOf(group)
          ),
        )}
      </select>
      <FieldHint id={hintId} hint={hint} />
    </div>
  );
}

export function CheckboxField({ label, name, defaultChecked = false }: { label: ReactNode; name: string; defaultChecked?: boolean }) {
  const id = useId();
  return (
    <div className="pacer-check">
      <input id={id} type="checkbox" name={name} defaultChecked={defaultChecked} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

interface RadioGroupProps {
  legend: string;
  name: string;
  options: readonly Choice[];
  defaultValue?: string | null;
  required?: boolean;
  /** Called with the chosen value, for a screen whose other fields depend on the choice. */
  onChange?: (value: string) => void;
}

/** Radio buttons under a legend: a real fieldset, so the group is named by its question. */
export function RadioGroup({ legend, name, options, defaultValue, required = false, onChange }: RadioGroupProps) {
  const id = useId();
  const listen = onChange
    ? (event: FormEvent<HTMLFieldSetElement>) => {
        const target: EventTarget = event.target;
        if (target instanceof HTMLInputElement && target.name === name) onChange(target.value);
      }
    : undefined;
  return (
    <fieldset className="pacer-radios" onChange={listen}>
      <legend>
        {legend}
        {required ? <RequiredMarker /> : null}
      </legend>
      {options.map((option) => (
        <div key={option.value} className="pacer-check">
          <input id={`${id}-${option.value}`} type="radio" name={name} value={option.value} defaultChecked={defaultValue === option.value} />
          <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="pacer-fieldset">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

/** A row of a form's buttons, in the real screen's order: Enter in a field presses the first submit button. */
export function ButtonRow({ children }: { children: ReactNode }) {
  return <div className="pacer-buttons">{children}</div>;
}

/** A button posting the form with `button=<value>`; the primary one is the step's way forward. */
export function SubmitButton({ value, primary = false, children }: { value: string; primary?: boolean; children: ReactNode }) {
  return (
    <button type="submit" name="button" value={value} className={primary ? 'pacer-button pacer-button--primary' : 'pacer-button'}>
      {children}
    </button>
  );
}

/** A wizard step's buttons: its forward button, then Back when there is one. */
export function StepButtons({ forward = 'Next', back = true }: { forward?: 'Next' | 'Submit'; back?: boolean }) {
  return (
    <ButtonRow>
      <SubmitButton value={forward.toLowerCase()} primary>
        {forward}
      </SubmitButton>
      {back ? <SubmitButton value="back">Back</SubmitButton> : null}
    </ButtonRow>
  );
}

/** Label/value rows, as Manage My Account shows account details. */
export function DetailRows({ rows, label }: { rows: readonly { label: string; value: ReactNode }[]; label?: string }) {
  return (
    <dl className="pacer-rows" aria-label={label}>
      {rows.map((row) => (
        <div key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
