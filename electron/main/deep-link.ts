/**
 * Deep links from the command line: `--scenario=<id>` and `--mode=practice|assess`
 * open `#/play/<id>?mode=<mode>`. The id must look like a scenario id (the
 * contract's slug rule); anything else is ignored and the app opens at home.
 */

/** Same rule as `scenarioId` in shared/api/contract.ts. */
const SCENARIO_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MODES = ['practice', 'assess'] as const;
export type DeepLinkMode = (typeof MODES)[number];

export interface DeepLink {
  scenarioId: string;
  mode: DeepLinkMode;
  /** The renderer's hash route, without the leading '#'. */
  hash: string;
}

function argValue(argv: readonly string[], name: string): string | undefined {
  const prefix = `--${name}=`;
  // The last occurrence wins, as with most command-line tools.
  const found = argv.filter((arg) => arg.startsWith(prefix)).at(-1);
  return found?.slice(prefix.length);
}

export function parseDeepLink(argv: readonly string[]): DeepLink | null {
  const scenarioId = argValue(argv, 'scenario');
  if (scenarioId === undefined || scenarioId.length > 64 || !SCENARIO_ID.test(scenarioId)) return null;
  const requested = argValue(argv, 'mode');
  const mode: DeepLinkMode = MODES.find((m) => m === requested) ?? 'practice';
  return { scenarioId, mode, hash: `/play/${scenarioId}?mode=${mode}` };
}
