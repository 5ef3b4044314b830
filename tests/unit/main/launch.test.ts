import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  absolutizePathArgs,
  BUILD_INPUTS,
  BUILD_OUTPUTS,
  buildReason,
  findElectronBinary,
  MISSING_RUNTIME_MESSAGE,
} from '../../../main/launch.mjs';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const launcher = path.join(repoRoot, 'main', 'launch.mjs');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tooth-launch-'));
  temps.push(dir);
  return dir;
}

function write(file: string, text: string, mode?: number): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text, mode === undefined ? undefined : { mode });
}

function setMtime(file: string, seconds: number): void {
  fs.utimesSync(file, seconds, seconds);
}

/**
 * A throwaway project with the launcher, a stand-in Electron executable that records how it was started,
 * and (optionally) a stand-in electron-vite whose build writes the outputs.
 */
function fakeProject(options: { built: boolean; buildExitCode?: number }) {
  const root = tempDir();
  write(path.join(root, 'package.json'), '{"name":"fake","type":"module"}');
  write(path.join(root, 'main', 'launch.mjs'), fs.readFileSync(launcher, 'utf8'));
  write(path.join(root, 'renderer', 'main.tsx'), 'export {};');
  write(
    path.join(root, 'node_modules', 'electron', 'package.json'),
    '{"name":"electron","version":"45.5.0"}',
  );
  write(path.join(root, 'node_modules', 'electron', 'path.txt'), 'electron');
  const record = path.join(root, 'electron-run.json');
  write(
    path.join(root, 'node_modules', 'electron', 'dist', 'electron'),
    `#!${process.execPath}\n` +
      `require('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify({ argv: process.argv.slice(2), ` +
      `cwd: process.cwd(), runAsNode: process.env.ELECTRON_RUN_AS_NODE ?? null }));\nprocess.exit(7);\n`,
    0o755,
  );
  const buildMarker = path.join(root, 'build-ran');
  write(
    path.join(root, 'node_modules', 'electron-vite', 'package.json'),
    '{"name":"electron-vite","version":"6.0.0"}',
  );
  write(
    path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
    `const fs = require('fs'), path = require('path');\n` +
      `fs.writeFileSync(${JSON.stringify(buildMarker)}, process.argv.slice(2).join(' '));\n` +
      `for (const f of ${JSON.stringify(BUILD_OUTPUTS)}) { fs.mkdirSync(path.dirname(f), { recursive: true }); fs.writeFileSync(f, ''); }\n` +
      `process.exit(${options.buildExitCode ?? 0});\n`,
  );
  // Sources are old; outputs, when present, are newer.
  for (const file of ['package.json', 'renderer/main.tsx', 'renderer', 'main/launch.mjs', 'main']) {
    setMtime(path.join(root, file), 1_000_000);
  }
  if (options.built) {
    for (const output of BUILD_OUTPUTS) {
      write(path.join(root, output), '');
      setMtime(path.join(root, output), 2_000_000);
    }
  }
  return {
    root,
    run: (args: string[], env: Record<string, string> = {}) =>
      spawnSync(process.execPath, [path.join(root, 'main', 'launch.mjs'), ...args], {
        cwd: root,
        env: { PATH: process.env['PATH'] ?? '', ...env },
        encoding: 'utf8',
      }),
    electronRun: () =>
      fs.existsSync(record)
        ? (JSON.parse(fs.readFileSync(record, 'utf8')) as {
            argv: string[];
            cwd: string;
            runAsNode: string | null;
          })
        : null,
    buildRan: () => (fs.existsSync(buildMarker) ? fs.readFileSync(buildMarker, 'utf8') : null),
  };
}

describe('npm start without the Electron runtime', () => {
  it('prints one clear line pointing to npm run web and exits 1 (the repository launcher)', () => {
    // An empty override folder stands for a machine where the runtime never arrived, whatever this one has.
    const result = spawnSync(process.execPath, [launcher, '--model', 'x.stl'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', ELECTRON_OVERRIDE_DIST_PATH: tempDir() },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${MISSING_RUNTIME_MESSAGE}\n`);
    expect(result.stderr).toContain('npm run web');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('says the same when the package was installed but its download never happened', () => {
    const project = fakeProject({ built: true });
    fs.rmSync(path.join(project.root, 'node_modules', 'electron', 'dist'), { recursive: true });
    fs.rmSync(path.join(project.root, 'node_modules', 'electron', 'path.txt'));
    const result = project.run(['--kiosk']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([MISSING_RUNTIME_MESSAGE]);
    expect(project.electronRun()).toBeNull();
    expect(project.buildRan()).toBeNull();
  });

  it('says the same when the electron package is missing altogether', () => {
    const project = fakeProject({ built: true });
    fs.rmSync(path.join(project.root, 'node_modules', 'electron'), { recursive: true });
    const result = project.run([]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(MISSING_RUNTIME_MESSAGE);
  });
});

describe('npm start with a runtime', () => {
  it('starts Electron on the project with the arguments, file paths made absolute', () => {
    const project = fakeProject({ built: true });
    const userDir = tempDir();
    const result = project.run(['--model', 'scans/molar.stl', '--kiosk', '--config=kiosk.json'], {
      INIT_CWD: userDir,
      ELECTRON_RUN_AS_NODE: '1',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(7); // the app's exit code passes through
    expect(project.buildRan()).toBeNull();
    expect(project.electronRun()).toEqual({
      argv: [
        project.root,
        '--model',
        path.join(userDir, 'scans/molar.stl'),
        '--kiosk',
        `--config=${path.join(userDir, 'kiosk.json')}`,
      ],
      cwd: fs.realpathSync(project.root),
      runAsNode: null,
    });
  });

  it('builds first when the build is missing', () => {
    const project = fakeProject({ built: false });
    const result = project.run([]);
    expect(result.stdout).toContain('building the app (out/main/index.js is missing)');
    expect(project.buildRan()).toBe('build');
    expect(result.status).toBe(7);
    expect(project.electronRun()?.argv).toEqual([project.root]);
  });

  it('does not start the app when the build fails', () => {
    const project = fakeProject({ built: false, buildExitCode: 2 });
    const result = project.run([]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('Tooth Rebirth: the build failed (see the messages above).');
    expect(project.electronRun()).toBeNull();
  });

  it('says so in one line when electron-vite is missing', () => {
    const project = fakeProject({ built: false });
    fs.rmSync(path.join(project.root, 'node_modules', 'electron-vite'), { recursive: true });
    const result = project.run([]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'Tooth Rebirth: electron-vite is not installed; run `npm install` first.',
    );
    expect(project.electronRun()).toBeNull();
  });
});

describe('build staleness', () => {
  it('is current when every output is newer than every input', () => {
    const project = fakeProject({ built: true });
    expect(buildReason(project.root)).toBeNull();
  });

  it('notices a changed source and a missing output', () => {
    const project = fakeProject({ built: true });
    setMtime(path.join(project.root, 'renderer', 'main.tsx'), 3_000_000);
    expect(buildReason(project.root)).toBe('renderer changed since the last build');
    fs.rmSync(path.join(project.root, 'out', 'preload', 'index.cjs'));
    expect(buildReason(project.root)).toBe('out/preload/index.cjs is missing');
  });

  it('watches the sources the build reads', () => {
    expect(BUILD_INPUTS).toEqual(
      expect.arrayContaining(['main', 'renderer', 'shaders', 'electron.vite.config.ts']),
    );
    expect(BUILD_OUTPUTS).toEqual(['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']);
  });
});

describe('argument paths', () => {
  it('resolves model and config paths against the directory the user was in', () => {
    expect(
      absolutizePathArgs(['--model', 'a.stl', 'b.GLB', '--config', '/etc/k.json', '--kiosk', '.'], '/home/u'),
    ).toEqual([
      '--model',
      path.resolve('/home/u', 'a.stl'),
      path.resolve('/home/u', 'b.GLB'),
      '--config',
      '/etc/k.json',
      '--kiosk',
      '.',
    ]);
    expect(absolutizePathArgs(['--model', '--kiosk'], '/x')).toEqual(['--model', '--kiosk']);
    expect(absolutizePathArgs(['--model='], '/x')).toEqual(['--model=']);
    expect(absolutizePathArgs(['--inspect=9229', 'notes.txt'], '/x')).toEqual([
      '--inspect=9229',
      'notes.txt',
    ]);
  });
});

describe('finding the runtime', () => {
  it('reads path.txt and checks the file is there', () => {
    const project = fakeProject({ built: true });
    expect(findElectronBinary(project.root, {})).toBe(
      path.join(project.root, 'node_modules', 'electron', 'dist', 'electron'),
    );
    fs.rmSync(path.join(project.root, 'node_modules', 'electron', 'dist'), { recursive: true });
    expect(findElectronBinary(project.root, {})).toBeNull();
    fs.rmSync(path.join(project.root, 'node_modules', 'electron', 'path.txt'));
    expect(findElectronBinary(project.root, {})).toBeNull();
  });

  it('is null when the electron package itself is absent', () => {
    expect(findElectronBinary(tempDir(), {})).toBeNull();
  });
});
