import { PASSWORD_MAX_AGE_DAYS, PASSWORD_PROMPT_SKIPS } from '../../../../shared/model/pacer/account/password-age';
import { passwordPersonalParts, TODAYS_PASSWORD_GUIDELINE } from '../../../../shared/model/pacer/password-policy';
import { SimForm } from '../../common/SimForm';
import type { PageOf, SiteProps } from '../../types';
import { ButtonRow, SubmitButton, TextField } from '../fields';
import { MmaFrame } from './MmaFrame';

/**
 * The login's 180-day password prompt (FIDELITY 8). The sources give the
 * rule (change every 180 days, three skips, then no login until changed)
 * but not the page: this wording is the simulator's own.
 */
export function PasswordUpdate({ world, page, dispatch }: SiteProps<PageOf<'pacer-password-update'>>) {
  const canSkip = page.skipsLeft > 0;
  return (
    <MmaFrame world={world} dispatch={dispatch} title="Password Update Required">
      <section className="pacer-site__panel mma-narrow">
        <p id="password-update-intro">
          {page.changedOn ? `Your PACER password was last changed on ${page.changedOn}. ` : ''}
          PACER passwords must be changed every {PASSWORD_MAX_AGE_DAYS} days. Create a new password to continue.
        </p>
        <p>
          {canSkip
            ? `You may skip this step ${page.skipsLeft} more ${page.skipsLeft === 1 ? 'time' : 'times'}. After that, you will not be able to log in until you change your password.`
            : `You have skipped this step ${PASSWORD_PROMPT_SKIPS} times. You must change your password before you can log in.`}
        </p>
        <SimForm
          form="pacer/password-update"
          salt={world.salt}
          dispatch={dispatch}
          aria-labelledby="password-update-intro"
          personalParts={passwordPersonalParts(world, 'pacer/password-update')}
        >
          <TextField label="New Password" name="newPassword" type="password" required maxLength={256} hint={TODAYS_PASSWORD_GUIDELINE} />
          <TextField label="Confirm Password" name="confirmPassword" type="password" required maxLength={256} />
          <ButtonRow>
            <SubmitButton value="update" primary>
              Update Password
            </SubmitButton>
            {canSkip ? <SubmitButton value="skip">Skip</SubmitButton> : null}
          </ButtonRow>
        </SimForm>
        <p className="site-practice-note">Training simulator: make up a practice password. Never type a real password here.</p>
      </section>
    </MmaFrame>
  );
}
