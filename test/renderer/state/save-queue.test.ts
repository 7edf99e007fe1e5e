import { expect, test } from 'vitest';
import type { TrainerEvent } from '../../../shared/model/events';
import { createSaveQueue } from '../../../renderer/state/save-queue';

const reload: TrainerEvent = { type: 'browser/reloaded' };

function harness(saved = 1) {
  const log: TrainerEvent[] = [{ type: 'attempt/started', salt: 'salt-12345', mode: 'practice' }];
  const appended: number[] = [];
  const statuses: unknown[] = [];
  let failures = 0;
  const queue = createSaveQueue({
    saved,
    events: () => log,
    append: async (seq) => {
      if (failures > 0) {
        failures -= 1;
        throw new Error('offline');
      }
      appended.push(seq);
    },
    onStatus: (error) => statuses.push(error === null ? null : (error as Error).message),
  });
  return { log, appended, statuses, queue, fail: (count: number) => (failures = count) };
}

test('sends only what is not saved yet, in order, with seq = index', async () => {
  const { log, appended, queue } = harness();
  log.push(reload, reload);
  expect(await queue.flush()).toBe(true);
  log.push(reload);
  expect(await queue.flush()).toBe(true);
  expect(appended).toEqual([1, 2, 3]);
  expect(queue.saved).toBe(4);
});

test('reports a failure once, keeps the unsaved events, and reports recovery', async () => {
  const { log, appended, statuses, queue, fail } = harness();
  fail(1);
  log.push(reload, reload);
  expect(await queue.flush()).toBe(false);
  expect(statuses).toEqual(['offline']);
  expect(await queue.flush()).toBe(true);
  expect(appended).toEqual([1, 2]);
  expect(statuses).toEqual(['offline', null]);
});

test('a stopped queue sends nothing more', async () => {
  const { log, appended, queue } = harness();
  queue.stop();
  log.push(reload);
  await queue.flush();
  expect(appended).toEqual([]);
});
