import type { AccountPage } from '../../../../shared/model/pacer/account/pages';
import type { SiteProps } from '../../types';
import { MmaHome } from './MmaHome';
import { MmaLogin } from './MmaLogin';
import { OptionPage } from './OptionPage';
import { PasswordUpdate } from './PasswordUpdate';
import { ForgotPassword, ForgotUsername, ResetPassword } from './Recovery';
import { Requests } from './Requests';
import { UpgradeWizard } from './UpgradeWizard';

/** Manage My Account pages. */
export function AccountSite({ world, page, dispatch }: SiteProps<AccountPage>) {
  switch (page.kind) {
    case 'mma-login':
      return <MmaLogin world={world} page={page} dispatch={dispatch} />;
    case 'mma-forgot-password':
      return <ForgotPassword world={world} page={page} dispatch={dispatch} />;
    case 'mma-forgot-username':
      return <ForgotUsername world={world} page={page} dispatch={dispatch} />;
    case 'mma-reset-password':
      return <ResetPassword world={world} page={page} dispatch={dispatch} />;
    case 'mma-home':
      return <MmaHome world={world} page={page} dispatch={dispatch} />;
    case 'mma-upgrade':
      return <UpgradeWizard world={world} page={page} dispatch={dispatch} />;
    case 'mma-option':
      return <OptionPage world={world} page={page} dispatch={dispatch} />;
    case 'mma-requests':
      return <Requests world={world} page={page} dispatch={dispatch} />;
    case 'pacer-password-update':
      return <PasswordUpdate world={world} page={page} dispatch={dispatch} />;
    default:
      return page satisfies never;
  }
}
