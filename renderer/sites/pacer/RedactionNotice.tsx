import { useEffect, useId, useRef, useState } from 'react';
import { PRIVACY_RULES, redactsCriminalHomeAddresses } from '../../../shared/model/redaction';
import type { Court } from '../../../shared/model/world';
import { SiteNotice } from '../common/SiteNotice';
import type { PageOf, SiteProps } from '../types';
import { PacerLayout } from './PacerLayout';

export const REDACTION_CHECKBOX_LABEL =
  'I understand that, if I file, I must comply with the redaction rules. I have read this notice.';

/**
 * The redaction agreement shown at every CM/ECF login (FIDELITY 1.7.5): a
 * modal over the sign-on page; Continue stays disabled until the box is checked.
 */
export function RedactionNotice({ world, court, dispatch }: SiteProps<PageOf<'redaction-notice'>> & { court: Court }) {
  const ids = useId();
  const [understood, setUnderstood] = useState(false);
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    dialogRef.current?.focus();
  }, []);

  return (
    <div className="site-pacer-redaction">
      <div className="site-pacer-behind" aria-hidden="true" inert>
        <PacerLayout>
          <div className="site-pacer-card">
            <p>Central Sign-On</p>
          </div>
        </PacerLayout>
      </div>
      <div className="site-pacer-overlay">
        <div
          ref={dialogRef}
          className="site-pacer-dialog"
          role="dialog"
          aria-modal="true"
          aria-labelledby={`${ids}-title`}
          tabIndex={-1}
        >
          <h1 id={`${ids}-title`}>IMPORTANT NOTICE OF REDACTION RESPONSIBILITY</h1>
          <SiteNotice notice={world.session.notice} />
          <p>
            All filers must redact the following personal identifiers from every document they file with the court,
            including exhibits and attachments, whether filed electronically or on paper:
          </p>
          <ul>
            <li>Social Security or taxpayer-identification numbers (show only the last four digits);</li>
            <li>dates of birth (show only the year);</li>
            <li>names of minor children (show only the initials);</li>
            <li>financial account numbers (show only the last four digits);</li>
            {redactsCriminalHomeAddresses(court) ? <li>in criminal cases, home addresses (show only the city and state).</li> : null}
          </ul>
          <p>
            The responsibility for redacting these identifiers rests solely with counsel and the parties. The clerk will
            not review filings for compliance. See {PRIVACY_RULES[court.type]}.
          </p>
          <div className="site-pacer-check">
            <input
              id={`${ids}-agree`}
              type="checkbox"
              checked={understood}
              onChange={(event) => setUnderstood(event.target.checked)}
            />
            <label htmlFor={`${ids}-agree`}>{REDACTION_CHECKBOX_LABEL}</label>
          </div>
          <div className="site-pacer-buttons">
            <button
              type="button"
              className="site-pacer-primary"
              disabled={!understood}
              onClick={() => dispatch({ type: 'cmecf/redaction-acknowledged', courtId: court.id })}
            >
              Continue
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
