import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { ApiResponse } from '../../../shared/api/contract';
import { FIRST_SCREEN_CALLS, FIRST_SCREEN_ELEMENT_ID, inertJson, type FirstScreenAnswer } from '../../../electron/server/first-screen';
import { createHttpServer, SECURITY_HEADERS, type HttpServer } from '../../../electron/server/http-server';
import type { Backend } from '../../../electron/backend/types';
import { openBackend, tempDir } from '../support/backend';

const TOKEN = 'first-screen-token-0123456789abcdefghijklmn';
const HOSTILE = '</script><script>alert(1)</script><!-- & \u2028\u2029 "quoted"';
const servers: HttpServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function serve(backend: Backend) {
  const rendererDir = join(tempDir('ngt-renderer-'), 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>NextGen Trainer</title></head><body><div id="root"></div></body></html>');
  const server = await createHttpServer({ backend, rendererDir, token: TOKEN, host: '127.0.0.1', port: 0 });
  servers.push(server);
  const host = `127.0.0.1:${server.port}`;
  return (url: string) => server.app.inject({ method: 'GET', url, headers: { host } });
}

/** The data block's JSON, read back as the renderer reads it, or null when the page has none. */
function carried(html: string): FirstScreenAnswer[] | null {
  const match = new RegExp(`<script type="application/json" id="${FIRST_SCREEN_ELEMENT_ID}">(.*?)</script>`, 's').exec(html);
  return match?.[1] === undefined ? null : (JSON.parse(match[1]) as FirstScreenAnswer[]);
}

describe("the launch page carries the first screen's answers", () => {
  test('opened with the token, it holds the answers the API gives, and stays uncached under the same strict policy', async () => {
    const backend = openBackend();
    const get = await serve(backend);
    const page = await get(`/?token=${TOKEN}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(page.headers[name]).toBe(value);
    const answers = carried(page.body);
    expect(answers?.map(({ method, input, lasting }) => [method, input, lasting])).toEqual(FIRST_SCREEN_CALLS.map((call) => [...call]));
    expect(answers?.filter((answer) => answer.lasting).map((answer) => answer.method)).toEqual(['app.info', 'scenarios.list']);
    for (const answer of answers ?? []) expect(answer.response).toEqual(await backend.call(answer.method, answer.input));
    expect(page.body.indexOf(FIRST_SCREEN_ELEMENT_ID)).toBeLessThan(page.body.indexOf('</head>'));
  });

  test('without the token, or with another one, it is the plain page: the API still needs the token', async () => {
    const get = await serve(openBackend());
    for (const url of ['/', '/?token=', '/?token=not-the-token', '/index.html']) {
      const page = await get(url);
      expect(page.statusCode, url).toBe(200);
      expect(page.body, url).toContain('<div id="root">');
      expect(carried(page.body), url).toBeNull();
      expect(page.body, url).not.toContain(FIRST_SCREEN_ELEMENT_ID);
    }
  });

  test("an author's hostile text stays inert text inside the data block and reads back unchanged", async () => {
    const hostile: Backend = {
      call: async (method) => ({ ok: true, value: method === 'scenarios.list' ? [{ id: 'x', title: HOSTILE }] : null }) as ApiResponse<unknown>,
      close: () => undefined,
    };
    const get = await serve(hostile);
    const page = await get(`/?token=${TOKEN}`);
    expect(page.body).not.toContain('alert(1)</script>');
    expect(page.body.match(/<script/g)).toHaveLength(1);
    expect(page.body.match(/<\/script>/g)).toHaveLength(1);
    const list = carried(page.body)?.find((answer) => answer.method === 'scenarios.list');
    expect(list?.response).toEqual({ ok: true, value: [{ id: 'x', title: HOSTILE }] });
  });

  test('inertJson writes no <, > or & and no line separator, and parses back to the same value', () => {
    const text = inertJson({ title: HOSTILE });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual({ title: HOSTILE });
  });
});
