import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { ROOT, removeDir } from '../e2e/support/browser-mode';
import { percentile } from './measure';

// A class at once: 100 trainees, each listing the scenarios, starting an attempt, clicking
// through it, reading it back and finishing it, 2,000 requests in all, against one trainer.
const TRAINEES = 100;
const APPENDS_PER_TRAINEE = 16;
const LONG_ATTEMPT_EVENTS = 2_000;
const SCENARIO_ID = 'cmecf-link-bankruptcy';
const EVENT = { type: 'cmecf/menu-opened', courtId: 'moeb', menu: 'Utilities' };

const made: string[] = [];
afterAll(() => made.forEach(removeDir));

interface Server {
  origin: string;
  token: string;
  stop(): Promise<void>;
}

async function spawnServer(command: string[]): Promise<Server> {
  const child = spawn(process.execPath, command, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<URL>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${command.join(' ')} exited with ${code}:\n${output}`)));
    child.stdout.on('data', () => {
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(new URL(match[1]));
    });
  });
  return {
    origin: url.origin,
    token: url.searchParams.get('token') ?? '',
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

interface Answer {
  status: number;
  body: { ok?: boolean; value?: unknown };
  ms: number;
}

/** One API call over a keep-alive connection, as the trainer's page makes it. */
function call(server: Server, agent: Agent, method: string, input: unknown): Promise<Answer> {
  const body = JSON.stringify(input);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const sent = request(
      `${server.origin}/api/${method}`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-trainer-token': server.token },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          let parsed: Answer['body'] = {};
          try {
            parsed = JSON.parse(text) as Answer['body'];
          } catch {
            // counted as an error below
          }
          resolve({ status: response.statusCode ?? 0, body: parsed, ms: performance.now() - started });
        });
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

interface LoadResult {
  latencies: number[];
  byMethod: Map<string, number[]>;
  errors: number;
  wallMs: number;
}

/** Every trainee's session in turn on its own connection, all of them at once. */
async function classroom(server: Server, constantRoute: boolean): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: TRAINEES });
  const latencies: number[] = [];
  const byMethod = new Map<string, number[]>();
  let errors = 0;
  const timed = async (method: string, input: unknown): Promise<Answer> => {
    try {
      const answer = await call(server, agent, method, input);
      latencies.push(answer.ms);
      byMethod.set(method, [...(byMethod.get(method) ?? []), answer.ms]);
      if (answer.status !== 200 || answer.body.ok !== true) errors += 1;
      return answer;
    } catch {
      errors += 1;
      return { status: 0, body: {}, ms: 0 };
    }
  };
  const session = async () => {
    await timed('scenarios.list', {});
    const started = await timed('attempts.start', { scenarioId: SCENARIO_ID, mode: 'practice' });
    const attemptId = constantRoute ? 'constant' : (started.body.value as { attempt?: { id?: string } } | undefined)?.attempt?.id;
    for (let seq = 1; seq <= APPENDS_PER_TRAINEE; seq += 1) await timed('attempts.append', { attemptId, seq, event: EVENT });
    await timed('attempts.get', { attemptId });
    await timed('attempts.finish', { attemptId, reason: 'completed' });
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: TRAINEES }, session));
  const wallMs = performance.now() - began;
  agent.destroy();
  return { latencies, byMethod, errors, wallMs };
}

/** Mean append time over the first and the last 200 events of one long attempt, one trainee alone. */
async function appendGrowth(server: Server): Promise<{ first: number; last: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const started = await call(server, agent, 'attempts.start', { scenarioId: SCENARIO_ID, mode: 'practice' });
  const attemptId = (started.body.value as { attempt: { id: string } }).attempt.id;
  const times: number[] = [];
  for (let seq = 1; seq <= LONG_ATTEMPT_EVENTS; seq += 1) {
    const answer = await call(server, agent, 'attempts.append', { attemptId, seq, event: EVENT });
    if (answer.body.ok !== true) throw new Error(`append ${seq} failed: ${JSON.stringify(answer.body)}`);
    times.push(answer.ms);
  }
  agent.destroy();
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  return { first: mean(times.slice(0, 200)), last: mean(times.slice(-200)) };
}

const describe = (name: string, result: LoadResult) =>
  `${name}: p50 ${percentile(result.latencies, 50).toFixed(1)} ms, p99 ${percentile(result.latencies, 99).toFixed(1)} ms, ` +
  `${result.errors} errors, ${result.latencies.length} requests in ${result.wallMs.toFixed(0)} ms`;

test('a class at once: 2,000 requests at concurrency 100 against one trainer vs a bare Fastify route answering a constant', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'trainer-bench-load-'));
  made.push(dataDir);
  const trainer = await spawnServer([join(ROOT, 'dist/electron/serve.cjs'), '--port', '0', '--data', dataDir]);
  const bare = await spawnServer([join(ROOT, 'test/bench/fixtures/bare-fastify.mjs')]);
  try {
    // Warm both up (JIT, first connections), then alternate so that a busy moment falls on both.
    await classroom(bare, true);
    await classroom(trainer, false);
    const bareResult = await classroom(bare, true);
    const trainerResult = await classroom(trainer, false);
    console.log(`[bench] ${describe('API under a class (trainer)', trainerResult)}`);
    console.log(`[bench] ${describe('bare Fastify constant route', bareResult)}`);
    const methods = [...trainerResult.byMethod].map(([method, ms]) => `${method} p50 ${percentile(ms, 50).toFixed(1)} / p99 ${percentile(ms, 99).toFixed(1)} ms`);
    console.log(`[bench] API under a class, by method: ${methods.join('; ')}`);
    const ratio = (p: number) => (percentile(trainerResult.latencies, p) / percentile(bareResult.latencies, p)).toFixed(2);
    console.log(`[bench] API under a class: p50 ${ratio(50)}x, p99 ${ratio(99)}x the bare route`);
    const growth = await appendGrowth(trainer);
    console.log(
      `[bench] attempts.append in one attempt: events 1801-2000 ${growth.last.toFixed(2)} ms vs events 1-200 ${growth.first.toFixed(2)} ms = ${(growth.last / growth.first).toFixed(2)}x`,
    );
    expect(trainerResult.latencies).toHaveLength(TRAINEES * (APPENDS_PER_TRAINEE + 4));
  } finally {
    await Promise.all([trainer.stop(), bare.stop()]);
  }
});
