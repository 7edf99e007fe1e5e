import type { ApiInput, Trainee } from '../../shared/api/contract';
import type { TraineeHistory } from '../../shared/api/trainee-methods';
import { err, ok, type Result } from '../../shared/util/result';
import { errorMessage, type ApiClient } from '../api/client';
import { profileProblem, type ProfileProblem } from '../trainees/profile-errors';
import type { PlayStatus } from './attempt-slice';
import type { SliceCreator } from './store';

/** The profile of whoever has not picked one: attempts recorded with no trainee. */
export const GUEST_NAME = 'Guest';

export interface TraineesState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  profiles: Trainee[];
  /** Whose attempts are resumed and recorded; null is Guest. */
  currentId: string | null;
  error: string | null;
  /** What the shell's live region says after a switch. */
  announcement: string;
}

export interface TraineeHistoryState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  traineeId: string | null;
  history: TraineeHistory | null;
  error: string | null;
}

export type ProfileInput = ApiInput<'trainees.create'>;

export interface TraineeSlice {
  trainees: TraineesState;
  traineeHistory: TraineeHistoryState;
  /** Loads the profiles and, the first time, the trainee this machine last used. */
  loadTrainees(): Promise<void>;
  /** The current trainee's id once it is known (loading it if need be); null is Guest. */
  currentTrainee(): Promise<string | null>;
  /** Switches whose attempts are recorded, remembers it for the next start, and reopens an open play for them. */
  selectTrainee(traineeId: string | null): Promise<void>;
  /** Creates a profile (no id) or edits one; the refusal comes back per field. */
  saveProfile(profile: ProfileInput & { id?: string }): Promise<Result<Trainee, ProfileProblem>>;
  loadHistory(traineeId: string | null): Promise<void>;
  /** Abandons an unfinished attempt and reloads the history; returns why it failed, or null. */
  abandonAttempt(attemptId: string): Promise<string | null>;
}

export const initialTrainees: TraineesState = { status: 'idle', profiles: [], currentId: null, error: null, announcement: '' };
export const initialTraineeHistory: TraineeHistoryState = { status: 'idle', traineeId: null, history: null, error: null };

/** A play in these states belongs to a trainee and is reopened for the new one on a switch. */
const REOPEN_ON_SWITCH: readonly PlayStatus[] = ['loading', 'playing', 'failed'];

export function traineeName(profiles: readonly Trainee[], traineeId: string | null): string {
  return traineeId === null ? GUEST_NAME : (profiles.find((profile) => profile.id === traineeId)?.name ?? GUEST_NAME);
}

export const createTraineeSlice =
  (api: ApiClient): SliceCreator<TraineeSlice> =>
  (set, get) => {
    let loading: Promise<void> | null = null;

    const patch = (change: Partial<TraineesState>) => set({ trainees: { ...get().trainees, ...change } });

    async function rememberedTrainee(): Promise<string | null> {
      try {
        return (await api.call('settings.get', { key: 'lastTraineeId' })).value || null;
      } catch {
        return null; // a setting that cannot be read only means starting as Guest
      }
    }

    async function load() {
      // Until a first list arrives nobody can have chosen, so the trainee this machine last used
      // is read; after that the current choice stands, and a reload keeps the switch usable.
      const firstLoad = get().trainees.status !== 'ready';
      if (firstLoad) patch({ status: 'loading', error: null });
      try {
        const [profiles, last] = await Promise.all([api.call('trainees.list', {}), firstLoad ? rememberedTrainee() : null]);
        const wanted = firstLoad ? last : get().trainees.currentId;
        const currentId = profiles.some((profile) => profile.id === wanted) ? wanted : null;
        patch({ status: 'ready', profiles, currentId, error: null });
      } catch (error) {
        patch({ status: 'failed', error: `The trainee profiles could not be loaded: ${errorMessage(error)}` });
      }
    }

    /** Keeps the shown history while the same trainee's is reloaded, so the table does not flash empty. */
    function shownHistoryOf(traineeId: string | null): TraineeHistory | null {
      const shown = get().traineeHistory;
      return shown.traineeId === traineeId ? shown.history : null;
    }

    return {
      trainees: initialTrainees,
      traineeHistory: initialTraineeHistory,

      loadTrainees() {
        loading ??= load().finally(() => {
          loading = null;
        });
        return loading;
      },

      async currentTrainee() {
        if (get().trainees.status !== 'ready') await get().loadTrainees();
        return get().trainees.currentId;
      },

      async selectTrainee(traineeId) {
        const { profiles, status } = get().trainees;
        // The choices must be known first (and a remembered choice must not overwrite this one).
        if (status !== 'ready' || (traineeId !== null && !profiles.some((profile) => profile.id === traineeId))) return;
        patch({ currentId: traineeId, announcement: `Now recording attempts for ${traineeName(profiles, traineeId)}.`, error: null });
        const { play } = get();
        if (play.scenarioId && play.mode && play.attempt?.traineeId !== traineeId && REOPEN_ON_SWITCH.includes(play.status)) {
          const { scenarioId, mode } = play;
          get().closePlay();
          void get().startPlay(scenarioId, mode);
        }
        try {
          await api.call('settings.set', { key: 'lastTraineeId', value: traineeId ?? '' });
        } catch (error) {
          patch({ error: `This choice could not be remembered for the next start: ${errorMessage(error)}` });
        }
      },

      async saveProfile({ id, ...profile }) {
        try {
          const saved = id === undefined ? await api.call('trainees.create', profile) : await api.call('trainees.update', { id, ...profile });
          const others = get().trainees.profiles.filter((existing) => existing.id !== saved.id);
          const profiles = [...others, saved].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
          patch({ profiles });
          return ok(saved);
        } catch (error) {
          return err(profileProblem(error));
        }
      },

      async loadHistory(traineeId) {
        set({ traineeHistory: { ...initialTraineeHistory, status: 'loading', traineeId, history: shownHistoryOf(traineeId) } });
        const stillWanted = () => get().traineeHistory.traineeId === traineeId;
        try {
          const history = await api.call('trainees.history', { traineeId });
          if (stillWanted()) set({ traineeHistory: { status: 'ready', traineeId, history, error: null } });
        } catch (error) {
          if (stillWanted()) {
            set({
              traineeHistory: { ...get().traineeHistory, status: 'failed', error: `The history could not be loaded: ${errorMessage(error)}` },
            });
          }
        }
      },

      async abandonAttempt(attemptId) {
        try {
          await api.call('attempts.abandon', { attemptId });
        } catch (error) {
          return `The attempt could not be abandoned: ${errorMessage(error)}`;
        }
        // The open play of that attempt (if any) must not keep saving into it.
        if (get().play.attempt?.id === attemptId) get().closePlay();
        await get().loadHistory(get().traineeHistory.traineeId);
        return null;
      },
    };
  };
