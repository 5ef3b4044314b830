// The command line: `--model FILE`, `--kiosk`, `--presenter`, `--config FILE` (also as `--flag=value`), and
// a bare model path (what "Open with" passes). Chromium's and Electron's own switches are left alone.
import { MODEL_EXTENSIONS } from '../ipc/contract';

export interface LaunchArgs {
  model: string | null;
  config: string | null;
  mode: 'kiosk' | 'presenter' | null;
  /** One line per problem, for the log. The app still starts. */
  problems: string[];
}

const VALUE_FLAGS = ['model', 'config'] as const;
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
  const result: LaunchArgs = { model: null, config: null, mode: null, problems: [] };
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
      if (!isValueFlag(name)) continue; // a Chromium or Electron switch
      let value: string | undefined;
      if (eq !== -1) {
        value = arg.slice(eq + 1);
      } else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) {
        value = argv[++i];
      }
      if (!value) {
        result.problems.push(`--${name} needs a file path`);
        continue;
      }
      result[name] = value;
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
