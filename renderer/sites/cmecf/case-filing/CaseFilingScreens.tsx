import { useCallback, useId, useRef, useState, type ChangeEvent } from 'react';
import { CASE_NUMBER_MAX, caseByNumber } from '../../../../shared/model/cmecf/case-filing/cases';
import { civilEvent } from '../../../../shared/model/cmecf/case-filing/events-catalog';
import { MAX_MAIN_DOCUMENT_BYTES } from '../../../../shared/model/cmecf/case-filing/forms';
import { civilDocketText } from '../../../../shared/model/cmecf/case-filing/notices';
import { activeCaseFiling } from '../../../../shared/model/cmecf/case-filing/pages';
import type { CaseFilingDraft, CourtCase } from '../../../../shared/model/cmecf/case-filing/state';
import type { TrainerEvent } from '../../../../shared/model/events';
import type { Court, World } from '../../../../shared/model/world';
import { formatFileSize, startsLikePdf } from '../../common/local-file';
import { useWatchFill, type WatchFillDetail } from '../../common/watch-fill';
import { CommitWarning, FilingScreen } from '../filing/FilingScreen';

interface ScreenProps {
  world: World;
  court: Court;
  dispatch: (event: TrainerEvent) => void;
}

/** The event's name as the screens' heading, e.g. "Certificate of Service". */
function eventTitle(draft: CaseFilingDraft | null): string {
  return civilEvent(draft?.eventId ?? '')?.label ?? 'Other Filings';
}

function draftCase(world: World, court: Court, draft: CaseFilingDraft | null): CourtCase | null {
  return draft?.caseNumber ? caseByNumber(world, court.id, draft.caseNumber) : null;
}

/** "4:19-cv-00512 Harlan Freight Co. v. Midwest Rail Services, Inc.": every screen after the case number names the case. */
function CaseTitle({ courtCase }: { courtCase: CourtCase | null }) {
  if (!courtCase) return null;
  return (
    <p className="ecf-filing-case-title">
      <span className="ecf-filing-case">{courtCase.number}</span> {courtCase.title}
    </p>
  );
}

/** The case the document is filed in: typed, as CM/ECF takes it in its short forms too. */
export function CaseNumberScreen({ world, court, dispatch }: ScreenProps) {
  const ids = useId();
  const draft = activeCaseFiling(world, court.id);
  return (
    <FilingScreen world={world} dispatch={dispatch} form="cmecf/case-filing/case" title={eventTitle(draft)} clear>
      <div className="site-cmecf-field ecf-filing-field">
        <label htmlFor={`${ids}-case`}>Civil Case Number</label>
        <input
          id={`${ids}-case`}
          name="caseNumber"
          type="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={CASE_NUMBER_MAX}
          aria-describedby={`${ids}-case-hint`}
          defaultValue={draft?.caseNumber ?? ''}
        />
      </div>
      <p id={`${ids}-case-hint`} className="ecf-filing-hint">
        For example 4:19-cv-00512, or 19-512.
      </p>
    </FilingScreen>
  );
}

/** Select the filer: the party or parties the document is filed for. */
export function FilerScreen({ world, court, dispatch }: ScreenProps) {
  const ids = useId();
  const draft = activeCaseFiling(world, court.id);
  const courtCase = draftCase(world, court, draft);
  return (
    <FilingScreen world={world} dispatch={dispatch} form="cmecf/case-filing/filer" title={eventTitle(draft)} clear>
      <CaseTitle courtCase={courtCase} />
      <fieldset className="ecf-filing-parties" aria-describedby={`${ids}-hint`}>
        <legend>Select the filer.</legend>
        <p id={`${ids}-hint`} className="ecf-filing-hint">
          The party on whose behalf the document is filed.
        </p>
        {(courtCase?.parties ?? []).map((party) => (
          <label key={party.id} className="ecf-filing-party">
            <input type="checkbox" name={`party-${party.id}`} defaultChecked={draft?.partyIds.includes(party.id) ?? false} />
            {party.name} [{party.role}]
          </label>
        ))}
      </fieldset>
    </FilingScreen>
  );
}

/**
 * The main document: a PDF chosen with Browse. The file is read here, on
 * the trainee's machine, and never uploaded; only its name, size and
 * whether it starts like a PDF are posted.
 */
export function DocumentScreen({ world, court, dispatch }: ScreenProps) {
  const ids = useId();
  const draft = activeCaseFiling(world, court.id);
  const courtCase = draftCase(world, court, draft);
  const [chosen, setChosen] = useState<{ name: string; size: number; isPdf: boolean } | null>(null);
  const [reading, setReading] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const showWatchedFile = useCallback((fields: WatchFillDetail) => {
    const name = fields.documentName;
    if (name) setChosen({ name, size: Number(fields.documentSize ?? 0), isPdf: fields.documentIsPdf === 'true' });
  }, []);
  useWatchFill(root, showWatchedFile);

  const picked = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    setReading(true);
    // A file that cannot be read counts as not a PDF; the court says so on Next.
    const isPdf = await startsLikePdf(file).catch(() => false);
    setReading(false);
    setChosen({ name: file.name, size: file.size, isPdf });
  };

  const attached = chosen ?? draft?.document ?? null;
  return (
    <div ref={root}>
      <FilingScreen world={world} dispatch={dispatch} form="cmecf/case-filing/document" title={eventTitle(draft)}>
        <CaseTitle courtCase={courtCase} />
        <div className="site-cmecf-field ecf-filing-field">
          <label htmlFor={`${ids}-main`}>Main Document</label>
          <input
            id={`${ids}-main`}
            type="file"
            accept=".pdf,application/pdf"
            aria-describedby={`${ids}-main-hint`}
            onChange={(event) => void picked(event)}
          />
        </div>
        <p id={`${ids}-main-hint`} className="ecf-filing-hint">
          PDF only, at most {MAX_MAIN_DOCUMENT_BYTES / (1024 * 1024)} MB. The file stays on this computer: the simulator only checks it.
        </p>
        <p aria-live="polite">
          {attached ? (
            <>
              Attached: <strong>{attached.name}</strong> ({formatFileSize(attached.size)})
            </>
          ) : (
            'No document attached.'
          )}
          {reading ? ' Reading the file…' : ''}
        </p>
        <input type="hidden" name="documentName" value={chosen?.name ?? ''} />
        <input type="hidden" name="documentSize" value={chosen ? String(chosen.size) : ''} />
        <input type="hidden" name="documentIsPdf" value={chosen ? String(chosen.isPdf) : ''} />
        <p>
          No PDF at hand?{' '}
          <button type="submit" name="button" value="use-sample-pdf" className="ecf-filing-link-button">
            Use a sample PDF
          </button>
        </p>
      </FilingScreen>
    </div>
  );
}

/** The final docket text; Next commits the filing. */
export function DocketTextScreen({ world, court, dispatch }: ScreenProps) {
  const draft = activeCaseFiling(world, court.id);
  const courtCase = draftCase(world, court, draft);
  const filer = draft ? world.ecfAccounts[draft.filerEcfAccountId] : undefined;
  const parties = (courtCase?.parties ?? []).filter((party) => draft?.partyIds.includes(party.id));
  const text = draft && filer ? civilDocketText(draft.eventId, parties, filer.name) : '';
  return (
    <FilingScreen world={world} dispatch={dispatch} form="cmecf/case-filing/docket-text" title={eventTitle(draft)}>
      <h2>Docket Text: Final Text</h2>
      <p className="ecf-filing-docket-text">
        <span className="ecf-filing-case">{courtCase?.number ?? ''}</span> {text}
      </p>
      <CommitWarning />
    </FilingScreen>
  );
}
