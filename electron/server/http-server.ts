import { createHash, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { ApiErrorCode, ApiResponse } from '../../shared/api/contract';
import { firstScreenAnswers, withFirstScreenAnswers } from './first-screen';
import { crossSiteRefusal, oddRequestTarget } from './request-guard';
import type { Backend } from '../backend/types';
import { INTERNAL_ERROR_MESSAGE } from '../backend/dispatcher';

export interface HttpServerOptions {
  backend: Backend;
  /** The built renderer (dist/renderer, with index.html). */
  rendererDir: string;
  /** Per-launch secret every API request must carry in the x-trainer-token header. */
  token: string;
  /** 127.0.0.1 unless the user explicitly asked for another address. */
  host: string;
  /** 0 picks any free port. */
  port: number;
}

export interface HttpServer {
  /** The address to open, with `?token=...` for the renderer to pick up. */
  url: string;
  port: number;
  /** The fastify instance, for `inject` in tests. */
  app: FastifyInstance;
  close(): Promise<void>;
}

export const TOKEN_HEADER = 'x-trainer-token';
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
    "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

const STATUS_BY_CODE: Record<ApiErrorCode, number> = {
  'bad-input': 400,
  'unknown-method': 404,
  'not-found': 404,
  conflict: 409,
  internal: 500,
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const WILDCARD = new Set(['0.0.0.0', '::']);

const bracketed = (host: string) => (host.includes(':') ? `[${host}]` : host);

/** The Host header values a browser sends for this server: DNS rebinding is refused with 403. */
function allowedHostHeaders(host: string, port: number): Set<string> {
  const names = new Set(LOOPBACK);
  if (WILDCARD.has(host)) {
    for (const addresses of Object.values(networkInterfaces())) {
      for (const address of addresses ?? []) names.add(address.address);
    }
  } else {
    names.add(host);
  }
  return new Set([...names].map((name) => `${bracketed(name)}:${port}`.toLowerCase()));
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

const isApi = (request: FastifyRequest) => request.url === '/api' || request.url.startsWith('/api/');

function sendApi(reply: FastifyReply, response: ApiResponse<unknown>, status?: number): FastifyReply {
  const code = status ?? (response.ok ? 200 : STATUS_BY_CODE[response.error.code]);
  return reply.code(code).header('cache-control', 'no-store').type('application/json; charset=utf-8').send(response);
}

const apiFailure = (code: ApiErrorCode, message: string): ApiResponse<never> => ({ ok: false, error: { code, message } });

function refuse(request: FastifyRequest, reply: FastifyReply, status: 400 | 401 | 403, message: string): FastifyReply {
  if (isApi(request)) return sendApi(reply, apiFailure('bad-input', message), status);
  return reply.code(status).type('text/plain; charset=utf-8').send(message);
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** 'public' for the renderer's own files; any other route requires the per-launch token. */
    access?: 'public';
  }
}

/**
 * Registers the renderer's files as the only public routes. Source maps are kept out of reach.
 * The launch page opened with the running trainer's token (`/?token=...`) also carries the first
 * screen's answers (first-screen.ts), so the scenario list needs no round trip; without the token
 * it is the plain page, which asks the API (with the token) like every later screen.
 */
async function publicScreens(scope: FastifyInstance, options: HttpServerOptions): Promise<void> {
  const { rendererDir, backend, token } = options;
  scope.addHook('onRoute', (route) => {
    route.config = { ...route.config, access: 'public' };
  });
  if (existsSync(join(rendererDir, 'index.html'))) {
    const indexHtml = readFileSync(join(rendererDir, 'index.html'), 'utf8');
    scope.get<{ Querystring: { token?: unknown } }>('/', async (request, reply) => {
      const given = request.query.token;
      const page =
        typeof given === 'string' && given !== '' && sameSecret(given, token)
          ? withFirstScreenAnswers(indexHtml, await firstScreenAnswers(backend))
          : indexHtml;
      return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(page);
    });
    await scope.register(fastifyStatic, {
      root: rendererDir,
      prefix: '/',
      wildcard: true,
      index: false,
      dotfiles: 'deny',
      allowedPath: (pathName) => !pathName.endsWith('.map'),
    });
    return;
  }
  scope.get('/', async (_request, reply) =>
    reply
      .code(503)
      .type('text/plain; charset=utf-8')
      .send(`The NextGen Trainer screens are not built (no index.html in ${rendererDir}). Run "npm run build", then start it again.`),
  );
}

/**
 * Browser mode: the built renderer and the API on one loopback address.
 * POST /api/<method> with the method's input as JSON answers with the
 * dispatcher's ApiResponse. Every request must be a plain path (see
 * request-guard.ts) naming this server in its Host header; a request that may
 * change something must be JSON from this server's own origin; and every
 * route but the renderer's files requires the per-launch token, decided on
 * the route that matched. Nothing is logged (request bodies may hold what a
 * trainee typed).
 */
export async function createHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const { backend, token } = options;
  const app = Fastify({ logger: false, bodyLimit: BODY_LIMIT_BYTES, forceCloseConnections: true });
  let allowedHosts = new Set<string>();

  app.addHook('onRequest', async (request, reply) => {
    const odd = oddRequestTarget(request.raw.url);
    if (odd !== null) return refuse(request, reply, 400, `This request was refused: ${odd}.`);
    const host = (request.headers.host ?? '').toLowerCase();
    if (!allowedHosts.has(host)) {
      return refuse(request, reply, 403, 'This address is not allowed. Open NextGen Trainer at the address it printed when it started (http://127.0.0.1:<port>/...).');
    }
    const crossSite = crossSiteRefusal(request.method, request.headers);
    if (crossSite !== null) return refuse(request, reply, 403, `This request was refused because ${crossSite}. Use NextGen Trainer from its own page.`);
    // Decided on the route that matched: only the renderer's files are public; every other route needs the token.
    if (request.is404 || request.routeOptions.config.access === 'public') return undefined;
    const given = request.headers[TOKEN_HEADER];
    if (typeof given !== 'string' || given === '') {
      return refuse(request, reply, 401, 'This request did not carry the trainer\'s access token. Open NextGen Trainer at the full address it printed when it started (it ends in "?token=...").');
    }
    if (!sameSecret(given, token)) {
      return refuse(request, reply, 401, 'This page\'s access token is not the running trainer\'s (a new one is made each time it starts). Open the address it printed when it started.');
    }
    return undefined;
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    return payload;
  });

  // Set before the routes: a route keeps the error handler in place when it was added.
  app.setErrorHandler(async (error: { statusCode?: number; code?: string }, request, reply) => {
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    const message =
      error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
        ? `The request body is larger than the ${BODY_LIMIT_BYTES / 1024 / 1024} MiB the trainer accepts.`
        : status < 500
          ? 'The request could not be read.'
          : INTERNAL_ERROR_MESSAGE;
    if (isApi(request)) return sendApi(reply, apiFailure(status < 500 ? 'bad-input' : 'internal', message), status);
    return reply.code(status).type('text/plain; charset=utf-8').send(message);
  });

  // The body is read as text and parsed below, so that malformed JSON gets a clear answer.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.post<{ Params: { method: string } }>('/api/:method', async (request, reply) => {
    const body = request.body;
    let input: unknown;
    if (typeof body === 'string' && body.trim() !== '') {
      try {
        input = JSON.parse(body);
      } catch (error) {
        const reason = error instanceof Error ? error.message : 'parse error';
        return sendApi(reply, apiFailure('bad-input', `The request body is not valid JSON (${reason}). Send the method's input as a JSON object.`));
      }
    }
    return sendApi(reply, await backend.call(request.params.method, input));
  });

  await app.register(async (scope) => publicScreens(scope, options));

  app.setNotFoundHandler(async (request, reply) => {
    if (isApi(request)) {
      return sendApi(reply, apiFailure('unknown-method', 'Not found: call an API method with POST /api/<method> and a JSON body.'), 404);
    }
    return reply.code(404).type('text/plain; charset=utf-8').send('Not found.');
  });

  await app.listen({ host: options.host, port: options.port });
  const port = (app.server.address() as AddressInfo).port;
  allowedHosts = allowedHostHeaders(options.host, port);
  const urlHost = WILDCARD.has(options.host) ? '127.0.0.1' : bracketed(options.host);

  return {
    url: `http://${urlHost}:${port}/?token=${encodeURIComponent(token)}`,
    port,
    app,
    close: () => app.close(),
  };
}
