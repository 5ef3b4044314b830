#!/usr/bin/env node
// `npm start [-- --model FILE --kiosk --presenter --config FILE]`: runs the desktop app.
// 1. Finds the Electron runtime. Where it was never downloaded (an offline machine), prints one line that
//    says so and points to `npm run web`, and exits with status 1: no stack trace, no download attempt.
// 2. Builds the app (electron-vite build) when out/ is missing or older than the sources.
// 3. Starts Electron on the project, passing the arguments through (file paths made absolute, since npm
//    runs this script from the project root, not from where the user typed the command).
// Plain Node ESM with no dependencies, so it runs before anything is built.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const MISSING_RUNTIME_MESSAGE =
  'Tooth Rebirth: the Electron runtime is not installed on this machine (offline?). ' +
  'Run `npm run web` to use the app in a browser.';

/** What electron-vite writes; the app needs all three. */
export const BUILD_OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
/** What the build reads. A change to any of these makes the build stale. */
export const BUILD_INPUTS = [
  'main',
  'renderer',
  'shaders',
  'models',
  'package.json',
  'electron.vite.config.ts',
  'vite.web.config.ts',
];

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Path of the Electron executable, or null when it is not installed. Reads what the `electron` package's
 * own index.js reads (path.txt, ELECTRON_OVERRIDE_DIST_PATH) without requiring it: requiring `electron`
 * from Node starts a download when the binary is missing, which offline means a long wait and a stack trace.
 */
export function findElectronBinary(root = PROJECT_ROOT, env = process.env) {
  let packageDir;
  try {
    packageDir = path.dirname(
      createRequire(path.join(root, 'package.json')).resolve('electron/package.json'),
    );
  } catch {
    return null;
  }
  let executable = '';
  try {
    executable = fs.readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    executable = '';
  }
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  let binary = null;
  if (override) binary = path.join(override, executable || 'electron');
  else if (executable) binary = path.join(packageDir, 'dist', executable);
  if (!binary) return null;
  try {
    return fs.statSync(binary).isFile() ? binary : null;
  } catch {
    return null;
  }
}

/** Latest modification time (ms) of a file, or of every file below a directory; 0 when nothing is there. */
export function newestMtime(target) {
  let stats;
  try {
    stats = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

/** Why the app must be (re)built before it starts, or null when out/ is current. */
export function buildReason(root = PROJECT_ROOT) {
  let oldestOutput = Number.POSITIVE_INFINITY;
  for (const output of BUILD_OUTPUTS) {
    let stats;
    try {
      stats = fs.statSync(path.join(root, output));
    } catch {
      return `${output} is missing`;
    }
    oldestOutput = Math.min(oldestOutput, stats.mtimeMs);
  }
  for (const input of BUILD_INPUTS) {
    if (newestMtime(path.join(root, input)) > oldestOutput) return `${input} changed since the last build`;
  }
  return null;
}

const PATH_FLAGS = new Set(['--model', '--config']);
const MODEL_FILE = /\.(stl|obj|ply|gltf|glb)$/i;

/**
 * The arguments for Electron, with the file paths of `--model`, `--config` (as `--flag FILE` or
 * `--flag=FILE`) and bare model paths made absolute against `baseDir`. Other arguments pass unchanged.
 */
export function absolutizePathArgs(args, baseDir) {
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq !== -1 && PATH_FLAGS.has(arg.slice(0, eq)) && eq < arg.length - 1) {
      out.push(`${arg.slice(0, eq)}=${path.resolve(baseDir, arg.slice(eq + 1))}`);
    } else if (PATH_FLAGS.has(arg) && i + 1 < args.length && !args[i + 1].startsWith('--')) {
      out.push(arg, path.resolve(baseDir, args[++i]));
    } else if (!arg.startsWith('-') && MODEL_FILE.test(arg)) {
      out.push(path.resolve(baseDir, arg));
    } else {
      out.push(arg);
    }
  }
  return out;
}

/** Runs `electron-vite build`; returns null on success, else one line saying what went wrong. */
function runBuild(root) {
  let cli;
  try {
    const require = createRequire(path.join(root, 'package.json'));
    cli = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  } catch {
    return 'Tooth Rebirth: electron-vite is not installed; run `npm install` first.';
  }
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: root, stdio: 'inherit' });
  return result.status === 0 ? null : 'Tooth Rebirth: the build failed (see the messages above).';
}

export function main(argv = process.argv.slice(2), env = process.env, root = PROJECT_ROOT) {
  const electron = findElectronBinary(root, env);
  if (!electron) {
    console.error(MISSING_RUNTIME_MESSAGE);
    process.exitCode = 1;
    return;
  }

  const reason = buildReason(root);
  if (reason) {
    console.log(`Tooth Rebirth: building the app (${reason})...`);
    const failure = runBuild(root);
    if (failure) {
      console.error(failure);
      process.exitCode = 1;
      return;
    }
  }

  const childEnv = { ...env };
  // Set in some shells and CI images; it would make Electron behave as plain Node and ignore the app.
  delete childEnv.ELECTRON_RUN_AS_NODE;
  const args = absolutizePathArgs(argv, env.INIT_CWD || process.cwd());
  const child = spawn(electron, [root, ...args], { cwd: root, env: childEnv, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`Tooth Rebirth: could not start Electron (${error.message}).`);
    process.exitCode = 1;
  });
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main();
}
