import { mustUpgradeFirst } from '../../../../shared/model/pacer/account/offers';
import { MMA_OPTIONS, type MmaOptionId } from '../../../../shared/model/pacer/account/routes';
import type { PageOf, SiteProps } from '../../types';
import { AddressInformation, EfileHistory, EfilerEmail, EfileStatus, PersonalInformation, RegisteredCourts } from './MaintenanceScreens';
import { MmaFrame } from './MmaFrame';
import { OneTimePayment } from './OneTimePayment';
import type { OptionProps } from './option-props';
import { PaaAdd, PaaList, PaaRemove, PaaRescind } from './PaaScreens';
import { BillingEmail, BillingPreferences, ChangePassword, ChangeUsername, RemoveFromPaa, SecurityInformation } from './SettingsScreens';
import { StoredPaymentScreen } from './StoredPayment';
import { UpgradePrompt } from './UpgradePrompt';
import { DetailedTransactions, QuarterlyInvoice } from './UsageScreens';

const SCREENS: Record<MmaOptionId, (props: OptionProps) => React.JSX.Element> = {
  'change-username': ChangeUsername,
  'change-password': ChangePassword,
  'security-information': SecurityInformation,
  'billing-email': BillingEmail,
  'billing-preferences': BillingPreferences,
  'remove-from-paa': RemoveFromPaa,
  personal: PersonalInformation,
  address: AddressInformation,
  'efiler-email': EfilerEmail,
  'registered-courts': RegisteredCourts,
  'efile-status': EfileStatus,
  'efile-history': EfileHistory,
  'one-time-payment': OneTimePayment,
  'stored-payment': StoredPaymentScreen,
  invoice: QuarterlyInvoice,
  transactions: DetailedTransactions,
  'paa-add': PaaAdd,
  'paa-remove': PaaRemove,
  'paa-rescind': PaaRescind,
  'paa-list': PaaList,
};

/** One option of the Manage My Account tabs, with the upgrade prompt where a legacy account must upgrade first. */
export function OptionPage({ world, page, dispatch }: SiteProps<PageOf<'mma-option'>>) {
  const account = world.pacerAccounts[page.accountNumber];
  if (!account) return null;
  const option = MMA_OPTIONS[page.option];
  const Screen = SCREENS[page.option];
  return (
    <MmaFrame world={world} dispatch={dispatch} title={option.label} account={account}>
      {mustUpgradeFirst(account, page.option) ? <UpgradePrompt dispatch={dispatch} /> : null}
      <section className="pacer-site__panel">
        <Screen world={world} account={account} page={page} dispatch={dispatch} />
      </section>
    </MmaFrame>
  );
}
