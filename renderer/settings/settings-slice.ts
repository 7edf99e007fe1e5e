import { z } from 'zod';
import { errorMessage, type ApiClient } from '../api/client';
import type { SliceCreator } from '../state/store';

/**
 * App-wide settings kept by the backend: the projector size (applied to the
 * whole UI) and the organisation named on CLE certificates. Values are read
 * back through schemas: a stored value this version does not know falls back
 * to the default rather than breaking the screen.
 */

export const PROJECTOR_SIZES = ['off', '150', '200'] as const;
export type ProjectorSize = (typeof PROJECTOR_SIZES)[number];
export const projectorSchema = z.enum(PROJECTOR_SIZES);

export const ORGANISATION_MAX = 200;
export const organisationSchema = z
  .string()
  .trim()
  .max(ORGANISATION_MAX, `must be at most ${ORGANISATION_MAX} characters`);

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
            projector: projectorSchema.catch('off').parse(projector.value ?? 'off'),
            organisation: organisationSchema.catch('').parse(organisation.value ?? ''),
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
        const parsed = organisationSchema.safeParse(name);
        if (!parsed.success) return `The organisation name ${parsed.error.issues[0]?.message ?? 'is not valid'}.`;
        try {
          const saved = await api.call('settings.set', { key: 'organisation', value: parsed.data });
          update({ organisation: saved.value });
          return null;
        } catch (error) {
          return `The organisation could not be saved: ${errorMessage(error)}`;
        }
      },
    };
  };
