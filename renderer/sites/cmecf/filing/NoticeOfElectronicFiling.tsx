import type { ReactNode } from 'react';
import './filing-screens.css';

export interface NoticeRow {
  label: string;
  value: ReactNode;
}

/**
 * The final screen of a filing (seed 002: "You will know the process is
 * complete when you see the 'Notice of Electronic Filing' final screen"):
 * who entered it and when, the filing's rows, the docket text, and to whom
 * the notice was e-mailed.
 */
export function NoticeOfElectronicFiling({
  enteredBy,
  enteredAt,
  filedOn,
  rows,
  docketText,
  caseNumber,
  recipients,
}: {
  /** "Brandt, Lauren K." */
  enteredBy: string;
  /** "9/16/2019 at 10:42 AM CST" */
  enteredAt: string;
  filedOn: string;
  rows: readonly NoticeRow[];
  docketText: string;
  caseNumber: string;
  recipients: readonly { name: string; address: string }[];
}) {
  return (
    <div className="ecf-filing-screen ecf-filing-nef">
      <h1>Notice of Electronic Filing</h1>
      <p>
        The following transaction was entered by {enteredBy} on {enteredAt} and filed on {filedOn}
      </p>
      <table className="ecf-filing-nef-table">
        <caption className="ecf-filing-visually-hidden">Filing details</caption>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}:</th>
              <td>{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Docket Text:</h2>
      <p className="ecf-filing-docket-text">{docketText}</p>
      <h2>{`${caseNumber} Notice has been electronically mailed to:`}</h2>
      <ul className="ecf-filing-recipients">
        {recipients.map((recipient) => (
          <li key={`${recipient.name} ${recipient.address}`}>{`${recipient.name}     ${recipient.address}`}</li>
        ))}
      </ul>
    </div>
  );
}

/** The notice of a filing that is no longer there to show. */
export function NoticeGone() {
  return (
    <div className="ecf-filing-screen">
      <h1>Notice of Electronic Filing</h1>
      <p>This notice is no longer available.</p>
    </div>
  );
}
