import type { Database } from 'better-sqlite3';

/** Small named values the app keeps between runs (organisation name, last trainee, projector mode). */
export function createSettingsRepo(db: Database) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const set = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    get(key: string): string | null {
      return get.get(key)?.value ?? null;
    },
    set(key: string, value: string): void {
      set.run(key, value);
    },
  };
}

export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
