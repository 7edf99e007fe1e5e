import { courtRequestsOf, ecfAccountsLinkedTo } from '../../../../shared/model/cmecf/link-core';
import { nameParts } from '../../../../shared/model/pacer/account/common';
import { accountState } from '../../../../shared/model/pacer/account/state';
import { formatDate } from '../../../../shared/model/clock';
import type { EcfRole } from '../../../../shared/model/world';
import { SimForm } from '../../common/SimForm';
import { ButtonRow, SelectField, SubmitButton, TextField } from '../fields';
import { AddressFields } from './AddressFields';
import type { OptionProps } from './option-props';

const ROLE_LABELS: Record<EcfRole, string> = {
  attorney: 'Attorney',
  trustee: 'Trustee',
  'limited-filer': 'Limited Filer',
  'non-attorney': 'Non-Attorney',
  'filing-agent': 'Filing Agent',
};

function SaveButtons() {
  return (
    <ButtonRow>
      <SubmitButton value="submit" primary>
        Submit
      </SubmitButton>
      <SubmitButton value="cancel">Cancel</SubmitButton>
    </ButtonRow>
  );
}

const PROPAGATION_NOTE = 'Changes made here are sent to the NextGen courts where you e-file; allow up to 10 days for them to appear there.';

export function PersonalInformation({ world, account, dispatch }: OptionProps) {
  const names = nameParts(account.name);
  return (
    <SimForm form="pacer/account/maintenance/personal" salt={world.salt} dispatch={dispatch} aria-label="Update Personal Information">
      <p className="mma-note">{PROPAGATION_NOTE}</p>
      <TextField label="Prefix" name="prefix" maxLength={10} />
      <TextField label="First Name" name="firstName" required defaultValue={names.firstName} maxLength={40} />
      <TextField label="Middle Name" name="middleName" defaultValue={names.middleName} maxLength={40} />
      <TextField label="Last Name" name="lastName" required defaultValue={names.lastName} maxLength={40} />
      <TextField label="Generation/Suffix" name="suffix" maxLength={10} />
      <SaveButtons />
    </SimForm>
  );
}

export function AddressInformation({ world, account, dispatch }: OptionProps) {
  return (
    <SimForm form="pacer/account/maintenance/address" salt={world.salt} dispatch={dispatch} aria-label="Update Address Information">
      <p className="mma-note">{PROPAGATION_NOTE}</p>
      <AddressFields address={account.address ?? null} firm={account.firm} />
      <SaveButtons />
    </SimForm>
  );
}

export function EfilerEmail({ world, account, dispatch }: OptionProps) {
  const current = accountState(world).efilerNoticing[account.accountNumber];
  return (
    <SimForm form="pacer/account/maintenance/efiler-email" salt={world.salt} dispatch={dispatch} aria-label="Update E-Filer Email Noticing and Frequency">
      <TextField label="Primary E-Filing Email" name="primaryEmail" type="email" required defaultValue={current?.primaryEmail ?? account.email} maxLength={100} />
      <TextField label="Confirm Primary E-Filing Email" name="confirmPrimaryEmail" type="email" required maxLength={100} />
      <TextField
        label="Secondary Emails"
        name="secondaryEmails"
        defaultValue={current?.secondaryEmails ?? ''}
        maxLength={255}
        hint="Separate addresses with commas; 255 characters in all."
      />
      <SelectField
        label="Notice Frequency"
        name="frequency"
        required
        defaultValue={current?.frequency ?? 'each-filing'}
        options={[
          { value: 'each-filing', label: 'Send a notice for each filing' },
          { value: 'daily-summary', label: 'Send a Daily Summary Report' },
        ]}
      />
      <SelectField
        label="Email Format"
        name="format"
        required
        defaultValue={current?.format ?? 'html'}
        options={[
          { value: 'html', label: 'HTML' },
          { value: 'text', label: 'Text' },
        ]}
      />
      <SaveButtons />
    </SimForm>
  );
}

export function RegisteredCourts(props: OptionProps) {
  const rows = ecfAccountsLinkedTo(props.world, props.account);
  return (
    <table className="mma-table">
      <caption>Courts where this PACER account has e-filing privileges</caption>
      <thead>
        <tr>
          <th scope="col">Court</th>
          <th scope="col">Role in Court</th>
          <th scope="col">CM/ECF Login</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={3}>No registered courts. Link a CM/ECF account or submit an e-file registration to add one.</td>
          </tr>
        ) : (
          rows.map((ecf) => (
            <tr key={ecf.id}>
              <td>{props.world.courts[ecf.courtId]?.name ?? ecf.courtId}</td>
              <td>{ROLE_LABELS[ecf.role]}</td>
              <td>{ecf.login}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

export function EfileStatus(props: OptionProps) {
  const rows = ecfAccountsLinkedTo(props.world, props.account);
  return (
    <table className="mma-table">
      <caption>E-file status by court</caption>
      <thead>
        <tr>
          <th scope="col">Court</th>
          <th scope="col">Role in Court</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={3}>This account has no e-filing privileges in a NextGen court.</td>
          </tr>
        ) : (
          rows.map((ecf) => (
            <tr key={ecf.id}>
              <td>{props.world.courts[ecf.courtId]?.name ?? ecf.courtId}</td>
              <td>{ROLE_LABELS[ecf.role]}</td>
              <td>{ecf.standing === 'active' ? 'Active' : 'Needs reinstatement'}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

export function EfileHistory({ world, account }: OptionProps) {
  const rows = courtRequestsOf(world, account);
  return (
    <table className="mma-table">
      <caption>E-file registration and maintenance requests</caption>
      <thead>
        <tr>
          <th scope="col">Date Submitted</th>
          <th scope="col">Court</th>
          <th scope="col">Request</th>
          <th scope="col">Status</th>
          <th scope="col">Transaction ID</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={5}>No requests.</td>
          </tr>
        ) : (
          rows.map((request) => (
            <tr key={request.transactionId}>
              <td>{formatDate(request.submittedAt)}</td>
              <td>{world.courts[request.courtId]?.noticeName ?? request.courtId}</td>
              <td>{request.request}</td>
              <td>{request.status}</td>
              <td>{request.transactionId}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
