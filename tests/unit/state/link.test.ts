import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeMoment,
  encodeMoment,
  LINK_MAX_CHARS,
  type Moment,
  MomentSchema,
} from '../../../renderer/state/link';
import { DEFAULT_VIEW } from '../../../renderer/state/view';

const ctx = {
  chapterIds: ['first-light', 'gala'],
  perspectivesOf: (c: string) => (c === 'gala' ? ['ivy', 'kade'] : ['elena']),
  duration: 600,
};

const moment: Moment = {
  v: 1,
  t: 312.5,
  chapter: 'gala',
  perspective: 'kade',
  language: 'es',
  level: 'short',
  camera: { position: [12, 30.5, -4], target: [0, 5, 0] },
  view: { ...DEFAULT_VIEW, crossSection: { on: true, axis: 'horizontal', depth: 0.3 }, anomalyMap: 'colour' },
};

const token = (value: unknown) =>
  `m=${btoa(JSON.stringify(value)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')}`;

describe('moment links', () => {
  it('round-trip a moment exactly, from a full address, a fragment or a bare token', () => {
    const m = encodeMoment(moment);
    expect(m.length).toBeLessThan(LINK_MAX_CHARS);
    for (const link of [`http://127.0.0.1:5173/#${m}`, `#${m}`, m, `tooth-rebirth://open#${m}`]) {
      expect(decodeMoment(link, ctx)).toEqual({ ok: true, moment });
    }
  });

  it.each([
    ['wrong types', token({ ...moment, t: 'soon' }), /its time is not valid/],
    ['a huge number', token({ ...moment, t: 1e308 }), /its time is not valid/],
    ['an unknown chapter', token({ ...moment, chapter: 'epilogue' }), /no chapter "epilogue"/],
    [
      'script in text',
      token({ ...moment, perspective: '<script>alert(1)</script>' }),
      /its perspective is not valid/,
    ],
    ['an outdated version', token({ ...moment, v: 0 }), /another version/],
    ['an extra field', token({ ...moment, admin: true }), /not valid/],
    ['a time past the end', token({ ...moment, t: 601 }), /past the end/],
    ['a perspective not in the chapter', token({ ...moment, perspective: 'elena' }), /does not speak/],
    ['a cut short token', encodeMoment(moment).slice(0, 40), /damaged/],
    ['no moment at all', 'https://example.org/', /does not point/],
    ['an overlong token', `m=${'A'.repeat(LINK_MAX_CHARS + 1)}`, /too long/],
    [
      'a camera far away',
      token({ ...moment, camera: { position: [1e9, 0, 0], target: [0, 0, 0] } }),
      /camera/,
    ],
  ])('refuses %s with one clear message', (_what, link, message) => {
    const r = decodeMoment(link, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(/^This link cannot be opened: /);
      expect(r.message).toMatch(message);
      expect(r.message).not.toMatch(/[<>]/);
    }
  });

  it('never throws and never accepts what the schema rejects, whatever the token (fuzz)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.jsonValue().map(token)), (link) => {
        const r = decodeMoment(link, ctx);
        if (r.ok) expect(MomentSchema.safeParse(r.moment).success).toBe(true);
        else expect(r.message.length).toBeLessThan(200);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts every valid moment the schema can describe (property)', () => {
    const arb = fc.record({
      t: fc.double({ min: 0, max: 600, noNaN: true }),
      depth: fc.double({ min: 0, max: 1, noNaN: true }),
      x: fc.double({ min: -100, max: 100, noNaN: true }).map((v) => v + 0), // JSON has no -0
    });
    fc.assert(
      fc.property(arb, ({ t, depth, x }) => {
        const m: Moment = {
          ...moment,
          t,
          camera: { position: [x, 1, 2], target: [0, 0, 0] },
          view: { ...moment.view, crossSection: { on: true, axis: 'mesiodistal', depth } },
        };
        expect(decodeMoment(encodeMoment(m), ctx)).toEqual({ ok: true, moment: m });
      }),
    );
  });
});
