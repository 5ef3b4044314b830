// The command line: `--model FILE`, `--kiosk`, `--presenter`, `--config FILE`, `--link LINK`, `--supervised`
// (also as `--flag=value`), a bare model path (what "Open with" passes) and a bare `tooth-rebirth:` link (what
// the OS passes for the registered scheme). Chromium's and Electron's own switches are left alone here;
// `refusedSwitches` says which of them a packaged kiosk will not run with.
import type { AppMode } from '../ipc/contract';
import { MODEL_EXTENSIONS } from '../ipc/contract';
import { looksLikeLink } from './link';

export interface LaunchArgs {
  model: string | null;
  config: string | null;
  /** A link to a moment of the story, unchecked (policy/link checks it). */
  link: string | null;
  mode: 'kiosk' | 'presenter' | null;
  /** Started by a supervisor (systemd, Shell Launcher) that restarts the app when it exits. */
  supervised: boolean;
  /** One line per problem, for the log. The app still starts. */
  problems: string[];
}

const VALUE_FLAGS = ['model', 'config', 'link'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

function isValueFlag(name: string): name is ValueFlag {
  return (VALUE_FLAGS as readonly string[]).includes(name);
}

export function looksLikeModelPath(arg: string): boolean {
  const dot = arg.lastIndexOf('.');
  if (dot <= 0 || arg.startsWith('-')) return false;
  return (MODEL_EXTENSIONS as readonly string[]).includes(arg.slice(dot + 1).toLowerCase());
}

/** `argv` without the executable (and, in development, without the app path; a leftover "." is ignored). */
export function parseArgs(argv: readonly string[]): LaunchArgs {
  const result: LaunchArgs = {
    model: null,
    config: null,
    link: null,
    mode: null,
    supervised: false,
    problems: [],
  };
  const modes: Array<'kiosk' | 'presenter'> = [];

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = (eq === -1 ? arg.slice(2) : arg.slice(2, eq)).toLowerCase();
      if (name === 'kiosk' || name === 'presenter') {
        if (eq !== -1) result.problems.push(`--${name} takes no value; ignored "${arg.slice(eq + 1)}"`);
        modes.push(name);
        continue;
      }
      if (name === 'supervised') {
        result.supervised = true;
        continue;
      }
      if (!isValueFlag(name)) continue; // a Chromium or Electron switch
      let value: string | undefined;
      if (eq !== -1) {
        value = arg.slice(eq + 1);
      } else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) {
        value = argv[++i];
      }
      if (!value) {
        result.problems.push(`--${name} needs ${name === 'link' ? 'a link' : 'a file path'}`);
        continue;
      }
      result[name] = value;
      continue;
    }
    if (looksLikeLink(arg)) {
      if (result.link === null) result.link = arg;
      else result.problems.push('more than one link given; using the first');
      continue;
    }
    if (looksLikeModelPath(arg)) {
      if (result.model === null) result.model = arg;
      else result.problems.push(`more than one model given; ignored "${arg}"`);
    }
  }

  if (modes.includes('kiosk') && modes.includes('presenter')) {
    result.problems.push('both --kiosk and --presenter given; using kiosk');
  }
  result.mode = modes.includes('kiosk') ? 'kiosk' : modes.includes('presenter') ? 'presenter' : null;
  return result;
}

/**
 * Switches that open a packaged kiosk to whoever can edit its shortcut: a debugging port hands the page (and
 * through it the IPC bridge) to any local process; no sandbox, or no web security, undoes the renderer's
 * confinement. Chromium reads a switch after `--`, `-` and, on Windows, `/`, in any case; so does this.
 * Arguments after a lone `--` are not switches. Development builds and other modes may use them.
 */
export const KIOSK_FORBIDDEN_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'no-sandbox',
  'disable-web-security',
] as const;

export function refusedSwitches(
  argv: readonly string[],
  isPackaged: boolean,
  mode: AppMode,
  platform: string = process.platform,
): string[] {
  if (!isPackaged || mode !== 'kiosk') return [];
  const found = new Set<string>();
  for (const arg of argv) {
    if (arg === '--') break;
    const prefix = arg.startsWith('--')
      ? 2
      : arg.startsWith('-') || (platform === 'win32' && arg.startsWith('/'))
        ? 1
        : 0;
    if (prefix === 0) continue;
    const eq = arg.indexOf('=');
    const name = (eq === -1 ? arg.slice(prefix) : arg.slice(prefix, eq)).toLowerCase();
    if ((KIOSK_FORBIDDEN_SWITCHES as readonly string[]).includes(name)) found.add(`--${name}`);
  }
  return [...found];
}
