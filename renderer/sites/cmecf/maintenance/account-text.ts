import { formatLabel, frequencyLabel, type AccountDraft } from '../../../../shared/model/cmecf/maintenance/state';
import type { EcfRole } from '../../../../shared/model/world';

/** How the account screens name a filer's role in court. */
export const ROLE_LABELS: Record<EcfRole, string> = {
  attorney: 'Attorney',
  trustee: 'Trustee',
  'limited-filer': 'Limited Filer',
  'non-attorney': 'Non-Attorney Filer',
  'filing-agent': 'Filing Agent',
};

/** "To my primary e-mail address and to the secondary addresses", as the account screen sums up the notice settings. */
export function noticeRecipients(settings: AccountDraft): string {
  const where: string[] = [];
  if (settings.notices.toPrimary) where.push('my primary e-mail address');
  if (settings.notices.toSecondary) where.push('the secondary addresses');
  return where.length > 0 ? `To ${where.join(' and to ')}` : 'No notices';
}

export function noticeStyle(settings: AccountDraft): string {
  return `${frequencyLabel(settings.notices)}; ${formatLabel(settings.notices)} format`;
}
