import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderPng, renderSvg } from '../../../electron/make-icon.mjs';

const root = join(import.meta.dirname, '..', '..', '..');

/** electron-builder's own config loader and schema check, reached through electron-builder's dependencies. */
function electronBuilderConfig() {
  const fromBuilder = createRequire(createRequire(join(root, 'package.json')).resolve('electron-builder/package.json'));
  const { getConfig, validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config.js');
  const { DebugLogger } = fromBuilder('builder-util');
  return { getConfig, validate: (config: unknown) => validateConfiguration(config, new DebugLogger(false)) };
}

describe('electron-builder.yml', () => {
  it('passes electron-builder schema validation and packages what the app needs', async () => {
    const { getConfig, validate } = electronBuilderConfig();
    const config = await getConfig(root, 'electron-builder.yml', null);
    await expect(validate(config)).resolves.toBeUndefined();
    expect(config).toMatchObject({
      appId: 'org.nextgentrainer.app',
      productName: 'NextGen Trainer',
      npmRebuild: true,
      asarUnpack: ['**/node_modules/better-sqlite3/**'],
      extraResources: [{ from: 'scenarios', to: 'scenarios' }],
      icon: 'dist/icons/icon.png',
      linux: { target: ['AppImage', 'deb'] },
      win: { target: ['nsis'] },
      mac: { target: ['dmg'] },
    });
    const files = JSON.stringify(config.files);
    for (const pattern of ['dist/**', 'package.json', 'node_modules/**', '!dist/electron-native/**']) expect(files).toContain(pattern);
  }, 30_000); // loading electron-builder takes a few seconds

  it("points at the same main bundle as package.json's main", () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(pkg.scripts.dist).toContain('node electron/make-icon.mjs');
  });
});

describe('the app icon', () => {
  it('assets/icon.svg is what electron/make-icon.mjs draws (regenerate with node electron/make-icon.mjs)', () => {
    expect(readFileSync(join(root, 'assets', 'icon.svg'), 'utf8')).toBe(renderSvg());
  });

  it('renders a valid RGBA PNG: transparent corners, opaque seal, far under the 200 KB limit for binaries', () => {
    const png: Buffer = renderPng(256);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(256);
    expect(png.readUInt32BE(20)).toBe(256);
    expect(png.length).toBeLessThan(200 * 1024);
    const idatLength = png.readUInt32BE(33);
    expect(png.toString('ascii', 37, 41)).toBe('IDAT');
    const rows = inflateSync(png.subarray(41, 41 + idatLength));
    const alphaAt = (x: number, y: number) => rows[y * (256 * 4 + 1) + 1 + x * 4 + 3];
    expect(alphaAt(0, 0)).toBe(0);
    expect(alphaAt(128, 128)).toBe(255);
  }, 15_000);
});
