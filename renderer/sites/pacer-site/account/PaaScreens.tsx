import { formatDate } from '../../../../shared/model/clock';
import { paaMembers, pendingInvitationsFrom } from '../../../../shared/model/pacer/account/paa';
import { SimForm } from '../../common/SimForm';
import { ButtonRow, CheckboxField, SubmitButton, TextField } from '../fields';
import type { OptionProps } from './option-props';

function SubmitOrCancel() {
  return (
    <ButtonRow>
      <SubmitButton value="submit" primary>
        Submit
      </SubmitButton>
      <SubmitButton value="cancel">Cancel</SubmitButton>
    </ButtonRow>
  );
}

/** PAA Maintenance ▸ Add Existing PACER Account(s) to My PAA (FIDELITY 1.6). */
export function PaaAdd({ world, dispatch }: OptionProps) {
  return (
    <SimForm form="pacer/account/paa/add" salt={world.salt} dispatch={dispatch} aria-label="Add Existing PACER Account(s) to My PAA">
      <p>Enter the account number and last name of an existing individual PACER account. The account holder receives an email and must accept the request in Manage My Account.</p>
      <TextField label="Account Number" name="accountNumber" required maxLength={10} inputMode="numeric" />
      <TextField label="Last Name" name="lastName" required maxLength={40} />
      <TextField label="Remark" name="remark" required maxLength={200} hint="A brief note the account holder will see, e.g. who you are." />
      <CheckboxField
        name="policyAcknowledged"
        label="I understand that the PACER fees of this account will be billed to my PACER Administrative Account once the account holder accepts."
      />
      <SubmitOrCancel />
    </SimForm>
  );
}

function MembersTable({ props, choose }: { props: OptionProps; choose: boolean }) {
  const members = paaMembers(props.world, props.account.accountNumber);
  return (
    <table className="mma-table">
      <caption>PACER accounts in this PAA</caption>
      <thead>
        <tr>
          {choose ? <th scope="col">Remove</th> : null}
          <th scope="col">Account Number</th>
          <th scope="col">Name</th>
          <th scope="col">Username</th>
          <th scope="col">Email</th>
        </tr>
      </thead>
      <tbody>
        {members.length === 0 ? (
          <tr>
            <td colSpan={choose ? 5 : 4}>No accounts have joined this PAA yet.</td>
          </tr>
        ) : (
          members.map((member) => (
            <tr key={member.accountNumber}>
              {choose ? (
                <td>
                  <input type="checkbox" name={`remove.${member.accountNumber}`} aria-label={`Remove ${member.name}`} />
                </td>
              ) : null}
              <td>{member.accountNumber}</td>
              <td>{member.name}</td>
              <td>{member.username}</td>
              <td>{member.email}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

export function PaaRemove(props: OptionProps) {
  return (
    <SimForm form="pacer/account/paa/remove" salt={props.world.salt} dispatch={props.dispatch} aria-label="Remove PACER Account(s) from My PAA">
      <MembersTable props={props} choose />
      <TextField label="Remark" name="remark" required maxLength={200} />
      <p className="mma-note">An email is sent to both parties. A removed account cannot search until the PACER Service Center reactivates it or another PAA adds it.</p>
      <SubmitOrCancel />
    </SimForm>
  );
}

export function PaaRescind({ world, account, dispatch }: OptionProps) {
  const pending = pendingInvitationsFrom(world, account.accountNumber);
  return (
    <SimForm form="pacer/account/paa/rescind" salt={world.salt} dispatch={dispatch} aria-label="Rescind My Pending Request">
      <table className="mma-table">
        <caption>Pending requests</caption>
        <thead>
          <tr>
            <th scope="col">Rescind</th>
            <th scope="col">Account Number</th>
            <th scope="col">Name</th>
            <th scope="col">Date Sent</th>
            <th scope="col">Remark</th>
          </tr>
        </thead>
        <tbody>
          {pending.length === 0 ? (
            <tr>
              <td colSpan={5}>No pending requests.</td>
            </tr>
          ) : (
            pending.map((invitation) => {
              const member = world.pacerAccounts[invitation.memberAccountNumber];
              return (
                <tr key={invitation.id}>
                  <td>
                    <input type="checkbox" name={`rescind.${invitation.id}`} aria-label={`Rescind the request to ${member?.name ?? invitation.memberAccountNumber}`} />
                  </td>
                  <td>{invitation.memberAccountNumber}</td>
                  <td>{member?.name ?? ''}</td>
                  <td>{formatDate(invitation.sentAt)}</td>
                  <td>{invitation.remark}</td>
                </tr>
              );
            })
          )}
        </tbody>
      </table>
      <SubmitOrCancel />
    </SimForm>
  );
}

/** "Download List of All My PACER Accounts": the list, members and pending requests. */
export function PaaList(props: OptionProps) {
  const pending = pendingInvitationsFrom(props.world, props.account.accountNumber);
  return (
    <>
      <MembersTable props={props} choose={false} />
      <table className="mma-table">
        <caption>Requests waiting for the account holder</caption>
        <thead>
          <tr>
            <th scope="col">Account Number</th>
            <th scope="col">Name</th>
            <th scope="col">Date Sent</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {pending.length === 0 ? (
            <tr>
              <td colSpan={4}>No pending requests.</td>
            </tr>
          ) : (
            pending.map((invitation) => (
              <tr key={invitation.id}>
                <td>{invitation.memberAccountNumber}</td>
                <td>{props.world.pacerAccounts[invitation.memberAccountNumber]?.name ?? ''}</td>
                <td>{formatDate(invitation.sentAt)}</td>
                <td>Pending</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </>
  );
}
