import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  decodePng,
  ICNS_TYPES,
  ICO_SIZES,
  LINUX_SIZES,
  renderIcon,
  writeIcons,
} from '../../../build/icons.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);
// js-yaml and app-builder-lib come with electron-builder; neither ships TypeScript types.
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, debugLogger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  extraResources: Array<{ from: string; to: string }>;
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; category: string; icon: string; maintainer: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; category: string; icon: string };
  nsis: { perMachine: boolean; oneClick: boolean };
  protocols: Array<{ name: string; schemes: string[] }>;
}

const config = yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
};

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is checked by a validator that does reject a bad config', async () => {
    await expect(
      validateConfiguration({ ...config, linux: { ...config.linux, bogus: 1 } }, new DebugLogger(false)),
    ).rejects.toThrow(/configuration\.linux/);
    await expect(
      validateConfiguration({ ...config, notAnOption: true }, new DebugLogger(false)),
    ).rejects.toThrow();
  });

  it('names the app', () => {
    expect(config.appId).toBe('org.toothrebirth.app');
    expect(config.productName).toBe('Tooth Rebirth');
  });

  it('packages the build, not the sources, into release/', () => {
    expect(config.directories.output).toBe('release');
    expect(config.files).toContain('out/**');
    expect(config.files).toContain('package.json');
    expect(config.files.some((f) => /^(main|renderer|src|tests)\b/.test(f))).toBe(false);
    expect(packageJson.main).toBe('out/main/index.js');
    expect(packageJson.scripts['dist']).toContain('electron-builder --config electron-builder.yml');
  });

  it('installs per machine on Windows and registers the link scheme', () => {
    expect(config.nsis.perMachine).toBe(true);
    expect(config.protocols.flatMap((p) => p.schemes)).toEqual(['tooth-rebirth']);
  });

  it('targets Linux (AppImage, deb), Windows (nsis) and macOS (dmg) as an education app', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Education');
    expect(config.linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.category).toBe('public.app-category.education');
  });

  it('closes the Node back doors of the packaged binary', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('points at icon files that exist', () => {
    for (const file of [config.win.icon, config.mac.icon, config.extraResources[0]!.from]) {
      expect(fs.existsSync(path.join(root, file)), file).toBe(true);
    }
    for (const size of LINUX_SIZES) {
      expect(fs.existsSync(path.join(root, config.linux.icon, `${size}x${size}.png`))).toBe(true);
    }
  });
});

describe('icons', () => {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'tooth-icons-'));
  afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

  it('has a 1024 px PNG with a transparent corner and an opaque centre', () => {
    const icon = decodePng(fs.readFileSync(path.join(root, 'build', 'icon.png')));
    expect([icon.width, icon.height]).toEqual([1024, 1024]);
    expect(icon.rgba[3]).toBe(0);
    expect(icon.rgba[(512 * 1024 + 512) * 4 + 3]).toBe(255);
  });

  it('are exactly what the generator draws (the committed files are not stale)', () => {
    for (const size of [16, 256, 1024]) {
      const file = size === 1024 ? 'icon.png' : path.join('icons', `${size}x${size}.png`);
      const committed = decodePng(fs.readFileSync(path.join(root, 'build', file)));
      expect(Buffer.from(committed.rgba).equals(Buffer.from(renderIcon(size))), file).toBe(true);
    }
  });

  function icoSizes(ico: Buffer): number[] {
    expect(ico.readUInt16LE(2)).toBe(1);
    const sizes: number[] = [];
    for (let i = 0; i < ico.readUInt16LE(4); i++) {
      const entry = 6 + 16 * i;
      const start = ico.readUInt32LE(entry + 12);
      sizes.push(decodePng(ico.subarray(start, start + ico.readUInt32LE(entry + 8))).width);
    }
    return sizes;
  }

  function icnsEntries(icns: Buffer): Array<[string, number]> {
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found: Array<[string, number]> = [];
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
      const length = icns.readUInt32BE(offset + 4);
      found.push([
        icns.toString('ascii', offset, offset + 4),
        decodePng(icns.subarray(offset + 8, offset + length)).width,
      ]);
    }
    return found;
  }

  it('packs every size into the .ico and the .icns, committed and regenerated alike', () => {
    writeIcons(temp);
    for (const dir of [path.join(root, 'build'), temp]) {
      expect(icoSizes(fs.readFileSync(path.join(dir, 'icon.ico')))).toEqual(ICO_SIZES);
      expect(icnsEntries(fs.readFileSync(path.join(dir, 'icon.icns')))).toEqual(ICNS_TYPES);
    }
  });
});
