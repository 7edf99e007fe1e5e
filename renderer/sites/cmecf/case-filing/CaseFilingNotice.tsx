import { caseByNumber } from '../../../../shared/model/cmecf/case-filing/cases';
import { lastNameFirst } from '../../../../shared/model/cmecf/case-filing/notices';
import type { CaseFiling } from '../../../../shared/model/cmecf/case-filing/state';
import { nefDate, nefTime } from '../../../../shared/model/cmecf/reinstatement/notices';
import type { Court, World } from '../../../../shared/model/world';
import { formatFileSize } from '../../common/local-file';
import { NoticeGone, NoticeOfElectronicFiling } from '../filing/NoticeOfElectronicFiling';

/**
 * The civil filing's Notice of Electronic Filing. The attorney or trustee
 * is named as the one who entered it and in the docket text, also when
 * their filing agent typed it (seed 002, "Filing Agents").
 */
export function CaseFilingNotice({ world, court, filing }: { world: World; court: Court; filing: CaseFiling | null }) {
  const filer = filing ? world.ecfAccounts[filing.filerEcfAccountId] : undefined;
  if (!filing || !filer) return <NoticeGone />;
  const parties = (caseByNumber(world, court.id, filing.caseNumber)?.parties ?? []).filter((party) => filing.partyIds.includes(party.id));
  return (
    <NoticeOfElectronicFiling
      enteredBy={lastNameFirst(filer.name)}
      enteredAt={`${nefTime(filing.filedAt)} ${court.timeZone}`}
      filedOn={nefDate(filing.filedAt)}
      rows={[
        { label: 'Court', value: court.name },
        { label: 'Case Name', value: filing.caseTitle },
        { label: 'Case Number', value: filing.caseNumber },
        { label: 'Filer', value: parties.map((party) => party.name).join(', ') },
        { label: 'Document Number', value: String(filing.documentNumber) },
        { label: 'Main Document', value: `${filing.document.name} (${formatFileSize(filing.document.size)})` },
      ]}
      docketText={filing.docketText}
      caseNumber={filing.caseNumber}
      recipients={filing.noticedTo}
    />
  );
}
