import { extraFieldsFor, type RoleOption } from '../../../../shared/model/pacer/admissions/court-options';
import type { EfileDetails, EfileRequestType } from '../../../../shared/model/pacer/admissions/state';
import type { PacerAccount } from '../../../../shared/model/world';
import { CheckboxField, RadioGroup, SelectField, TextField } from '../fields';

/** The registered PACER account's information, as the E-File Registration screen displays it (seed 002: "The information from your registered PACER account will display"). */
export function PacerInformation({ account }: { account: PacerAccount }) {
  return (
    <section className="adm-section" aria-labelledby="adm-pacer-info">
      <h2 id="adm-pacer-info">PACER Account Information</h2>
      <dl className="adm-facts">
        <dt>Name</dt>
        <dd>{account.name}</dd>
        <dt>Account Number</dt>
        <dd>{account.accountNumber}</dd>
        <dt>Username</dt>
        <dd>{account.username}</dd>
        <dt>Firm/Office</dt>
        <dd>{account.firm ?? '—'}</dd>
        <dt>Email</dt>
        <dd>{account.email}</dd>
      </dl>
    </section>
  );
}

interface EfileFieldsProps {
  /** Role in Court choices of the court (type) and path. */
  roles: readonly RoleOption[];
  requestType: EfileRequestType | null;
  saved: EfileDetails | null;
}

/**
 * Role in Court, the acknowledgment that the registration is for the
 * individual listed, Additional Filer Information, phone and email format
 * (seed 002, Bankruptcy Attorneys steps 12-14; MDL step 10).
 */
export function EfileFields({ roles, requestType, saved }: EfileFieldsProps) {
  const extras = extraFieldsFor(requestType);
  return (
    <section className="adm-section" aria-labelledby="adm-efile-fields">
      <h2 id="adm-efile-fields">E-File Registration</h2>
      <div className="adm-grid">
        <SelectField
          label="Role in Court"
          name="role"
          placeholder="Select Role"
          required
          options={roles.map((role) => ({ value: role.label, label: role.label }))}
          defaultValue={saved?.role ?? ''}
        />
        <TextField label="Phone" name="phone" type="tel" maxLength={32} defaultValue={saved?.phone ?? ''} />
      </div>
      <CheckboxField
        name="individualAcknowledged"
        label="I acknowledge that I am submitting the e-file registration for the individual listed above."
      />
      {extras.length > 0 ? (
        <fieldset className="adm-section">
          <legend>Additional Filer Information</legend>
          <div className="adm-grid">
            {extras.map((extra) => (
              <TextField
                key={extra.id}
                label={extra.label}
                name={`extra.${extra.id}`}
                required={extra.required}
                maxLength={120}
                defaultValue={saved?.extra[extra.id] ?? ''}
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      <RadioGroup
        legend="Email Format"
        name="emailFormat"
        options={[
          { value: 'HTML', label: 'HTML (preferred)' },
          { value: 'Text', label: 'Text' },
        ]}
        defaultValue={saved?.emailFormat ?? 'HTML'}
      />
    </section>
  );
}
