import { connect } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { crossSiteRefusal, oddRequestTarget } from '../../../electron/server/request-guard';
import { createHttpServer, type HttpServer } from '../../../electron/server/http-server';
import { METHOD_NAMES as API_METHODS } from '../../../shared/api/contract';
import { openBackend, tempDir, type TestBackend } from '../support/backend';

const TOKEN = 'guard-token-0123456789abcdefghijklmnopqrstu';
const servers: HttpServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function serve(): Promise<{ server: HttpServer; backend: TestBackend }> {
  const backend = openBackend();
  const server = await createHttpServer({ backend, rendererDir: tempDir('ngt-guard-'), token: TOKEN, host: '127.0.0.1', port: 0 });
  servers.push(server);
  return { server, backend };
}

/** Sends one request exactly as written (fetch and inject would normalise the target), and returns status and body. */
function rawRequest(port: number, target: string, headers: Record<string, string>, body = '{}'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('utf8')));
    socket.on('error', reject);
    socket.on('end', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0);
      resolve({ status, body: received.slice(received.indexOf('\r\n\r\n') + 4) });
    });
    const head = Object.entries({ host: `127.0.0.1:${port}`, 'content-length': String(Buffer.byteLength(body)), connection: 'close', ...headers })
      .map(([name, value]) => `${name}: ${value}`)
      .join('\r\n');
    socket.write(`POST ${target} HTTP/1.1\r\n${head}\r\n\r\n${body}`);
  });
}

describe('request targets the router could read another way are refused', () => {
  test.each([
    ['/%61pi/trainees.list'],
    ['/ap%69/records.exportCsv'],
    ['/%2561pi/trainees.list'],
    ['/api/%2e%2e/api/trainees.list'],
    ['/api%2Ftrainees.list'],
    ['//api/trainees.list'],
    ['/api//trainees.list'],
    ['/./api/trainees.list'],
    ['/x/../api/trainees.list'],
    ['/api./trainees.list'],
    ['/api/trainees.list.'],
    ['/api\\trainees.list'],
    ['http://127.0.0.1:4780/api/app.info'],
    ['127.0.0.1:4780'],
    ['*'],
  ])('%s', (target) => {
    expect(oddRequestTarget(target)).not.toBeNull();
  });

  test.each([['/'], ['/index.html'], ['/assets/index-Bx9_q1.js'], ['/api/trainees.list'], ['/?token=a%2Bb%3D'], ['/assets/']])('%s is a plain path', (target) => {
    expect(oddRequestTarget(target)).toBeNull();
  });
});

describe('requests that may change something must be JSON from this origin', () => {
  const host = '127.0.0.1:4780';
  test('text/plain, forms and multipart are refused (a cross-origin page can send those without asking)', () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', undefined]) {
      expect(crossSiteRefusal('POST', { host, 'content-type': type })).toMatch(/JSON/);
    }
  });
  test('another origin or another site is refused; the own origin, or none (a program), is accepted', () => {
    const json = { host, 'content-type': 'application/json' };
    expect(crossSiteRefusal('POST', { ...json, origin: 'http://127.0.0.1:9999' })).toMatch(/another origin/);
    expect(crossSiteRefusal('POST', { ...json, origin: 'null' })).toMatch(/another origin/);
    expect(crossSiteRefusal('POST', { ...json, 'sec-fetch-site': 'cross-site' })).toMatch(/another site/);
    expect(crossSiteRefusal('POST', { ...json, 'sec-fetch-site': 'same-site' })).toMatch(/another site/);
    expect(crossSiteRefusal('POST', { ...json, origin: `http://${host}`, 'sec-fetch-site': 'same-origin' })).toBeNull();
    expect(crossSiteRefusal('POST', { ...json, 'content-type': 'application/json; charset=utf-8' })).toBeNull();
    expect(crossSiteRefusal('GET', { host, 'sec-fetch-site': 'cross-site' })).toBeNull();
  });
});

describe('browser mode over a real socket', () => {
  const bypasses = [
    '/%61pi/trainees.list',
    '/ap%69/records.exportCsv',
    '/%2561pi/trainees.create',
    '/%2e/api/trainees.create',
    '//api/trainees.create',
    '/api./trainees.create',
    '/API/trainees.create',
    '/Api/trainees.list',
    '/api/trainees.create/',
  ];

  test('no encoded, doubled, dotted or differently cased path reaches the API without the token, and nothing changes', async () => {
    const { server, backend } = await serve();
    for (const target of bypasses) {
      const answer = await rawRequest(server.port, target, { 'content-type': 'application/json' }, '{"name":"Mallory","all":true}');
      expect([400, 401, 404], target).toContain(answer.status);
      expect(answer.body, target).not.toMatch(/"ok":true/);
    }
    const absolute = await rawRequest(server.port, `http://127.0.0.1:${server.port}/api/trainees.create`, { 'content-type': 'application/json' }, '{"name":"Mallory"}');
    expect(absolute.status).toBe(400);
    const listed = await backend.call('trainees.list', {});
    expect(listed).toMatchObject({ ok: true });
    expect(JSON.stringify(listed)).not.toContain('Mallory');
  });

  test('every API method requires the token, decided on the matched route', async () => {
    const { server } = await serve();
    for (const method of API_METHODS) {
      const answer = await rawRequest(server.port, `/api/${method}`, { 'content-type': 'application/json' });
      expect(answer.status, method).toBe(401);
    }
  });

  test('a text/plain POST with the token, or JSON from another origin with the token, is refused with 403', async () => {
    const { server, backend } = await serve();
    const plain = await rawRequest(server.port, '/api/trainees.create', { 'content-type': 'text/plain', 'x-trainer-token': TOKEN }, '{"name":"Mallory"}');
    expect(plain.status).toBe(403);
    const foreign = await rawRequest(
      server.port,
      '/api/trainees.create',
      { 'content-type': 'application/json', 'x-trainer-token': TOKEN, origin: 'http://127.0.0.1:1' },
      '{"name":"Mallory"}',
    );
    expect(foreign.status).toBe(403);
    const own = await rawRequest(
      server.port,
      '/api/trainees.create',
      { 'content-type': 'application/json', 'x-trainer-token': TOKEN, origin: `http://127.0.0.1:${server.port}`, 'sec-fetch-site': 'same-origin' },
      '{"name":"Ada"}',
    );
    expect(own.status).toBe(200);
    expect(JSON.stringify(await backend.call('trainees.list', {}))).not.toContain('Mallory');
  });
});
