import { lastNameFirst } from '../../../../shared/model/cmecf/case-filing/notices';
import { nefDate, nefRecipients, nefTime } from '../../../../shared/model/cmecf/reinstatement/notices';
import { formatFee, reinstatementOf } from '../../../../shared/model/cmecf/reinstatement/state';
import type { Court } from '../../../../shared/model/world';
import type { PageOf, SiteProps } from '../../types';
import { NoticeGone, NoticeOfElectronicFiling as NoticeView } from '../filing/NoticeOfElectronicFiling';

/** The reinstatement's final screen: court, case, filer, no document, docket text, receipt and fee, and to whom it was e-mailed. */
export function NoticeOfElectronicFiling({ world, page, court }: SiteProps<PageOf<'cmecf-reinstatement-nef'>> & { court: Court }) {
  const filing = reinstatementOf(world).filings.find((candidate) => candidate.id === page.filingId);
  const ecf = filing ? world.ecfAccounts[filing.ecfAccountId] : undefined;
  if (!filing || !ecf) return <NoticeGone />;
  return (
    <NoticeView
      enteredBy={lastNameFirst(filing.attorneyName)}
      enteredAt={`${nefTime(filing.filedAt)} ${court.timeZone}`}
      filedOn={nefDate(filing.filedAt)}
      rows={[
        { label: 'Court', value: court.name },
        { label: 'Case Name', value: filing.caseName },
        { label: 'Case Number', value: filing.caseNumber },
        { label: 'Filer', value: filing.attorneyName },
        { label: 'Document Number', value: 'No document attached' },
        { label: 'Receipt Number', value: filing.receiptNumber },
        { label: 'Fee Amount', value: formatFee(filing.feeCents) },
      ]}
      docketText={filing.docketText}
      caseNumber={filing.caseNumber}
      recipients={nefRecipients(ecf).map((address) => ({ name: ecf.name, address }))}
    />
  );
}
