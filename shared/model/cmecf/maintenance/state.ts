import type { FilingAgentLink, NoticeSettings, World } from '../../world';
import type { EcfAccount } from '../../world';

/**
 * Maintain Your ECF Account keeps the filer's changes on the account screen
 * until **Submit**: Email Information and More User Information hand their
 * changes back with "Return to Account Screen", and only Submit writes them
 * to the court's records. Leaving the screens without Submit (another menu,
 * another address, logging out) loses them, as in the real system (seed 002,
 * "Adding Additional Email Accounts in CM/ECF", steps 7-8; FIDELITY 1.12).
 */

/** The account as the account screen holds it: the saved values with the filer's changes so far. */
export interface AccountDraft {
  ecfAccountId: string;
  secondaryEmails: string[];
  notices: NoticeSettings;
  filingAgents: FilingAgentLink[];
}

/** What one Submit saved, for the acknowledgment screen. */
export interface SavedReceipt {
  ecfAccountId: string;
  transactionId: string;
  changes: string[];
}

/** Whom a signed-in filing agent files for ("Change User", FIDELITY 2.2 rule 11). */
export interface ActingFor {
  agentEcfAccountId: string;
  principalEcfAccountId: string;
}

export interface EcfMaintenanceState {
  /** Per court: the account screen's unsaved changes. */
  drafts: Record<string, AccountDraft>;
  /** Per court: the last Submit's receipt. */
  receipts: Record<string, SavedReceipt>;
  /** Per court: the principal the signed-in filing agent has chosen; it lasts as long as the sign-on. */
  actingFor: Record<string, ActingFor>;
  /** Every choice a filing agent made under Change User, kept after logging out (objectives read it). */
  choices?: (ActingFor & { courtId: string })[];
}

export const EMPTY_ECF_MAINTENANCE: EcfMaintenanceState = { drafts: {}, receipts: {}, actingFor: {}, choices: [] };

/** A new filer's notice settings: notices for each filing, to the primary address, in HTML (the preferred format, seed 002). */
export const DEFAULT_NOTICES: NoticeSettings = { toPrimary: true, toSecondary: false, frequency: 'each-filing', format: 'html' };

/** Secondary addresses a district or bankruptcy filer may add (FIDELITY 1.12: "up to 5 support-staff addresses"). */
export const MAX_SECONDARY_EMAILS = 5;

export function maintenanceState(world: World): EcfMaintenanceState {
  return world.ecfMaintenance ?? EMPTY_ECF_MAINTENANCE;
}

export function withMaintenanceState(world: World, change: Partial<EcfMaintenanceState>): World {
  return { ...world, ecfMaintenance: { ...maintenanceState(world), ...change } };
}

function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The account's settings as the court has them saved. */
export function savedSettings(account: EcfAccount): AccountDraft {
  return {
    ecfAccountId: account.id,
    secondaryEmails: [...account.secondaryEmails],
    notices: { ...DEFAULT_NOTICES, ...account.notices },
    filingAgents: (account.filingAgents ?? []).map((link) => ({ ...link })),
  };
}

/** The court's draft for this account, if the filer has changed anything on the screens. */
export function draftFor(world: World, courtId: string, ecfAccountId: string): AccountDraft | null {
  const draft = own(maintenanceState(world).drafts, courtId);
  return draft && draft.ecfAccountId === ecfAccountId ? draft : null;
}

/** What the account screens show: the draft, or the saved settings when nothing has changed. */
export function shownSettings(world: World, courtId: string, account: EcfAccount): AccountDraft {
  return draftFor(world, courtId, account.id) ?? savedSettings(account);
}

export function withDraft(world: World, courtId: string, draft: AccountDraft): World {
  return withMaintenanceState(world, { drafts: { ...maintenanceState(world).drafts, [courtId]: draft } });
}

export function withoutDraft(world: World, courtId: string): World {
  const drafts = { ...maintenanceState(world).drafts };
  delete drafts[courtId];
  return withMaintenanceState(world, { drafts });
}

export function receiptFor(world: World, courtId: string): SavedReceipt | null {
  return own(maintenanceState(world).receipts, courtId) ?? null;
}

function sameSettings(a: AccountDraft, b: AccountDraft): boolean {
  const lower = (emails: string[]) => emails.map((email) => email.toLowerCase());
  return (
    JSON.stringify(lower(a.secondaryEmails)) === JSON.stringify(lower(b.secondaryEmails)) &&
    JSON.stringify(a.notices) === JSON.stringify(b.notices) &&
    JSON.stringify(a.filingAgents) === JSON.stringify(b.filingAgents)
  );
}

/** Whether the court's draft differs from what is saved: Submit would change something. */
export function hasUnsavedChanges(world: World, courtId: string): boolean {
  const draft = own(maintenanceState(world).drafts, courtId);
  const account = draft ? world.ecfAccounts[draft.ecfAccountId] : undefined;
  return draft !== undefined && account !== undefined && !sameSettings(draft, savedSettings(account));
}

const FREQUENCY_LABELS = { 'each-filing': 'Send a notice for each filing', 'daily-summary': 'Send a Daily Summary Report' } as const;
const FORMAT_LABELS = { html: 'HTML', text: 'Text' } as const;

export function frequencyLabel(settings: NoticeSettings): string {
  return FREQUENCY_LABELS[settings.frequency];
}

export function formatLabel(settings: NoticeSettings): string {
  return FORMAT_LABELS[settings.format];
}

/** Each change from `saved` to `draft`, as one line the acknowledgment screen and the e-mail list. */
export function describeChanges(world: World, saved: AccountDraft, draft: AccountDraft): string[] {
  const changes: string[] = [];
  const had = new Set(saved.secondaryEmails.map((email) => email.toLowerCase()));
  const has = new Set(draft.secondaryEmails.map((email) => email.toLowerCase()));
  for (const email of draft.secondaryEmails) if (!had.has(email.toLowerCase())) changes.push(`Secondary e-mail address added: ${email}`);
  for (const email of saved.secondaryEmails) if (!has.has(email.toLowerCase())) changes.push(`Secondary e-mail address removed: ${email}`);
  if (saved.notices.toPrimary !== draft.notices.toPrimary) {
    changes.push(`Notices to the primary e-mail address: ${draft.notices.toPrimary ? 'on' : 'off'}`);
  }
  if (saved.notices.toSecondary !== draft.notices.toSecondary) {
    changes.push(`Notices to the secondary addresses: ${draft.notices.toSecondary ? 'on' : 'off'}`);
  }
  if (saved.notices.frequency !== draft.notices.frequency) changes.push(`Frequency: ${frequencyLabel(draft.notices)}`);
  if (saved.notices.format !== draft.notices.format) changes.push(`Format: ${formatLabel(draft.notices)}`);
  const agentName = (id: string) => world.ecfAccounts[id]?.name ?? id;
  for (const link of draft.filingAgents) {
    const before = saved.filingAgents.find((existing) => existing.ecfAccountId === link.ecfAccountId);
    const payment = `Internet Payment ${link.internetPayment ? 'Y' : 'N'}`;
    if (!before) changes.push(`Filing agent linked: ${agentName(link.ecfAccountId)} (${payment})`);
    else if (before.internetPayment !== link.internetPayment) changes.push(`Filing agent ${agentName(link.ecfAccountId)}: ${payment}`);
  }
  for (const link of saved.filingAgents) {
    if (!draft.filingAgents.some((kept) => kept.ecfAccountId === link.ecfAccountId)) {
      changes.push(`Filing agent removed: ${agentName(link.ecfAccountId)}`);
    }
  }
  return changes;
}
