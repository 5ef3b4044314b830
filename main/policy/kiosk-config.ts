// Reading the kiosk config file. Nothing here can stop the app from starting: an unreadable or malformed
// file gives one clear line in the log and the defaults; a single bad field falls back to its own default
// while every good field is kept, so a typo in one setting loses nothing else.
import fs from 'node:fs';
import { type AppMode, type KioskConfig, KioskConfigSchema } from '../ipc/contract';
import { describeIssues, oneLine } from '../ipc/gateway';

/** A config file is a handful of settings; anything bigger is not one. */
export const MAX_CONFIG_BYTES = 64 * 1024;

export interface KioskConfigResult {
  config: KioskConfig;
  /** Empty when the file was fine. Otherwise short items, joined into one log line by `configMessage`. */
  problems: string[];
}

export function defaultKioskConfig(): KioskConfig {
  return KioskConfigSchema.parse({});
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Parses the text of a config file. `text` null means there is no file: defaults, no problems. */
export function parseKioskConfig(text: string | null): KioskConfigResult {
  const defaults = defaultKioskConfig();
  if (text === null) return { config: defaults, problems: [] };
  if (text.length > MAX_CONFIG_BYTES) {
    return {
      config: defaults,
      problems: [`the file is larger than ${MAX_CONFIG_BYTES / 1024} KB, using the defaults`],
    };
  }
  let raw: unknown;
  try {
    // JSON.parse keeps a "__proto__" key as an own property; the field-by-field copy below never
    // assigns unknown keys, so it cannot reach a prototype.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { config: defaults, problems: [`not valid JSON (${oneLine(detail, 120)}), using the defaults`] };
  }
  if (!isPlainObject(raw))
    return { config: defaults, problems: ['expected a JSON object { ... }, using the defaults'] };

  const problems: string[] = [];
  const config: Record<string, unknown> = { ...defaults };
  const shape = KioskConfigSchema.shape;
  const known = Object.keys(shape) as Array<keyof typeof shape>;
  for (const key of known) {
    if (!Object.hasOwn(raw, key)) continue;
    const parsed = shape[key].safeParse(raw[key]);
    if (parsed.success) {
      config[key] = parsed.data;
    } else {
      problems.push(
        `${key}: ${describeIssues(parsed.error.issues).replace(/^payload: /, '')}, using ${defaults[key]}`,
      );
    }
  }
  const unknown = Object.keys(raw).filter((key) => !(known as string[]).includes(key));
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 5).map((k) => oneLine(k, 40));
    problems.push(
      `unknown setting${unknown.length > 1 ? 's' : ''} ignored: ${shown.join(', ')}${unknown.length > 5 ? ', ...' : ''}`,
    );
  }
  return { config: KioskConfigSchema.parse(config), problems };
}

/** The one log line for a config with problems, or null when there is nothing to say. */
export function configMessage(source: string, problems: readonly string[]): string | null {
  if (problems.length === 0) return null;
  return oneLine(`Kiosk config ${source}: ${problems.join('; ')}`, 600);
}

/** The command line wins over the file for the mode (`--kiosk` on a desktop config, for a trial run). */
export function effectiveConfig(config: KioskConfig, modeFromArgs: AppMode | null): KioskConfig {
  return modeFromArgs ? { ...config, mode: modeFromArgs } : config;
}

/**
 * Reads and parses the config file at `filePath`. A missing file is normal at the default location (no
 * message) but a problem when the path was given with `--config`. Never throws.
 */
export function loadKioskConfig(filePath: string, explicit: boolean): KioskConfigResult & { found: boolean } {
  let text: string;
  try {
    const stats = fs.statSync(filePath);
    if (!stats.isFile())
      return { ...parseKioskConfig(null), problems: ['not a file, using the defaults'], found: false };
    if (stats.size > MAX_CONFIG_BYTES) {
      return {
        ...parseKioskConfig(null),
        problems: [`the file is larger than ${MAX_CONFIG_BYTES / 1024} KB, using the defaults`],
        found: true,
      };
    }
    text = fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !explicit) return { ...parseKioskConfig(null), found: false };
    const why =
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EACCES'
          ? 'permission denied'
          : `cannot read it (${code ?? 'error'})`;
    return { ...parseKioskConfig(null), problems: [`${why}, using the defaults`], found: false };
  }
  return { ...parseKioskConfig(text), found: true };
}
