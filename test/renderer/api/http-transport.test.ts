import { describe, expect, test, vi, type Mock } from 'vitest';
import { createHttpTransport, TOKEN_STORAGE_KEY } from '../../../renderer/api/http-transport';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value), data };
}

function deps({
  search = '',
  fetch = vi.fn<typeof globalThis.fetch>(async () => Response.json({ ok: true, value: { seq: 1 } })),
  storage = memoryStorage(),
}: { search?: string; fetch?: Mock<typeof globalThis.fetch>; storage?: ReturnType<typeof memoryStorage> } = {}) {
  const location = { origin: 'http://127.0.0.1:4317', search, pathname: '/', hash: '#/play/cmecf-link-bankruptcy?mode=practice' };
  return { fetch, location, storage, history: { replaceState: vi.fn() } };
}

describe('browser-mode HTTP transport', () => {
  test('posts JSON to /api/<method> with the launch token header', async () => {
    const d = deps({ search: '?token=abc123' });
    const transport = createHttpTransport(d);
    const answer = await transport.call('attempts.append', { attemptId: 'a1', seq: 1 });
    expect(answer).toEqual({ ok: true, value: { seq: 1 } });
    const [url, init] = d.fetch.mock.calls[0]!;
    expect(url).toBe('http://127.0.0.1:4317/api/attempts.append');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({ 'content-type': 'application/json', 'x-trainer-token': 'abc123' });
    expect(JSON.parse(String(init?.body))).toEqual({ attemptId: 'a1', seq: 1 });
  });

  test('keeps the token in sessionStorage and takes it out of the visible address', () => {
    const d = deps({ search: '?token=abc123' });
    createHttpTransport(d);
    expect(d.storage.data.get(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(d.history.replaceState).toHaveBeenCalledWith(null, '', '/#/play/cmecf-link-bankruptcy?mode=practice');
  });

  test('after a reload (no token in the address) it uses the stored token', async () => {
    const d = deps({ storage: memoryStorage({ [TOKEN_STORAGE_KEY]: 'kept-token' }) });
    await createHttpTransport(d).call('app.info', {});
    expect(d.fetch.mock.calls[0]![1]?.headers).toMatchObject({ 'x-trainer-token': 'kept-token' });
    expect(d.history.replaceState).not.toHaveBeenCalled();
  });

  test('a network failure becomes an error answer with a clear message', async () => {
    const d = deps({ fetch: vi.fn<typeof globalThis.fetch>(async () => Promise.reject(new TypeError('Failed to fetch'))) });
    const answer = await createHttpTransport(d).call('app.info', {});
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'Cannot reach the trainer at http://127.0.0.1:4317 (Failed to fetch). Check that the trainer is still running, then try again.',
      },
    });
  });

  test("the backend's error answer is passed through as it is", async () => {
    const error = { code: 'bad-input', message: 'seq: must be at least 1' };
    const d = deps({ fetch: vi.fn<typeof globalThis.fetch>(async () => Response.json({ ok: false, error }, { status: 400 })) });
    expect(await createHttpTransport(d).call('attempts.append', {})).toEqual({ ok: false, error });
  });

  test('a refused token says how to open the app', async () => {
    const d = deps({ fetch: vi.fn<typeof globalThis.fetch>(async () => new Response('forbidden', { status: 403 })) });
    const answer = await createHttpTransport(d).call('app.info', {});
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.message).toMatch(/not opened from the trainer.s launch address/);
  });
});
