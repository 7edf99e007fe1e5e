import type { StoredEvent } from '../../shared/api/contract';
import { describeEvent } from '../../shared/model/describe';
import type { TrainerEvent } from '../../shared/model/events';
import { initialWorld } from '../../shared/model/initial-world';
import { isMistakeCode, MISTAKES, type MistakeDefinition } from '../../shared/model/mistakes';
import type { Outcome } from '../../shared/model/reducer';
import { attemptStart, replay } from '../../shared/model/replay';
import type { World } from '../../shared/model/world';
import type { ResolvedScenario } from '../../shared/scenario/schema';
import { elapsedSecondsBetween } from '../../shared/scoring/score';

/** One stored event as the results and the replay show it. */
export interface TimelineStep {
  /** Index in the log; 0 is the start, so step k is the trainee's k-th action. */
  index: number;
  event: TrainerEvent;
  /** Seconds since the attempt started, from the stored timestamps (null if they are unreadable). */
  elapsedSeconds: number | null;
  /** What the trainee did, in the court's words. */
  description: string;
  outcome: Outcome;
  mistake: (MistakeDefinition & { code: string }) | null;
  /** The world just after this event: what the screens showed. */
  world: World;
}

/**
 * The stored attempt replayed event by event through the shared model: the
 * same worlds the live screens rendered, each with what was done and what
 * the system made of it.
 */
export function attemptTimeline(scenario: ResolvedScenario, stored: readonly StoredEvent[]): TimelineStep[] {
  const ordered = [...stored].sort((a, b) => a.seq - b.seq);
  const events = ordered.map((row) => row.event);
  const { outcomes, worlds } = replay(scenario, events, true);
  const startedAt = ordered[0]?.recordedAt;
  let before = initialWorld(scenario, attemptStart(events));
  return ordered.map((row, index) => {
    const world = worlds[index] ?? before;
    const outcome = outcomes[index] ?? { status: 'accepted', mistake: null, message: null };
    const code = outcome.mistake;
    const step: TimelineStep = {
      index,
      event: row.event,
      elapsedSeconds: startedAt === undefined ? null : elapsedSecondsBetween([startedAt, row.recordedAt]),
      description: describeEvent(row.event, before),
      outcome,
      mistake: code !== null && isMistakeCode(code) ? { code, ...MISTAKES[code] } : null,
      world,
    };
    before = world;
    return step;
  });
}

/** "2:14", "1:02:05": elapsed time as a stopwatch shows it. */
export function formatMoment(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const secs = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${secs}` : `${minutes}:${secs}`;
}

/** "4 min 12 s", "45 s", "1 h 2 min": a duration in words short enough for a score card. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const secs = whole % 60;
  if (hours > 0) return `${hours} h ${minutes} min`;
  if (minutes > 0) return `${minutes} min ${secs} s`;
  return `${secs} s`;
}

/** Time taken: the span of the stored events, or the report's figure when the events are not at hand. */
export function timeTaken(stored: readonly StoredEvent[] | null, reported: number | null | undefined): number | null {
  const fromEvents = stored && stored.length > 0 ? elapsedSecondsBetween(stored.map((row) => row.recordedAt)) : null;
  return fromEvents ?? reported ?? null;
}
