// Rules for the files the main process reads and writes on the window's behalf.
import path from 'node:path';
import {
  type AppMode,
  MAX_FILE_NAME_LENGTH,
  MAX_MODEL_BYTES,
  MODEL_EXTENSIONS,
  type ModelExtension,
} from '../ipc/contract';

export const DEFAULT_SCREENSHOT_NAME = 'tooth-rebirth.png';

/** Filters for the native open dialog. */
export function modelDialogFilters(): Array<{ name: string; extensions: string[] }> {
  return [{ name: '3D models (STL, OBJ, PLY, glTF)', extensions: [...MODEL_EXTENSIONS] }];
}

export function modelExtension(fileName: string): ModelExtension | null {
  const ext = path.extname(fileName).slice(1).toLowerCase();
  return (MODEL_EXTENSIONS as readonly string[]).includes(ext) ? (ext as ModelExtension) : null;
}

/** Why a model file cannot be opened, as one sentence for the user, or null when it can. */
export function modelFileProblem(fileName: string, sizeBytes: number, isFile = true): string | null {
  const name = path.basename(fileName);
  if (!isFile) return `"${name}" is not a file`;
  if (modelExtension(fileName) === null) {
    return `"${name}" is not a supported model (use ${MODEL_EXTENSIONS.join(', ')})`;
  }
  if (sizeBytes === 0) return `"${name}" is empty`;
  if (sizeBytes > MAX_MODEL_BYTES) {
    const mb = (sizeBytes / (1024 * 1024)).toFixed(0);
    return `"${name}" is ${mb} MB; the largest model the app opens is ${MAX_MODEL_BYTES / (1024 * 1024)} MB`;
  }
  return null;
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
// Characters no common file system accepts in a name, and control characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is stripped.
const UNSAFE_CHARS = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

/**
 * A safe file name for the save dialog from the renderer's suggestion: no directories (only the part after
 * the last separator is kept), no characters that are unsafe on any platform, not a reserved Windows device
 * name, bounded length, and a `.png` extension.
 */
export function sanitizeScreenshotName(suggested: string): string {
  const lastSeparator = Math.max(suggested.lastIndexOf('/'), suggested.lastIndexOf('\\'));
  let name = suggested
    .slice(lastSeparator + 1)
    .replace(UNSAFE_CHARS, '')
    .normalize('NFC');
  name = name.replace(/\.png$/i, '').replace(/^[.\s]+|[.\s]+$/g, '');
  if (name === '' || WINDOWS_RESERVED.test(name)) name = name === '' ? 'tooth-rebirth' : `_${name}`;
  const maxStem = MAX_FILE_NAME_LENGTH - '.png'.length;
  if (name.length > maxStem) name = name.slice(0, maxStem).replace(/[.\s]+$/, '');
  return `${name}.png`;
}

/** The path chosen in the save dialog, with `.png` added when the user typed a name without it. */
export function ensurePngExtension(filePath: string): string {
  return path.extname(filePath).toLowerCase() === '.png' ? filePath : `${filePath}.png`;
}

/** File dialogs are refused in kiosk mode: a visitor must never be able to browse the machine's disks. */
export function fileDialogsAllowed(mode: AppMode): boolean {
  return mode !== 'kiosk';
}

/** Keep the display awake where people watch without touching: kiosks and presentations. */
export function powerSaveMode(mode: AppMode): 'prevent-display-sleep' | null {
  return mode === 'desktop' ? null : 'prevent-display-sleep';
}

/** One sentence for a failed read or write, from the error code. */
export function fileErrorMessage(
  action: 'open' | 'save',
  fileName: string,
  code: string | undefined,
): string {
  const reasons: Record<string, string> = {
    ENOENT: action === 'open' ? 'the file does not exist' : 'the folder does not exist',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder',
    ENOSPC: 'the disk is full',
    EROFS: 'the disk is read-only',
    EBUSY: 'the file is in use',
  };
  const reason = (code && reasons[code]) ?? `error ${code ?? 'unknown'}`;
  return `could not ${action} "${fileName}": ${reason}`;
}
