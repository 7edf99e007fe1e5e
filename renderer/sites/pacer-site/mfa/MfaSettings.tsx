import { formatDate } from '../../../../shared/model/clock';
import { MFA_FORMS } from '../../../../shared/model/pacer/mfa/part';
import { isEnrolled, MAX_APPS, mfaAccount, unusedBackupCodes } from '../../../../shared/model/pacer/mfa/state';
import { SimForm } from '../../common/SimForm';
import type { PageOf, SiteProps } from '../../types';
import { MmaFrame } from '../account/MmaFrame';
import { ButtonRow, SubmitButton } from '../fields';
import './mfa.css';

/** Manage MFA Settings, under the Settings tab (FIDELITY 8, "Where"): apps, backup codes. */
export function MfaSettings({ world, page, dispatch }: SiteProps<PageOf<'mfa-settings'>>) {
  const account = world.pacerAccounts[page.accountNumber];
  if (!account) return null;
  const mfa = mfaAccount(world, account.accountNumber);
  const settingsForm = (label: string, children: React.ReactNode) => (
    <SimForm form={MFA_FORMS.settings} salt={world.salt} dispatch={dispatch} aria-label={label}>
      {children}
    </SimForm>
  );
  return (
    <MmaFrame world={world} dispatch={dispatch} title="Manage MFA Settings" account={account}>
      {!isEnrolled(mfa) ? (
        <>
          <p>You are not enrolled in multifactor authentication.</p>
          {settingsForm(
            'Enroll',
            <ButtonRow>
              <SubmitButton value="enroll" primary>
                Enroll
              </SubmitButton>
            </ButtonRow>,
          )}
        </>
      ) : null}
      <h2>Authenticator Apps</h2>
      {mfa.apps.length === 0 ? (
        <p>No authenticator app is enrolled.</p>
      ) : (
        <table className="mma-table">
          <caption className="visually-hidden">Enrolled authenticator apps</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Added</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {mfa.apps.map((app) => (
              <tr key={app.id}>
                <td>{app.name}</td>
                <td>{formatDate(app.addedAt)}</td>
                <td>
                  {settingsForm(
                    `Remove ${app.name}`,
                    <>
                      <input type="hidden" name="appId" value={app.id} />
                      <button type="submit" name="button" value="remove" className="pacer-button" aria-label={`Remove ${app.name}`}>
                        Remove
                      </button>
                    </>,
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        {mfa.apps.length} of {MAX_APPS} authenticator apps enrolled.
      </p>
      {isEnrolled(mfa)
        ? settingsForm(
            'Authenticator apps and backup codes',
            <ButtonRow>
              <SubmitButton value="add-app">Add Authenticator App</SubmitButton>
              <SubmitButton value="new-backup-codes">Generate New Backup Codes</SubmitButton>
            </ButtonRow>,
          )
        : null}
      <h2>Backup Codes</h2>
      <p>
        {mfa.backupCodes.length === 0
          ? 'You have no backup codes.'
          : `${unusedBackupCodes(mfa)} of ${mfa.backupCodes.length} backup codes not yet used.`}
      </p>
    </MmaFrame>
  );
}
