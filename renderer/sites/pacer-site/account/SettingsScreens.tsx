import { accountState } from '../../../../shared/model/pacer/account/state';
import { passwordPersonalParts, TODAYS_PASSWORD_GUIDELINE, todaysRulesApply } from '../../../../shared/model/pacer/password-policy';
import { passwordLengthRule } from '../../../../shared/model/pacer/account/passwords';
import { SECURITY_QUESTIONS } from '../../../../shared/model/pacer/account/places';
import { SimForm } from '../../common/SimForm';
import { ButtonRow, CheckboxField, DetailRows, SelectField, SubmitButton, TextField } from '../fields';
import type { OptionProps } from './option-props';

const QUESTION_CHOICES = SECURITY_QUESTIONS.map((question) => ({ value: question, label: question }));

function SaveButtons({ submitLabel = 'Submit' }: { submitLabel?: string }) {
  return (
    <ButtonRow>
      <SubmitButton value="submit" primary>
        {submitLabel}
      </SubmitButton>
      <SubmitButton value="cancel">Cancel</SubmitButton>
    </ButtonRow>
  );
}

export function ChangePassword({ world, dispatch }: OptionProps) {
  const { min, max } = passwordLengthRule(world);
  return (
    <SimForm
      form="pacer/account/settings/change-password"
      salt={world.salt}
      dispatch={dispatch}
      aria-label="Change Password"
      personalParts={passwordPersonalParts(world, 'pacer/account/settings/change-password')}
    >
      <TextField label="Current Password" name="currentPassword" type="password" required maxLength={256} />
      <TextField
        label="New Password"
        name="newPassword"
        type="password"
        required
        maxLength={256}
        hint={todaysRulesApply(world) ? TODAYS_PASSWORD_GUIDELINE : `${min} to ${max} characters. Use upper- and lower-case letters, numbers and special characters.`}
      />
      <TextField label="Confirm Password" name="confirmPassword" type="password" required maxLength={256} />
      <SaveButtons />
    </SimForm>
  );
}

export function ChangeUsername({ world, account, dispatch }: OptionProps) {
  return (
    <SimForm form="pacer/account/settings/change-username" salt={world.salt} dispatch={dispatch} aria-label="Change Username">
      <DetailRows rows={[{ label: 'Current Username', value: account.username }]} />
      <TextField label="New Username" name="newUsername" required maxLength={64} hint="At least 8 characters: letters, numbers, . _ - or @." />
      <SaveButtons />
    </SimForm>
  );
}

export function SecurityInformation({ world, account, dispatch }: OptionProps) {
  const current = accountState(world).securityAnswers[account.accountNumber] ?? [];
  return (
    <SimForm form="pacer/account/settings/security-information" salt={world.salt} dispatch={dispatch} aria-label="Set Security Information">
      <p>Security questions let the PACER Service Center confirm who you are. {current.length ? 'Your current questions are selected.' : ''}</p>
      <SelectField label="Security Question 1" name="question1" required options={QUESTION_CHOICES} defaultValue={current[0]?.question ?? ''} placeholder="Select a question" />
      <TextField label="Answer 1" name="answer1" required maxLength={60} />
      <SelectField label="Security Question 2" name="question2" required options={QUESTION_CHOICES} defaultValue={current[1]?.question ?? ''} placeholder="Select a question" />
      <TextField label="Answer 2" name="answer2" required maxLength={60} />
      <SaveButtons />
    </SimForm>
  );
}

export function BillingEmail({ world, account, dispatch }: OptionProps) {
  return (
    <SimForm form="pacer/account/settings/billing-email" salt={world.salt} dispatch={dispatch} aria-label="Update PACER Billing Email">
      <DetailRows rows={[{ label: 'Current Billing Email', value: account.email }]} />
      <TextField label="Billing Email" name="email" type="email" required maxLength={100} />
      <TextField label="Confirm Billing Email" name="confirmEmail" type="email" required maxLength={100} />
      <SaveButtons />
    </SimForm>
  );
}

/** The account's billing preferences as they stand (the scenarios do not change them). */
export function BillingPreferences({ account }: OptionProps) {
  const billedTo = account.paaAccountNumber ? `PACER Administrative Account ${account.paaAccountNumber}` : 'This account';
  return (
    <DetailRows
      label="PACER billing preferences"
      rows={[
        { label: 'Fees Billed To', value: billedTo },
        { label: 'Client Code Format', value: 'Any (up to 32 characters; no spaces or commas)' },
        { label: 'Client Code Mandatory', value: 'No' },
        { label: 'Show Transaction Receipts', value: 'Yes' },
      ]}
    />
  );
}

export function RemoveFromPaa({ world, account, dispatch }: OptionProps) {
  const paa = account.paaAccountNumber ? world.pacerAccounts[account.paaAccountNumber] : undefined;
  if (!paa) return <p>Your PACER account is not part of a PACER Administrative Account.</p>;
  return (
    <SimForm form="pacer/account/settings/remove-from-paa" salt={world.salt} dispatch={dispatch} aria-label="Remove Your PACER Account from a PAA">
      <DetailRows rows={[{ label: 'PACER Administrative Account', value: `${paa.firm ?? paa.name} (${paa.accountNumber})` }]} />
      <p className="mma-note">
        Once removed, your case search privileges are inactive until the PACER Service Center reactivates them or another PAA adds your account.
      </p>
      <TextField label="Remark" name="remark" required maxLength={200} />
      <CheckboxField name="confirm" label="I want to remove my PACER account from this PACER Administrative Account." />
      <SaveButtons />
    </SimForm>
  );
}
