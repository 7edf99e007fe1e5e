import { err, ok, type Result } from '../../shared/util/result';
import { errorMessage, type ApiClient } from '../api/client';
import type { SliceCreator } from '../state/store';

/**
 * App-wide settings kept by the backend: the projector size (applied to the
 * whole UI) and the organisation named on CLE certificates. Values are read
 * back through checks: a stored value this version does not know falls back
 * to the default rather than breaking the screen. The checks are plain
 * functions, not schemas: settings load with the first screen, which does not
 * load a validation library (the backend checks every value it stores).
 */

export const PROJECTOR_SIZES = ['off', '150', '200'] as const;
export type ProjectorSize = (typeof PROJECTOR_SIZES)[number];

export function isProjectorSize(value: unknown): value is ProjectorSize {
  return (PROJECTOR_SIZES as readonly unknown[]).includes(value);
}

export const ORGANISATION_MAX = 200;

/** The organisation name as saved (trimmed), or why it cannot be. */
export function checkOrganisation(value: unknown): Result<string> {
  if (typeof value !== 'string') return err('must be text');
  const name = value.trim();
  return name.length > ORGANISATION_MAX ? err(`must be at most ${ORGANISATION_MAX} characters`) : ok(name);
}

export interface SettingsState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  projector: ProjectorSize;
  organisation: string;
  error: string | null;
}

export interface SettingsSlice {
  settings: SettingsState;
  /** Reads every setting once at start-up (again on demand). */
  loadSettings(): Promise<void>;
  /** Switches the projector size at once and saves it; returns the error message if saving failed. */
  setProjector(size: ProjectorSize): Promise<string | null>;
  /** Saves the organisation name; returns the error message if it was refused or not saved. */
  saveOrganisation(name: string): Promise<string | null>;
}

const orEmpty = (checked: Result<string>) => (checked.ok ? checked.value : '');

export const initialSettings: SettingsState = { status: 'idle', projector: 'off', organisation: '', error: null };

export const createSettingsSlice =
  (api: ApiClient): SliceCreator<SettingsSlice> =>
  (set, get) => {
    const update = (patch: Partial<SettingsState>) => set({ settings: { ...get().settings, ...patch } });
    return {
      settings: initialSettings,
      async loadSettings() {
        update({ status: 'loading', error: null });
        try {
          const [projector, organisation] = await Promise.all([
            api.call('settings.get', { key: 'projector' }),
            api.call('settings.get', { key: 'organisation' }),
          ]);
          update({
            status: 'ready',
            projector: isProjectorSize(projector.value) ? projector.value : 'off',
            organisation: orEmpty(checkOrganisation(organisation.value ?? '')),
          });
        } catch (error) {
          update({ status: 'failed', error: `Settings could not be loaded: ${errorMessage(error)}` });
        }
      },
      async setProjector(size) {
        const previous = get().settings.projector;
        update({ projector: size });
        try {
          await api.call('settings.set', { key: 'projector', value: size });
          return null;
        } catch (error) {
          update({ projector: previous });
          return `The projector size could not be saved: ${errorMessage(error)}`;
        }
      },
      async saveOrganisation(name) {
        const checked = checkOrganisation(name);
        if (!checked.ok) return `The organisation name ${checked.error}.`;
        try {
          const saved = await api.call('settings.set', { key: 'organisation', value: checked.value });
          update({ organisation: saved.value });
          return null;
        } catch (error) {
          return `The organisation could not be saved: ${errorMessage(error)}`;
        }
      },
    };
  };
