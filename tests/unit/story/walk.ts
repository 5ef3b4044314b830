// Finds every localized text ({ en, es }) inside the story content, with its path, so the tests can check all
// of them without listing them by hand.
import type { Localized } from '../../../renderer/story';

export interface FoundText {
  path: string;
  text: Localized;
}

function isLocalized(value: unknown): value is Localized {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value).sort();
  if (keys.length !== 2 || keys[0] !== 'en' || keys[1] !== 'es') return false;
  // Lists per language (a glossary term's forms) are not one text.
  const v = value as Record<string, unknown>;
  return typeof v['en'] === 'string' && typeof v['es'] === 'string';
}

export function collectLocalized(value: unknown, path = ''): FoundText[] {
  if (isLocalized(value)) return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => collectLocalized(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => collectLocalized(v, path ? `${path}.${k}` : k));
  }
  return [];
}
