import { describe, expect, it } from 'vitest';
import { parseDeepLink } from '../../../electron/main/deep-link';
import { resolveAppPaths } from '../../../electron/main/paths';
import { join, resolve } from 'node:path';

describe('command-line deep links', () => {
  it('turns --scenario and --mode into the play route', () => {
    expect(parseDeepLink(['app', '--scenario=efile-limited-filer', '--mode=assess'])).toEqual({
      scenarioId: 'efile-limited-filer',
      mode: 'assess',
      hash: '/play/efile-limited-filer?mode=assess',
    });
  });

  it('practises when the mode is missing or not one a deep link may choose', () => {
    expect(parseDeepLink(['app', '--scenario=nextgen-readiness'])?.hash).toBe('/play/nextgen-readiness?mode=practice');
    expect(parseDeepLink(['app', '--scenario=nextgen-readiness', '--mode=admin'])?.mode).toBe('practice');
    expect(parseDeepLink(['app', '--scenario=nextgen-readiness', '--mode=watch'])?.mode).toBe('practice');
  });

  it.each([
    ['no scenario', ['app', '--mode=assess']],
    ['an empty id', ['app', '--scenario=']],
    ['upper case', ['app', '--scenario=CMECF-Link']],
    ['a path', ['app', '--scenario=../../etc/passwd']],
    ['a query injection', ['app', '--scenario=pacer-paa-firm?mode=assess#x']],
    ['a trailing dash', ['app', '--scenario=pacer-']],
    ['more than 64 characters', ['app', `--scenario=${'a'.repeat(65)}`]],
  ])('ignores %s', (_label, argv) => {
    expect(parseDeepLink(argv)).toBeNull();
  });
});

describe('app paths', () => {
  it('derives every path from the bundle folder, and the packaged scenarios from resources', () => {
    const dev = resolveAppPaths({ bundleDir: '/repo/dist/electron', isPackaged: false, resourcesPath: undefined });
    expect(dev).toEqual({
      bundleDir: resolve('/repo/dist/electron'),
      rendererDir: resolve('/repo/dist/renderer'),
      indexHtml: join(resolve('/repo/dist/renderer'), 'index.html'),
      preload: join(resolve('/repo/dist/electron'), 'preload.cjs'),
      scenariosDir: join(resolve('/repo'), 'scenarios'),
    });
    const packaged = resolveAppPaths({ bundleDir: '/opt/app/resources/app.asar/dist/electron', isPackaged: true, resourcesPath: '/opt/app/resources' });
    expect(packaged.indexHtml).toBe(join(resolve('/opt/app/resources/app.asar/dist/renderer'), 'index.html'));
    expect(packaged.scenariosDir).toBe(join('/opt/app/resources', 'scenarios'));
  });
});
