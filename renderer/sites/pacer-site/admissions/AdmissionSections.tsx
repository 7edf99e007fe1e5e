import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { COURT_QUESTIONS, FEDERAL_BARS, SPONSOR_JURISDICTIONS, STATE_BARS } from '../../../../shared/model/pacer/admissions/court-options';
import { ADMISSION_FEE } from '../../../../shared/model/pacer/admissions/court-options';
import { SECTION_LIMITS } from '../../../../shared/model/pacer/admissions/sections';
import type { AdmissionSections } from '../../../../shared/model/pacer/admissions/state';
import { draftOf } from '../../../../shared/model/pacer/admissions/state';
import { manageAccountSignedIn } from '../../../../shared/model/pacer/admissions/session';
import { courtById, type PacerAccount } from '../../../../shared/model/world';
import { SimForm } from '../../common/SimForm';
import type { PageOf, SiteProps } from '../../types';
import { CheckboxField, RadioGroup, SelectField, StepButtons, TextField } from '../fields';
import { AdmissionsFrame } from './AdmissionsFrame';
import { DocumentUpload } from './DocumentUpload';

/** Screen C: the five sections of an admission request (seed 002, Attorney Bar Registration step 10). */
export function AdmissionSectionsPage({ world, page, dispatch }: SiteProps<PageOf<'admission-sections'>>) {
  const court = courtById(world, page.courtId);
  const draft = draftOf(world, 'attorney');
  const account = manageAccountSignedIn(world);
  if (!court || !draft || !account) return null;
  const { sections } = draft;
  return (
    <SectionsForm world={world} dispatch={dispatch} sections={sections} courtName={court.name} account={account} />
  );
}

function SectionsForm({
  world,
  dispatch,
  sections,
  courtName,
  account,
}: Pick<SiteProps, 'world' | 'dispatch'> & { sections: AdmissionSections; courtName: string; account: PacerAccount }) {
  const revision = JSON.stringify(sections);
  const formArea = useRef<HTMLDivElement>(null);
  const lastButton = useRef<string | null>(null);
  const rememberSubmitter = (event: FormEvent) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    lastButton.current = submitter instanceof HTMLButtonElement ? submitter.value : null;
  };
  // The form starts again after each post: keyboard focus goes back to the button pressed (or Upload, for a file).
  useEffect(() => {
    const value = lastButton.current;
    if (value === null) return;
    const area = formArea.current;
    const pressed = area?.querySelector<HTMLButtonElement>(`button[value="${CSS.escape(value)}"]:not([hidden])`);
    const fallback = Array.from(area?.querySelectorAll<HTMLButtonElement>('button') ?? []).find((button) => button.textContent === 'Upload');
    (pressed ?? fallback)?.focus();
  }, [revision]);
  return (
    <AdmissionsFrame world={world} dispatch={dispatch} path="attorney" heading="Attorney Admissions">
      <p>
        Court: <strong>{courtName}</strong>. Complete all five sections of the required registration information.
      </p>
      {/*
        Every button posts the whole screen and the server keeps it; keyed by what it kept, the form
        starts again from the kept values whenever they change (as the real page reloads), so a
        replayed or watched attempt shows them too.
      */}
      <div ref={formArea} onSubmitCapture={rememberSubmitter}>
        <SimForm key={revision} form="pacer/efile/admission-sections" salt={world.salt} dispatch={dispatch} aria-label="Attorney Admissions">
          <BarSection sections={sections} />
          <SponsorSection sections={sections} />
          <AttorneySection sections={sections} account={account} />
          <DocumentUpload document={sections.document} />
          <QuestionsSection sections={sections} />
          <StepButtons />
        </SimForm>
      </div>
    </AdmissionsFrame>
  );
}

function BarSection({ sections }: { sections: AdmissionSections }) {
  const ids = useId();
  return (
    <section className="adm-section" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>Attorney Bar Information</h2>
      <p>Check one or both boxes to indicate the federal or state courts to which you are admitted, then click +Add for each.</p>
      <div className="adm-grid">
        <CheckboxField name="federalBar" label="Federal" defaultChecked={sections.federalBar} />
        <CheckboxField name="stateBar" label="State" defaultChecked={sections.stateBar} />
      </div>
      {sections.bars.length > 0 ? (
        <table className="adm-table">
          <caption className="adm-caption">Courts to which you are admitted</caption>
          <thead>
            <tr>
              <th scope="col">Court / Bar</th>
              <th scope="col">Bar Number</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sections.bars.map((entry, index) => (
              <tr key={entry.bar}>
                <td>{entry.bar}</td>
                <td>{entry.barNumber}</td>
                <td>
                  <button type="submit" name="button" value={`remove-bar-${index}`} className="pacer-button adm-button--small" aria-label={`Remove ${entry.bar}`}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No courts added yet.</p>
      )}
      {/* Keyed by the list's length, so the entry fields start empty again after each +Add. */}
      <div className="adm-grid" key={sections.bars.length}>
        <SelectField
          label="Bar"
          name="newBar"
          placeholder="Select a court or state bar"
          options={[
            ...STATE_BARS.map((bar) => ({ value: bar, label: bar, group: 'State' })),
            ...FEDERAL_BARS.map((bar) => ({ value: bar, label: bar, group: 'Federal' })),
          ]}
        />
        <TextField label="Bar Number" name="newBarNumber" maxLength={SECTION_LIMITS.barNumber} />
      </div>
      <button type="submit" name="button" value="add-bar" className="pacer-button">
        +Add
      </button>
    </section>
  );
}

function SponsorSection({ sections }: { sections: AdmissionSections }) {
  const ids = useId();
  return (
    <section className="adm-section" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>Sponsoring Attorney</h2>
      <p>Enter the required information for ONE of your sponsoring attorneys.</p>
      <div className="adm-grid">
        <TextField label="Sponsor Name" name="sponsorName" required maxLength={SECTION_LIMITS.name} defaultValue={sections.sponsorName} />
        <TextField label="Sponsor Bar Number" name="sponsorBarNumber" required maxLength={SECTION_LIMITS.barNumber} defaultValue={sections.sponsorBarNumber} />
        <SelectField
          label="Sponsor Jurisdiction"
          name="sponsorJurisdiction"
          placeholder="Select Jurisdiction"
          required
          options={SPONSOR_JURISDICTIONS.map((jurisdiction) => ({ value: jurisdiction, label: jurisdiction }))}
          defaultValue={sections.sponsorJurisdiction}
        />
        <TextField label="Sponsor Email" name="sponsorEmail" type="email" required maxLength={SECTION_LIMITS.email} defaultValue={sections.sponsorEmail} />
      </div>
    </section>
  );
}

function AttorneySection({ sections, account }: { sections: AdmissionSections; account: PacerAccount }) {
  const ids = useId();
  const [fee, setFee] = useState(sections.feeChoice);
  return (
    <section className="adm-section" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>Attorney Information</h2>
      <div className="adm-grid">
        <TextField label="Name" name="attorneyName" readOnly defaultValue={account.name} />
        <TextField label="Firm" name="firm" maxLength={SECTION_LIMITS.name} defaultValue={sections.firm || (account.firm ?? '')} />
        <TextField label="Phone" name="phone" type="tel" required maxLength={SECTION_LIMITS.phone} defaultValue={sections.phone} />
      </div>
      <RadioGroup
        legend={`Admission Fee (${ADMISSION_FEE})`}
        name="feeChoice"
        required
        options={[
          { value: 'acknowledge', label: `I acknowledge the admission fee of ${ADMISSION_FEE}, to be paid online once the court approves my admission.` },
          { value: 'waiver', label: 'I request a waiver of fees (attorneys of the United States government).' },
        ]}
        defaultValue={sections.feeChoice}
        onChange={(value) => {
          if (value === 'acknowledge' || value === 'waiver') setFee(value);
        }}
      />
      {fee === 'waiver' ? <TextField label="Reason for Waiver Request" name="waiverReason" required maxLength={SECTION_LIMITS.reason} defaultValue={sections.waiverReason} /> : null}
    </section>
  );
}

function QuestionsSection({ sections }: { sections: AdmissionSections }) {
  const ids = useId();
  return (
    <section className="adm-section" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>Additional Attorney Information Required by Court</h2>
      <p>Answer all questions.</p>
      {COURT_QUESTIONS.map((question) => (
        <RadioGroup
          key={question.id}
          legend={question.text}
          name={`answer.${question.id}`}
          required
          options={[
            { value: 'Y', label: 'Yes' },
            { value: 'N', label: 'No' },
          ]}
          defaultValue={sections.answers[question.id] ?? null}
        />
      ))}
    </section>
  );
}
