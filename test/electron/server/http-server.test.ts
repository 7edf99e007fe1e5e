import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { ApiResponse } from '../../../shared/api/contract';
import { createHttpServer, SECURITY_HEADERS, type HttpServer } from '../../../electron/server/http-server';
import { badInputSuite } from '../support/bad-inputs';
import { openBackend, tempDir, type TestBackend } from '../support/backend';

const TOKEN = 'test-token-0123456789abcdefghijklmnopqrstuv';
const servers: HttpServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

function rendererDir(): string {
  const dir = join(tempDir('ngt-renderer-'), 'renderer');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>NextGen Trainer</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("trainer");');
  writeFileSync(join(dir, 'assets', 'app.js.map'), '{"version":3,"sources":["../../renderer/app/secret-source.tsx"]}');
  return dir;
}

async function serve(options: { backend?: TestBackend; rendererDir?: string } = {}) {
  const backend = options.backend ?? openBackend();
  const server = await createHttpServer({ backend, rendererDir: options.rendererDir ?? rendererDir(), token: TOKEN, host: '127.0.0.1', port: 0 });
  servers.push(server);
  const host = `127.0.0.1:${server.port}`;
  const post = (method: string, payload: string | undefined, headers: Record<string, string> = {}) =>
    server.app.inject({
      method: 'POST',
      url: `/api/${method}`,
      headers: { host, 'x-trainer-token': TOKEN, 'content-type': 'application/json', ...headers },
      ...(payload === undefined ? {} : { payload }),
    });
  return { server, backend, host, post };
}

let shared: Awaited<ReturnType<typeof serve>> | null = null;
badInputSuite(
  'HTTP',
  () => ({
    call: async (method, input) => {
      shared = await serve();
      const response = await shared.post(method, JSON.stringify(input));
      return { response: response.json<ApiResponse<unknown>>(), status: response.statusCode };
    },
  }),
  400,
);

describe('the browser-mode HTTP server', () => {
  test('prints an address on 127.0.0.1 with its port and the token', async () => {
    const { server } = await serve();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${TOKEN}`);
    expect(server.port).toBeGreaterThan(0);
  });

  test('answers a real request over the network stack, with the same result as the dispatcher', async () => {
    const { server, backend } = await serve();
    const response = await fetch(`http://127.0.0.1:${server.port}/api/scenarios.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-trainer-token': TOKEN },
      body: '{}',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(await backend.call('scenarios.list', {}));
  });

  test('answers a bad input with its issues, each with its path and message, as the dispatcher does', async () => {
    const { post, backend } = await serve();
    const input = { name: '', email: 'nope' };
    const response = await post('trainees.create', JSON.stringify(input));
    expect(response.statusCode).toBe(400);
    const body = response.json<ApiResponse<unknown>>();
    expect(body).toMatchObject({
      ok: false,
      error: {
        code: 'bad-input',
        issues: [
          { path: ['name'], message: 'must not be empty' },
          { path: ['email'], message: 'must be an e-mail address' },
        ],
      },
    });
    expect(body).toEqual(await backend.call('trainees.create', input));
  });

  test('maps API errors to HTTP statuses: 404 unknown method and not found, 409 conflict', async () => {
    const { post } = await serve();
    const unknown = await post('attempts.delete', '{}');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ ok: false, error: { code: 'unknown-method' } });

    const missing = await post('attempts.get', '{"attemptId":"nope"}');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ ok: false, error: { code: 'not-found' } });

    const started = (await post('attempts.start', '{"scenarioId":"cmecf-link-bankruptcy","mode":"practice"}')).json<{
      value: { attempt: { id: string } };
    }>();
    const append = () => post('attempts.append', JSON.stringify({ attemptId: started.value.attempt.id, seq: 1, event: { type: 'browser/reloaded' } }));
    expect((await append()).statusCode).toBe(200);
    const clash = await append();
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  test('answers malformed JSON with 400 and says the body is not JSON', async () => {
    const { post } = await serve();
    for (const payload of ['{"scenarioId": "cmecf-link-bankruptcy",', "{'key': 'organisation'}", 'key=organisation']) {
      const response = await post('settings.get', payload);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/not valid JSON/) } });
    }
    const empty = await post('app.info', undefined);
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/expected object/) } });
  });

  test('refuses a body over 2 MiB with 413', async () => {
    const { post } = await serve();
    const response = await post('settings.set', JSON.stringify({ key: 'organisation', value: 'x'.repeat(2 * 1024 * 1024) }));
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/larger than the 2 MiB/) } });
  });

  test('requires the per-launch token on API requests (401)', async () => {
    const { server, host, post } = await serve();
    for (const headers of [{ 'x-trainer-token': '' }, { 'x-trainer-token': 'guessed' }, { 'x-trainer-token': `${TOKEN}x` }]) {
      const response = await post('app.info', '{}', headers);
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ ok: false, error: { message: expect.stringMatching(/access token/) } });
    }
    const missing = await server.app.inject({ method: 'POST', url: '/api/app.info', headers: { host, 'content-type': 'application/json' }, payload: '{}' });
    expect(missing.statusCode).toBe(401);
    expect(missing.json()).toMatchObject({ ok: false, error: { message: expect.stringMatching(/did not carry the trainer's access token/) } });
    expect((await post('app.info', '{}')).statusCode).toBe(200);
  });

  test('accepts only its own Host header, for pages and the API (403 otherwise: DNS rebinding)', async () => {
    const { server, post } = await serve();
    for (const host of [`127.0.0.1:${server.port}`, `localhost:${server.port}`, `LOCALHOST:${server.port}`, `[::1]:${server.port}`]) {
      expect((await server.app.inject({ method: 'GET', url: '/', headers: { host } })).statusCode).toBe(200);
      expect((await post('app.info', '{}', { host })).statusCode).toBe(200);
    }
    for (const host of ['attacker.example', `attacker.example:${server.port}`, '127.0.0.1', `127.0.0.1:${server.port + 1}`, '']) {
      const page = await server.app.inject({ method: 'GET', url: '/', headers: { host } });
      expect(page.statusCode, host).toBe(403);
      expect(page.body).not.toContain('<script');
      expect((await post('app.info', '{}', { host })).statusCode, host).toBe(403);
    }
  });

  test('serves the built renderer with a strict Content-Security-Policy and no-sniff, no-referrer headers', async () => {
    const { server, host, post } = await serve();
    const page = await server.app.inject({ method: 'GET', url: '/', headers: { host } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>NextGen Trainer</title>');
    const script = await server.app.inject({ method: 'GET', url: '/assets/app.js', headers: { host } });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
    for (const response of [page, script, await post('app.info', '{}')]) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers[name]).toBe(value);
    }
    expect(page.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect((await server.app.inject({ method: 'GET', url: '/../../etc/passwd', headers: { host } })).statusCode).toBe(404);
    expect((await server.app.inject({ method: 'GET', url: '/api/app.info', headers: { host, 'x-trainer-token': TOKEN } })).statusCode).toBe(404);
  });

  test('does not serve source maps', async () => {
    const { server, host } = await serve();
    const map = await server.app.inject({ method: 'GET', url: '/assets/app.js.map', headers: { host } });
    expect(map.statusCode).toBe(404);
    expect(map.body).not.toContain('secret-source');
  });

  test('says plainly when the renderer has not been built', async () => {
    const { server, host } = await serve({ rendererDir: join(tempDir(), 'missing') });
    const page = await server.app.inject({ method: 'GET', url: '/', headers: { host } });
    expect(page.statusCode).toBe(503);
    expect(page.body).toMatch(/npm run build/);
  });

  test('never logs: a request body is not written to stdout or stderr', async () => {
    const written: string[] = [];
    const capture = (stream: NodeJS.WriteStream) => {
      const original = stream.write.bind(stream);
      stream.write = ((chunk: unknown, ...rest: unknown[]) => {
        written.push(String(chunk));
        return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof stream.write;
      return () => (stream.write = original);
    };
    const restore = [capture(process.stdout), capture(process.stderr)];
    try {
      const { post } = await serve();
      await post('trainees.create', JSON.stringify({ name: 'Secret-Name-7731' }));
      await post('trainees.create', '{"name": "Secret-Name-7731"');
    } finally {
      for (const undo of restore) undo();
    }
    expect(written.join('')).not.toContain('Secret-Name-7731');
  });
});
