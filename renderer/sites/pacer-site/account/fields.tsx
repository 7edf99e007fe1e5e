import { useId, type ReactNode } from 'react';

/**
 * Labelled form controls of the Manage My Account screens. Inputs are
 * uncontrolled, as on a real web page: SimForm reads them on submit.
 * A required field shows the red asterisk the PACER forms use; the
 * asterisk is not part of the field's accessible name.
 */

interface FieldProps {
  label: string;
  name: string;
  required?: boolean;
  hint?: ReactNode;
}

/** The asterisk sits beside the label, not in it, so the field's name is exactly its label. */
function Label({ id, label, required }: { id: string; label: string; required?: boolean }) {
  return (
    <span className="mma-label">
      <label htmlFor={id}>{label}</label>
      {required ? (
        <span className="mma-required" aria-hidden="true">
          {' '}
          *
        </span>
      ) : null}
    </span>
  );
}

export function TextField({
  label,
  name,
  required = false,
  hint,
  defaultValue = '',
  type = 'text',
  maxLength = 120,
  list,
  inputMode,
  mask,
}: FieldProps & {
  defaultValue?: string;
  type?: 'text' | 'password' | 'email' | 'tel';
  maxLength?: number;
  list?: string;
  inputMode?: 'numeric' | 'decimal' | 'email' | 'tel' | 'text';
  /** Posted as a stand-in, never as typed (see SimForm). */
  mask?: 'card-number' | 'bank-account-number';
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="mma-field">
      <Label id={id} label={label} required={required} />
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={type === 'password' ? undefined : defaultValue}
        maxLength={maxLength}
        autoComplete="off"
        spellCheck={false}
        aria-required={required || undefined}
        aria-describedby={hint ? hintId : undefined}
        list={list}
        inputMode={inputMode}
        data-mask={mask}
      />
      {hint ? (
        <span id={hintId} className="mma-hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}

export interface Choice {
  value: string;
  label: string;
  group?: string;
}

export function SelectField({
  label,
  name,
  required = false,
  hint,
  choices,
  defaultValue = '',
  placeholder = 'Select…',
  onChange,
}: FieldProps & { choices: readonly Choice[]; defaultValue?: string; placeholder?: string; onChange?: (value: string) => void }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const groups = [...new Set(choices.map((choice) => choice.group ?? ''))];
  const options = (group: string) =>
    choices
      .filter((choice) => (choice.group ?? '') === group)
      .map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ));
  return (
    <div className="mma-field">
      <Label id={id} label={label} required={required} />
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-required={required || undefined}
        aria-describedby={hint ? hintId : undefined}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
      >
        <option value="">{placeholder}</option>
        {groups.map((group) =>
          group ? (
            <optgroup key={group} label={group}>
              {options(group)}
            </optgroup>
          ) : (
            options(group)
          ),
        )}
      </select>
      {hint ? (
        <span id={hintId} className="mma-hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}

export function CheckboxField({ label, name, defaultChecked = false, value }: { label: ReactNode; name: string; defaultChecked?: boolean; value?: string }) {
  const id = useId();
  return (
    <div className="mma-check">
      <input id={id} type="checkbox" name={name} defaultChecked={defaultChecked} value={value} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export function Buttons({ children }: { children: ReactNode }) {
  return <div className="mma-buttons">{children}</div>;
}

export function SubmitButton({ value, children, primary = false }: { value: string; children: ReactNode; primary?: boolean }) {
  return (
    <button type="submit" name="button" value={value} className={primary ? 'mma-primary' : undefined}>
      {children}
    </button>
  );
}

/** Label/value rows, as Manage My Account shows account details. */
export function DetailRows({ rows, label }: { rows: readonly { label: string; value: ReactNode }[]; label?: string }) {
  return (
    <dl className="mma-rows" aria-label={label}>
      {rows.map((row) => (
        <div key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
