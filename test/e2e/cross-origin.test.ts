import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ApiResponse } from '../../shared/api/contract';
import { launchChromium, removeDir, startTrainer, type RunningTrainer } from './support/browser-mode';

/**
 * A page on another local port (as any web site the trainee visits could be)
 * tries every request a browser lets it send without asking: no-cors POSTs
 * with text/plain bodies, encoded paths, a form post, and CORS requests that
 * need a preflight. None may change or read anything in the trainer.
 */
function hostilePage(trainerOrigin: string): string {
  const attempts = `
    const trainer = ${JSON.stringify(trainerOrigin)};
    const body = (input) => JSON.stringify(input);
    const tries = [
      ['no-cors trainees.create', () => fetch(trainer + '/api/trainees.create', { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: body({ name: 'Mallory' }) })],
      ['no-cors encoded path', () => fetch(trainer + '/%61pi/trainees.create', { method: 'POST', mode: 'no-cors', body: body({ name: 'Mallory' }) })],
      ['no-cors settings.set', () => fetch(trainer + '/ap%69/settings.set', { method: 'POST', mode: 'no-cors', body: body({ key: 'organisation', value: 'Mallory Academy' }) })],
      ['no-cors plain settings.set', () => fetch(trainer + '/api/settings.set', { method: 'POST', mode: 'no-cors', body: body({ key: 'organisation', value: 'Mallory Academy' }) })],
      ['cors json trainees.create', () => fetch(trainer + '/api/trainees.create', { method: 'POST', headers: { 'content-type': 'application/json' }, body: body({ name: 'Mallory' }) })],
      ['cors read trainees.list', () => fetch(trainer + '/api/trainees.list', { method: 'POST', body: '{}' }).then((r) => r.text())],
      ['cors read exportCsv', () => fetch(trainer + '/%61pi/records.exportCsv', { method: 'POST', body: body({ all: true }) }).then((r) => r.text())],
    ];
    (async () => {
      const list = document.getElementById('results');
      for (const [name, attempt] of tries) {
        let outcome;
        try { const result = await attempt(); outcome = typeof result === 'string' ? 'read: ' + result.slice(0, 80) : 'sent (' + result.type + ')'; }
        catch (error) { outcome = 'failed: ' + error.message; }
        const item = document.createElement('li');
        item.textContent = name + ' -> ' + outcome;
        list.append(item);
      }
      document.getElementById('done').textContent = 'All attempts made';
    })();`;
  return `<!doctype html><title>Another site</title>
    <form id="form" method="post" enctype="text/plain" action="${trainerOrigin}/api/trainees.create">
      <input type="hidden" name='{"name":"Mallory","x":"' value='"}'><button>Post the form</button></form>
    <ul id="results"></ul><p id="done"></p><script>${attempts}</script>`;
}

describe('a page on another origin cannot change or read the trainer', () => {
  let trainer: RunningTrainer;
  let browser: Browser;
  let other: Server;
  let otherOrigin = '';

  beforeAll(async () => {
    [trainer, browser] = await Promise.all([startTrainer(), launchChromium()]);
    other = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostilePage(trainer.origin));
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await browser?.close();
    if (other) await new Promise((resolve) => other.close(resolve));
    await trainer?.stop();
    if (trainer) removeDir(trainer.dataDir);
  });

  const call = async (method: string, input: unknown) => {
    const token = new URL(trainer.url).searchParams.get('token') ?? '';
    const response = await fetch(`${trainer.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-trainer-token': token },
      body: JSON.stringify(input),
    });
    return (await response.json()) as ApiResponse<unknown>;
  };

  test('no-cors posts, encoded paths, a form post and CORS requests change nothing and read nothing', async () => {
    const before = await Promise.all([call('trainees.list', {}), call('settings.get', { key: 'organisation' })]);
    const page = await browser.newPage();
    await page.goto(otherOrigin);
    await expect.poll(() => page.getByText('All attempts made').isVisible()).toBe(true);
    const outcomes = await page.getByRole('listitem').allTextContents();
    expect(outcomes).toHaveLength(7);
    for (const outcome of outcomes) expect(outcome).not.toMatch(/-> read:/);
    const afterFetches = await Promise.all([call('trainees.list', {}), call('settings.get', { key: 'organisation' })]);
    expect(afterFetches).toEqual(before);
    // A form post navigates to the trainer's answer: wait until it shows.
    await page.getByRole('button', { name: 'Post the form' }).click();
    await expect.poll(() => page.locator('body').textContent()).toMatch(/refused because it was not sent as JSON/);

    const after = await Promise.all([call('trainees.list', {}), call('settings.get', { key: 'organisation' })]);
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).not.toContain('Mallory');
    await page.close();
  });
});
