import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLink, MAX_LINK_LENGTH, protocolClientArgs } from '../../../../main/policy/link';

describe('links to a moment', () => {
  it('takes the m= value from a link fragment or query, or a bare fragment', () => {
    expect(checkLink('tooth-rebirth://open#m=eyJ2IjoxfQ')).toEqual({ ok: true, fragment: 'm=eyJ2IjoxfQ' });
    expect(checkLink('TOOTH-REBIRTH://open/?m=abc%2F-_.~')).toEqual({ ok: true, fragment: 'm=abc%2F-_.~' });
    expect(checkLink('tooth-rebirth:#x=1&m=abc==')).toEqual({ ok: true, fragment: 'm=abc==' });
    expect(checkLink('#m=abc')).toEqual({ ok: true, fragment: 'm=abc' });
    expect(checkLink('m=abc')).toEqual({ ok: true, fragment: 'm=abc' });
  });

  it('refuses anything of another shape, with a reason', () => {
    const refused: Array<[unknown, RegExp]> = [
      [42, /not text/],
      ['', /empty/],
      ['https://example.com/#m=abc', /not a tooth-rebirth/],
      ['javascript:alert(1)//#m=a', /not a tooth-rebirth/],
      ['tooth-rebirth://open', /no m= parameter/],
      ['tooth-rebirth://open#v=1', /no m= parameter/],
      ['tooth-rebirth://open#m=', /empty or holds/],
      ['tooth-rebirth://open#m=a&m=b', /more than one/],
      ['tooth-rebirth://open#m=<script>', /empty or holds/],
      ['tooth-rebirth://open#m=a%zz', /empty or holds/],
      ['tooth-rebirth://open#m=a\u0000b', /control characters/],
      ['tooth-rebirth://open#m=a\nb', /control characters/],
      ['tooth-rebirth://open#m=a b', /cannot hold/],
      ['tooth-rebirth://open#m=é', /cannot hold/],
      [`tooth-rebirth://open#m=${'a'.repeat(MAX_LINK_LENGTH)}`, /longer than 2048/],
    ];
    for (const [input, reason] of refused) {
      const result = checkLink(input);
      expect(result.ok, String(input).slice(0, 40)).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(reason);
    }
  });

  it('hands over only a bounded fragment of link characters, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 3000 }),
          fc.string().map((s) => `tooth-rebirth://o#m=${s}`),
        ),
        (input) => {
          const result = checkLink(input);
          if (result.ok) {
            expect(result.fragment.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
            expect(result.fragment).toMatch(/^m=[A-Za-z0-9\-._~!$'()*+,;:@/?=%]+$/);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('registers the scheme with the script path only in an unpackaged app', () => {
    expect(protocolClientArgs(false, '/opt/tr/tooth-rebirth', undefined)).toEqual(['tooth-rebirth']);
    expect(protocolClientArgs(true, '/x/electron', '/src/app')).toEqual([
      'tooth-rebirth',
      '/x/electron',
      ['/src/app'],
    ]);
  });
});
