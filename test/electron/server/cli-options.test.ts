import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultDataDir, parseServeArgs, type Environment } from '../../../electron/server/cli-options';

const linux: Environment = { platform: 'linux', env: {}, home: '/home/dana' };

describe('npm run serve arguments', () => {
  test('default to port 4780 on 127.0.0.1 and the desktop app data folder', () => {
    expect(parseServeArgs([], linux)).toEqual({
      ok: true,
      value: { port: 4780, host: '127.0.0.1', hostIsExplicit: false, dataDir: join('/home/dana', '.config', 'NextGen Trainer'), help: false },
    });
  });

  test('take --port, --data and --host; another host is flagged so a warning is printed', () => {
    const parsed = parseServeArgs(['--port', '0', '--data', '/srv/trainer', '--host', '0.0.0.0'], linux);
    expect(parsed).toEqual({ ok: true, value: { port: 0, dataDir: '/srv/trainer', host: '0.0.0.0', hostIsExplicit: true, help: false } });
    expect(parseServeArgs(['--port=5000', '--host=127.0.0.1'], linux)).toMatchObject({ ok: true, value: { port: 5000, hostIsExplicit: false } });
  });

  test.each([
    [['--port', 'eighty'], /--port must be a whole number from 0 to 65535 \(got "eighty"\)/],
    [['--port', '70000'], /--port must be a whole number/],
    [['--port', '-1'], /--port/],
    [['--port'], /--port/],
    [['--data', ''], /--data must name a folder/],
    [['--host', ' '], /--host must name an address/],
    [['--verbose'], /Unknown option '--verbose'/],
    [['serve-now'], /positional argument/],
  ])('explain a bad value: %j', (argv, says) => {
    const parsed = parseServeArgs(argv, linux);
    if (parsed.ok) expect.fail(`accepted ${JSON.stringify(argv)}`);
    expect(parsed.error).toMatch(says);
  });

  test('use the same data folder as Electron on each platform', () => {
    expect(defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/xdg' }, home: '/home/dana' })).toBe(join('/xdg', 'NextGen Trainer'));
    expect(defaultDataDir({ platform: 'darwin', env: {}, home: '/Users/dana' })).toBe(
      join('/Users/dana', 'Library', 'Application Support', 'NextGen Trainer'),
    );
    expect(defaultDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\dana\\AppData\\Roaming' }, home: 'C:\\Users\\dana' })).toBe(
      join('C:\\Users\\dana\\AppData\\Roaming', 'NextGen Trainer'),
    );
  });
});
