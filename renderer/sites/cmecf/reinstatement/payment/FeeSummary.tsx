import { reinstatementSettings, formatFee } from '../../../../../shared/model/cmecf/reinstatement/state';
import type { Court } from '../../../../../shared/model/world';

/** What is being paid, shown on each of PACER's payment screens. */
export function FeeSummary({ court }: { court: Court }) {
  return (
    <dl className="reinst-pay-summary">
      <dt>Court</dt>
      <dd>{court.name}</dd>
      <dt>Fee</dt>
      <dd>Attorney reinstatement fee</dd>
      <dt>Amount</dt>
      <dd>{formatFee(reinstatementSettings(court).feeCents)}</dd>
    </dl>
  );
}
