import { nefDate, nefRecipients, nefTime } from '../../../../shared/model/cmecf/reinstatement/notices';
import { formatFee, reinstatementOf } from '../../../../shared/model/cmecf/reinstatement/state';
import type { Court } from '../../../../shared/model/world';
import type { PageOf, SiteProps } from '../../types';

/** "Ferrante, Marisol K.": how CM/ECF names the user who entered a transaction. */
function lastNameFirst(name: string): string {
  const words = name.trim().split(/\s+/);
  const last = words.pop();
  return last && words.length > 0 ? `${last}, ${words.join(' ')}` : name;
}

/**
 * The final screen (seed 002: "You will know the process is complete when
 * you see the 'Notice of Electronic Filing' final screen"): court, case,
 * filer, document, docket text, when it was entered, receipt and fee, and
 * to whom the notice was e-mailed.
 */
export function NoticeOfElectronicFiling({ world, page, court }: SiteProps<PageOf<'cmecf-reinstatement-nef'>> & { court: Court }) {
  const filing = reinstatementOf(world).filings.find((candidate) => candidate.id === page.filingId);
  const ecf = filing ? world.ecfAccounts[filing.ecfAccountId] : undefined;
  if (!filing || !ecf) {
    return (
      <div className="reinst-screen">
        <h1>Notice of Electronic Filing</h1>
        <p>This notice is no longer available.</p>
      </div>
    );
  }
  return (
    <div className="reinst-screen reinst-nef">
      <h1>Notice of Electronic Filing</h1>
      <p>
        The following transaction was entered by {lastNameFirst(filing.attorneyName)} on {nefTime(filing.filedAt)} {court.timeZone}{' '}
        and filed on {nefDate(filing.filedAt)}
      </p>
      <table className="reinst-nef-table">
        <caption className="reinst-visually-hidden">Filing details</caption>
        <tbody>
          <tr>
            <th scope="row">Court:</th>
            <td>{court.name}</td>
          </tr>
          <tr>
            <th scope="row">Case Name:</th>
            <td>{filing.caseName}</td>
          </tr>
          <tr>
            <th scope="row">Case Number:</th>
            <td>{filing.caseNumber}</td>
          </tr>
          <tr>
            <th scope="row">Filer:</th>
            <td>{filing.attorneyName}</td>
          </tr>
          <tr>
            <th scope="row">Document Number:</th>
            <td>No document attached</td>
          </tr>
          <tr>
            <th scope="row">Receipt Number:</th>
            <td>{filing.receiptNumber}</td>
          </tr>
          <tr>
            <th scope="row">Fee Amount:</th>
            <td>{formatFee(filing.feeCents)}</td>
          </tr>
        </tbody>
      </table>
      <h2>Docket Text:</h2>
      <p className="reinst-docket-text">{filing.docketText}</p>
      <h2>{`${filing.caseNumber} Notice has been electronically mailed to:`}</h2>
      <ul className="reinst-recipients">
        {nefRecipients(ecf).map((address) => (
          <li key={address}>{`${ecf.name}     ${address}`}</li>
        ))}
      </ul>
    </div>
  );
}
