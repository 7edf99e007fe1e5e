import { nameParts } from '../../../../shared/model/pacer/account/common';
import { passwordPersonalParts, TODAYS_PASSWORD_GUIDELINE, todaysRulesApply } from '../../../../shared/model/pacer/password-policy';
import { passwordLengthRule } from '../../../../shared/model/pacer/account/passwords';
import { SECURITY_QUESTIONS, USER_TYPES } from '../../../../shared/model/pacer/account/places';
import { accountState, type UpgradeStep } from '../../../../shared/model/pacer/account/state';
import { SimForm } from '../../common/SimForm';
import type { PageOf, SiteProps } from '../../types';
import { ButtonRow, SelectField, SubmitButton, TextField } from '../fields';
import { AddressFields } from './AddressFields';
import { MmaFrame } from './MmaFrame';

const STEPS: { step: UpgradeStep; label: string }[] = [
  { step: 'person', label: 'Person' },
  { step: 'address', label: 'Address' },
  { step: 'security', label: 'Security' },
];

const QUESTION_CHOICES = SECURITY_QUESTIONS.map((question) => ({ value: question, label: question }));

/** "1975-07-14" → "07/14/1975", as the Date of Birth field shows it. */
function usDate(iso: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return match ? `${match[2]}/${match[3]}/${match[1]}` : '';
}

/** The legacy-account upgrade (seed 002 "Upgrading Your PACER Account", FIDELITY 1.4). */
export function UpgradeWizard({ world, page, dispatch }: SiteProps<PageOf<'mma-upgrade'>>) {
  const account = world.pacerAccounts[page.accountNumber];
  if (!account) return null;
  const draft = accountState(world).upgrade;
  const person = draft?.accountNumber === account.accountNumber ? draft.person : null;
  const address = (draft?.accountNumber === account.accountNumber ? draft.address : null) ?? account.address ?? null;
  const names = person ?? nameParts(account.name);
  const { min, max } = passwordLengthRule(world);

  if (page.step === 'complete') {
    return (
      <MmaFrame world={world} dispatch={dispatch} title="Upgrade Complete" account={account}>
        <section className="pacer-site__panel">
          <p role="status">Your personal information has been successfully changed and you now have an upgraded PACER account.</p>
          <p>
            Use your new username <strong>{account.username}</strong> and your new password from now on. You will no longer be able to use your
            old PACER username and password.
          </p>
          <SimForm form="pacer/account/upgrade/close" salt={world.salt} dispatch={dispatch} aria-label="Upgrade Complete">
            <ButtonRow>
              <SubmitButton value="close" primary>
                Close
              </SubmitButton>
            </ButtonRow>
          </SimForm>
        </section>
      </MmaFrame>
    );
  }

  return (
    <MmaFrame world={world} dispatch={dispatch} title="Upgrade Your PACER Account" account={account}>
      <ol className="mma-steps" aria-label="Upgrade steps">
        {STEPS.map(({ step, label }) => (
          <li key={step} aria-current={step === page.step ? 'step' : undefined} className={step === page.step ? 'mma-step-current' : undefined}>
            {label}
          </li>
        ))}
      </ol>
      <section className="pacer-site__panel">
        {page.step === 'person' ? (
          <SimForm form="pacer/account/upgrade/person" salt={world.salt} dispatch={dispatch} aria-label="Upgrade: Person">
            <h2>Person</h2>
            <p>Verify your name, add your date of birth, and choose your User Type.</p>
            <TextField label="First Name" name="firstName" required defaultValue={names.firstName} maxLength={40} />
            <TextField label="Middle Name" name="middleName" defaultValue={names.middleName} maxLength={40} />
            <TextField label="Last Name" name="lastName" required defaultValue={names.lastName} maxLength={40} />
            <TextField label="Date of Birth" name="dateOfBirth" required defaultValue={usDate(person?.dateOfBirth ?? account.dateOfBirth)} maxLength={10} hint="MM/DD/YYYY" />
            <TextField label="Email" name="email" type="email" required defaultValue={person?.email ?? account.email} maxLength={100} />
            <SelectField
              label="User Type"
              name="userType"
              required
              options={USER_TYPES}
              defaultValue={person?.userType ?? ''}
              placeholder="Select User Type"
              hint="Individual filers choose INDIVIDUAL; government users choose their type under Government Accounts."
            />
            <ButtonRow>
              <SubmitButton value="next" primary>
                Next
              </SubmitButton>
              <SubmitButton value="cancel">Cancel</SubmitButton>
            </ButtonRow>
          </SimForm>
        ) : null}
        {page.step === 'address' ? (
          <SimForm form="pacer/account/upgrade/address" salt={world.salt} dispatch={dispatch} aria-label="Upgrade: Address">
            <h2>Address</h2>
            <p>Verify your address and phone number, and choose your County.</p>
            <AddressFields address={address} />
            <ButtonRow>
              <SubmitButton value="back">Back</SubmitButton>
              <SubmitButton value="next" primary>
                Next
              </SubmitButton>
              <SubmitButton value="cancel">Cancel</SubmitButton>
            </ButtonRow>
          </SimForm>
        ) : null}
        {page.step === 'security' ? (
          <SimForm
            form="pacer/account/upgrade/security"
            salt={world.salt}
            dispatch={dispatch}
            aria-label="Upgrade: Security"
            personalParts={passwordPersonalParts(world, 'pacer/account/upgrade/security')}
          >
            <h2>Security</h2>
            <p>
              Create a NEW username and password. Your old username <strong>{account.username}</strong> and password will no longer work after the
              upgrade.
            </p>
            <TextField label="New Username" name="newUsername" required maxLength={64} hint="At least 8 characters: letters, numbers, . _ - or @." />
            <TextField
              label="New Password"
              name="newPassword"
              type="password"
              required
              maxLength={256}
              hint={
                todaysRulesApply(world)
                  ? `${TODAYS_PASSWORD_GUIDELINE} Do not reuse your CM/ECF password.`
                  : `${min} to ${max} characters. Use upper- and lower-case letters, numbers and special characters; do not reuse your CM/ECF password.`
              }
            />
            <TextField label="Confirm Password" name="confirmPassword" type="password" required maxLength={256} />
            <SelectField label="Security Question 1" name="question1" required options={QUESTION_CHOICES} placeholder="Select a question" />
            <TextField label="Answer 1" name="answer1" required maxLength={60} />
            <SelectField label="Security Question 2" name="question2" required options={QUESTION_CHOICES} placeholder="Select a question" />
            <TextField label="Answer 2" name="answer2" required maxLength={60} />
            <ButtonRow>
              <SubmitButton value="submit" primary>
                Submit
              </SubmitButton>
              <SubmitButton value="back">Back</SubmitButton>
              <SubmitButton value="cancel">Cancel</SubmitButton>
            </ButtonRow>
          </SimForm>
        ) : null}
      </section>
    </MmaFrame>
  );
}
