import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openBackend, tempDir, unwrap } from '../support/backend';

describe('createBackend', () => {
  test('creates the data folder and trainer.db when they do not exist', async () => {
    const dataDir = join(tempDir(), 'NextGen Trainer', 'nested');
    const backend = openBackend({ dataDir });
    expect(existsSync(join(dataDir, 'trainer.db'))).toBe(true);
    expect(unwrap<{ storageNotice: string | null }>(await backend.call('app.info', {})).storageNotice).toBeNull();
  });

  test('tells the user, through app.info, that an unreadable data file was kept aside', async () => {
    const dataDir = tempDir();
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'trainer.db'), 'this is not a database');
    const backend = openBackend({ dataDir, now: () => new Date('2024-03-01T09:00:00.000Z') });
    const { storageNotice } = unwrap<{ storageNotice: string | null }>(await backend.call('app.info', {}));
    expect(storageNotice).toContain(join(dataDir, 'trainer.db.unreadable-2024-03-01T09-00-00-000Z'));
    expect(readdirSync(dataDir)).toContain('trainer.db.unreadable-2024-03-01T09-00-00-000Z');
    // The fresh database works and has the built-in scenarios again.
    expect(unwrap<unknown[]>(await backend.call('scenarios.list', {})).length).toBeGreaterThan(0);
  });

  test('answers calls made after close with an error instead of throwing', async () => {
    const backend = openBackend();
    backend.close();
    await expect(backend.call('app.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
