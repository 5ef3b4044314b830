// Number and time formatting of the read-outs, in both languages of the interface.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatClock, formatNumber, formatSimulated } from '../../../renderer/ui/format';

const LANGUAGES = ['en', 'es'] as const;
const DECIMAL = { en: '.', es: ',' } as const;

describe('formatClock', () => {
  it('writes story seconds as minutes and two-digit seconds', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(9.99)).toBe('0:09');
    expect(formatClock(65)).toBe('1:05');
    expect(formatClock(600)).toBe('10:00');
    expect(formatClock(3599)).toBe('59:59');
    // The story is minutes long: no hours, the minutes go on counting.
    expect(formatClock(3725)).toBe('62:05');
  });

  it('never shows a negative time', () => {
    expect(formatClock(-0.4)).toBe('0:00');
    expect(formatClock(-90)).toBe('0:00');
  });

  it('reads a time a rounding error short of a whole second as that second', () => {
    // e.g. a minute reached as a sum of 1200 engine steps of 0.05 s.
    let t = 0;
    for (let i = 0; i < 1200; i++) t += 0.05;
    expect(t).toBeLessThan(60);
    expect(formatClock(t)).toBe('1:00');
    expect(formatClock(60 - 1e-9)).toBe('1:00');
  });

  it('round-trips every whole second, and never runs backwards', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 36_000 }), (n) => {
        const m = /^(\d+):(\d\d)$/.exec(formatClock(n));
        expect(m).not.toBeNull();
        expect(Number(m![2])).toBeLessThan(60);
        expect(Number(m![1]) * 60 + Number(m![2])).toBe(n);
      }),
    );
    const seconds = (s: string) => {
      const [m, r] = s.split(':');
      return Number(m) * 60 + Number(r);
    };
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(seconds(formatClock(lo))).toBeLessThanOrEqual(seconds(formatClock(hi)));
          // Whole seconds only: the shown time is never ahead of the true one by more than the tolerance.
          expect(seconds(formatClock(lo))).toBeLessThanOrEqual(lo + 1e-6);
          expect(seconds(formatClock(lo))).toBeGreaterThan(lo - 1);
        },
      ),
    );
  });
});

describe('formatSimulated', () => {
  it('uses seconds under two minutes, minutes under two hours, then hours', () => {
    expect(formatSimulated(42, 'en')).toBe('42 s');
    expect(formatSimulated(119.5, 'en')).toBe('119.5 s');
    expect(formatSimulated(120, 'en')).toBe('2 min');
    expect(formatSimulated(210, 'en')).toBe('3.5 min');
    expect(formatSimulated(7199.4, 'en').endsWith(' min')).toBe(true);
    expect(formatSimulated(7200, 'en')).toBe('2 h');
    expect(formatSimulated(7560, 'en')).toBe('2.1 h');
  });

  it('writes the decimal the Spanish way in Spanish', () => {
    expect(formatSimulated(42.5, 'es')).toBe('42,5 s');
    expect(formatSimulated(210, 'es')).toBe('3,5 min');
    expect(formatSimulated(7560, 'es')).toBe('2,1 h');
  });

  it('shows at most one decimal and no trailing zero', () => {
    for (const lang of LANGUAGES) {
      expect(formatSimulated(30, lang)).toBe('30 s');
      expect(formatSimulated(12.345, lang)).toBe(`12${DECIMAL[lang]}3 s`);
      expect(formatSimulated(180, lang)).toBe('3 min');
    }
  });
});

describe('formatNumber', () => {
  it('writes exactly the asked decimals, with the language decimal mark', () => {
    expect(formatNumber(1.25, 2, 'en')).toBe('1.25');
    expect(formatNumber(1.25, 2, 'es')).toBe('1,25');
    expect(formatNumber(1, 2, 'en')).toBe('1.00');
    expect(formatNumber(1, 2, 'es')).toBe('1,00');
    expect(formatNumber(0.1234, 3, 'en')).toBe('0.123');
    expect(formatNumber(0.0004, 3, 'es')).toBe('0,000');
    expect(formatNumber(99.6, 0, 'en')).toBe('100');
  });

  it('groups thousands of a bot count the language way', () => {
    expect(formatNumber(20_000, 0, 'en')).toBe('20,000');
    expect(formatNumber(20_000, 0, 'es')).toBe('20.000');
  });

  it('keeps fixed decimals apart from the variable ones of formatSimulated (one formatter each)', () => {
    for (const lang of LANGUAGES) {
      expect(formatSimulated(42, lang)).toBe('42 s');
      expect(formatNumber(42, 1, lang)).toBe(`42${DECIMAL[lang]}0`);
      expect(formatSimulated(42, lang)).toBe('42 s');
      expect(formatNumber(42, 2, lang)).toBe(`42${DECIMAL[lang]}00`);
    }
  });

  it('rounds to the nearest shown value, the same in both languages', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -999, max: 999, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
        (v, digits) => {
          const en = formatNumber(v, digits, 'en');
          const es = formatNumber(v, digits, 'es');
          const shape = digits === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${digits}}$`);
          expect(en).toMatch(shape);
          expect(es).toBe(en.replace('.', ','));
          expect(Math.abs(Number(en) - v)).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-9);
        },
      ),
    );
  });
});
