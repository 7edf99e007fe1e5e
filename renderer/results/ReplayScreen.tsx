import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, type FocusEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title';
import { SimulatedBrowser } from '../browser/SimulatedBrowser';
import { MailMessage } from '../mailbox/MailMessage';
import { useTrainer } from '../state/TrainerProvider';
import { attemptTimeline, formatMoment, type TimelineStep } from './timeline';
import './results.css';

/** The replay shows the screens as they were; nothing on them acts. */
const READ_ONLY = () => undefined;

function clampStep(raw: string | null, last: number): number {
  const step = raw === null ? 1 : Number.parseInt(raw, 10);
  if (!Number.isFinite(step)) return Math.min(1, last);
  return Math.max(0, Math.min(last, step));
}

/** Arrow keys step through the attempt, except where they already move something (a text field, the slider). */
function arrowsBelongToControl(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  return target.closest('[role="menubar"], [role="menu"], [role="tablist"], [role="listbox"], [role="slider"]') !== null;
}

/**
 * `#/results/:attemptId/replay?step=k`: the stored attempt, step by step, on
 * the same screens the trainee saw, rebuilt from its event log by the shared
 * model. For the trainee looking back, or an instructor showing a class
 * where an attempt went wrong.
 */
export function ReplayScreen() {
  const { attemptId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const results = useTrainer((state) => state.results);
  const loadResults = useTrainer((state) => state.loadResults);
  useDocumentTitle(results.scenarioTitle ? `Replay: ${results.scenarioTitle}` : 'Replay');

  useEffect(() => {
    if (attemptId) void loadResults(attemptId);
  }, [attemptId, loadResults]);

  const { scenario, events } = results;
  const timeline = useMemo(() => (scenario && events ? attemptTimeline(scenario, events) : null), [scenario, events]);
  const last = Math.max(0, (timeline?.length ?? 1) - 1);
  const step = clampStep(search.get('step'), last);
  const goTo = useCallback(
    (next: number) => setSearch({ step: String(Math.max(0, Math.min(last, next))) }, { replace: true }),
    [setSearch, last],
  );

  /** The replay control the viewer last used: a replayed page that grabs focus (a dialog) gives it back. */
  const lastControl = useRef<HTMLElement | null>(null);
  const screenRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (active && screenRef.current?.contains(active) && lastControl.current?.isConnected) lastControl.current.focus();
  }, [step]);
  const rememberControl = (event: FocusEvent<HTMLElement>) => {
    lastControl.current = event.target;
  };

  // Bound before the step is painted: a key pressed as soon as "Step 2" shows must go on from step 2, not from the step before.
  useLayoutEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || arrowsBelongToControl(event.target)) return;
      if (event.key === 'ArrowRight') goTo(step + 1);
      else if (event.key === 'ArrowLeft') goTo(step - 1);
      else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goTo, step]);

  const backToResults = `/results/${encodeURIComponent(attemptId)}`;
  if (results.attemptId !== attemptId || results.status === 'loading' || results.status === 'idle' || (results.status === 'ready' && !timeline && !results.error)) {
    return (
      <p className="loading" role="status">
        Loading the attempt…
      </p>
    );
  }
  if (results.status === 'failed' || !timeline || !scenario) {
    return (
      <section className="panel message-panel" role="alert">
        <h1>This attempt cannot be replayed</h1>
        <p>{results.error ?? 'The scenario this attempt was played on is not available.'}</p>
        <p>
          <Link className="button" to={backToResults}>
            Back to results
          </Link>
        </p>
      </section>
    );
  }

  const current = timeline[step];
  if (!current) return null;
  return (
    <div className="replay">
      <div className="replay__top">
        <h1>Replay: {results.scenarioTitle}</h1>
        <Link className="button" to={backToResults}>
          Back to results
        </Link>
      </div>
      <div onFocus={rememberControl}>
        <ReplayControls step={step} last={last} goTo={goTo} />
      </div>
      <div className="replay__body">
        <div onFocus={rememberControl}>
          <StepList timeline={timeline} step={step} goTo={goTo} />
        </div>
        <div className="replay__work" ref={screenRef}>
          <StepDetails step={current} last={last} />
          <ReplayedScreen step={current} bookmarks={scenario.bookmarks} />
        </div>
      </div>
    </div>
  );
}

function ReplayControls({ step, last, goTo }: { step: number; last: number; goTo: (step: number) => void }) {
  const sliderId = useId();
  return (
    <div className="replay__controls" role="group" aria-label="Replay controls">
      <button type="button" className="button" onClick={() => goTo(step - 1)} disabled={step === 0}>
        Previous
      </button>
      <label htmlFor={sliderId} className="replay__slider-label">
        Step
      </label>
      <input
        id={sliderId}
        className="replay__slider"
        type="range"
        min={0}
        max={last}
        step={1}
        value={step}
        aria-valuetext={step === 0 ? 'Start' : `Step ${step} of ${last}`}
        onChange={(event) => goTo(Number(event.target.value))}
      />
      <button type="button" className="button button--primary" onClick={() => goTo(step + 1)} disabled={step === last}>
        Next
      </button>
      <p className="replay__keys">Use ← and → to step through.</p>
    </div>
  );
}

function StepList({ timeline, step, goTo }: { timeline: readonly TimelineStep[]; step: number; goTo: (step: number) => void }) {
  const headingId = useId();
  const currentRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    currentRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [step]);
  return (
    <nav className="replay__steps" aria-labelledby={headingId}>
      <h2 id={headingId}>Steps</h2>
      <ol>
        {timeline.map((item) => (
          <li key={item.index}>
            <button
              type="button"
              ref={item.index === step ? currentRef : undefined}
              className={`replay__step${item.mistake ? ' replay__step--mistake' : ''}`}
              aria-current={item.index === step ? 'step' : undefined}
              onClick={() => goTo(item.index)}
            >
              {item.index === 0 ? null : <span className="replay__step-number">{item.index}. </span>}
              {item.description}
              {item.mistake ? <span className="replay__step-flag"> (mistake)</span> : null}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function StepDetails({ step, last }: { step: TimelineStep; last: number }) {
  const { outcome, mistake } = step;
  return (
    <section className={mistake ? 'replay__details replay__details--mistake' : 'replay__details'} aria-label="This step" aria-live="polite">
      <h2>
        {step.index === 0 ? 'Start' : `Step ${step.index} of ${last}`}
        {step.elapsedSeconds !== null ? <span className="replay__moment"> · at {formatMoment(step.elapsedSeconds)}</span> : null}
      </h2>
      <dl>
        <div>
          <dt>What was done</dt>
          <dd>{step.description}</dd>
        </div>
        <div>
          <dt>Outcome</dt>
          <dd>{outcome.status === 'refused' ? `Refused. The system said: ${outcome.message}` : outcome.message ? `Accepted. The system said: ${outcome.message}` : 'Accepted'}</dd>
        </div>
        {mistake ? (
          <>
            <div>
              <dt>Mistake</dt>
              <dd>{mistake.title}</dd>
            </div>
            <div>
              <dt>The rule</dt>
              <dd>{mistake.rule}</dd>
            </div>
            <div>
              <dt>What to do instead</dt>
              <dd>{mistake.remedy}</dd>
            </div>
            <div>
              <dt>Source</dt>
              <dd>{mistake.source}</dd>
            </div>
          </>
        ) : null}
      </dl>
    </section>
  );
}

/** The screen after the step: the browser as it was, and the message if the step opened one. */
function ReplayedScreen({ step, bookmarks }: { step: TimelineStep; bookmarks: Parameters<typeof SimulatedBrowser>[0]['bookmarks'] }) {
  const { event, world } = step;
  const mail = event.type === 'mail/opened' ? (world.mailbox.find((item) => item.id === event.mailId) ?? null) : null;
  return (
    <div className="replay__screen">
      <p className="replay__screen-note">The screen after this step, as the trainee saw it (read-only).</p>
      {mail ? (
        <section className="mailbox replay__mailbox" aria-label="Mailbox">
          <h2>Mailbox</h2>
          <MailMessage mail={mail} onBack={READ_ONLY} />
        </section>
      ) : null}
      {/* Keyed by step: each step shows its page fresh, with nothing typed into it. */}
      <SimulatedBrowser key={step.index} world={world} bookmarks={bookmarks} dispatch={READ_ONLY} />
    </div>
  );
}
