// A link to a moment: story time, chapter, perspective, language, reading level, camera and view. No simulation
// state travels in it: the engine is deterministic, so the app replays the run to the moment. A link is
// versioned, validated with a schema and bounded in length; a malformed, outdated or hostile link gives one
// clear message and changes nothing.
//
// The payload is JSON in base64url after `m=` (the fragment in web mode, `tooth-rebirth://open#m=…` in the
// desktop app), so the whole moment is one opaque token that survives mail clients and chat apps untouched.
import { z } from 'zod';
import { ViewSettingsSchema } from './view';

export const LINK_VERSION = 1;
/** Longest token accepted (characters after `m=`); a real moment encodes in about 400. */
export const LINK_MAX_CHARS = 2048;
/** Camera coordinates are in millimetres around the tooth; anything farther is not a view of it. */
const CAMERA_LIMIT_MM = 10_000;
/** Story time is bounded by the story's length when applied; this bound only keeps numbers sane. */
const TIME_LIMIT_S = 24 * 3600;

const idText = z
  .string()
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case letters, digits and hyphens');
const coord = z.number().finite().min(-CAMERA_LIMIT_MM).max(CAMERA_LIMIT_MM);
const vec3 = z.tuple([coord, coord, coord]);

export const MomentSchema = z.strictObject({
  v: z.literal(LINK_VERSION),
  /** Story-clock seconds. */
  t: z.number().finite().min(0).max(TIME_LIMIT_S),
  chapter: idText,
  perspective: idText,
  language: z.enum(['en', 'es']),
  level: z.enum(['short', 'full']),
  camera: z.strictObject({ position: vec3, target: vec3 }).nullable(),
  view: ViewSettingsSchema,
});
export type Moment = z.infer<typeof MomentSchema>;

/** What the story offers, to check a decoded moment against (ids that exist, the clock's length). */
export interface MomentContext {
  chapterIds: readonly string[];
  /** Characters present in each chapter, by chapter id. */
  perspectivesOf: (chapterId: string) => readonly string[];
  duration: number;
  /** The chapter on show at story time t, when the link's chapter must agree with its time. */
  chapterAt?: (t: number) => string;
}

/** What a teacher calls each part of a moment, for the one-line refusal. */
const FIELD_WORDS: Record<string, string> = {
  t: 'its time',
  chapter: 'its chapter',
  perspective: 'its perspective',
  language: 'its language',
  level: 'its reading level',
  camera: 'its camera settings',
  view: 'its view settings',
};

export type LinkResult = { ok: true; moment: Moment } | { ok: false; message: string };

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(token: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(token)) return null;
  try {
    const bin = atob(token.replaceAll('-', '+').replaceAll('_', '/'));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The `m=` token of a moment (without the `#`). */
export function encodeMoment(moment: Moment): string {
  return `m=${toBase64Url(JSON.stringify(MomentSchema.parse(moment)))}`;
}

/**
 * Reads a link, a fragment (`#m=…`) or a bare token (`m=…`) and checks it against the story. Never throws:
 * every failure is one sentence a teacher can act on.
 */
export function decodeMoment(link: string, ctx: MomentContext): LinkResult {
  const bad = (why: string): LinkResult => ({ ok: false, message: `This link cannot be opened: ${why}.` });
  if (typeof link !== 'string') return bad('it is not text');
  const at = link.lastIndexOf('m=');
  if (at < 0) return bad('it does not point to a moment of the story');
  const token = link.slice(at + 2);
  if (token.length === 0) return bad('it is empty');
  if (token.length > LINK_MAX_CHARS) return bad('it is too long to be a link to a moment');
  const json = fromBase64Url(token);
  if (json === null) return bad('it is damaged (it may have been cut short when it was copied)');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return bad('it is damaged (it may have been cut short when it was copied)');
  }
  if (raw !== null && typeof raw === 'object' && 'v' in raw && raw.v !== LINK_VERSION) {
    return bad('it was made by another version of Tooth Rebirth');
  }
  const parsed = MomentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? '');
    return bad(
      `${FIELD_WORDS[field] ?? 'its contents'} ${field === 'camera' || field === 'view' ? 'are' : 'is'} not valid`,
    );
  }
  const m = parsed.data;
  const why = momentProblem(m, ctx);
  return why === null ? { ok: true, moment: m } : bad(why);
}

/**
 * What keeps a schema-valid moment from being shown in this story (null: nothing): an unknown chapter, a voice
 * absent from it, a time past the end or in another chapter. Shared by links and the classroom channel.
 */
export function momentProblem(
  m: Pick<Moment, 't' | 'chapter' | 'perspective'>,
  ctx: MomentContext,
): string | null {
  if (!ctx.chapterIds.includes(m.chapter)) return `the story has no chapter "${m.chapter}"`;
  if (!ctx.perspectivesOf(m.chapter).includes(m.perspective)) {
    return `"${m.perspective}" does not speak in that chapter`;
  }
  if (m.t > ctx.duration) return 'its time is past the end of the story';
  if (ctx.chapterAt && ctx.chapterAt(m.t) !== m.chapter) return 'its chapter does not match its time';
  return null;
}
