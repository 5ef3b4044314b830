import { differenceCiede2000, oklch, wcagContrast } from 'culori';
import { describe, expect, it } from 'vitest';
import { CHARACTER_IDS, CHARACTERS } from '../../../renderer/story';

const deltaE = differenceCiede2000();

// The darkest and lightest blue-greys of the stage and panels, and the panel colour itself.
const BACKGROUNDS = ['#10161d', '#141b24', '#1b2530'];
// Reserved colours: cyan-teal for the nanobots, amber to brown for enamel anomalies.
const NANOBOT_CYAN_TEAL = ['#2ee6d6', '#3ff0ff', '#19c2b0', '#00b3a4', '#5ff5e6'];
const ANOMALY_AMBER_BROWN = ['#ffbf00', '#f5b942', '#e0a030', '#d9a441', '#c08040', '#a0642a', '#8b5a2b'];

describe('the characters', () => {
  it('are the seven of the story, in the fixed shortcut order', () => {
    expect(CHARACTERS.map((c) => c.id)).toEqual([...CHARACTER_IDS]);
    expect(CHARACTERS.map((c) => c.name.en)).toEqual([
      'Elena Cruz',
      'Mateo',
      'Dr. Saira Almasi',
      'Kade',
      'Ivy Liu',
      'The young patient',
      'The child',
    ]);
  });

  it('have initials drawn from their names', () => {
    for (const c of CHARACTERS) {
      const capitals = c.name.en
        .replace(/^(Dr\.|The)\s+/, '')
        .match(/\b\p{L}/gu)!
        .join('')
        .toUpperCase();
      expect(capitals.startsWith(c.initials) || c.initials.startsWith(capitals[0]!), c.id).toBe(true);
    }
  });

  it('have colours readable on every background of the stage (contrast ≥ 4.5:1)', () => {
    for (const c of CHARACTERS) {
      for (const bg of BACKGROUNDS)
        expect(wcagContrast(c.colour, bg), `${c.id} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('have colours clearly distinct from each other (CIEDE2000 > 15)', () => {
    for (let i = 0; i < CHARACTERS.length; i++) {
      for (let j = i + 1; j < CHARACTERS.length; j++) {
        const a = CHARACTERS[i]!;
        const b = CHARACTERS[j]!;
        expect(deltaE(a.colour, b.colour), `${a.id} vs ${b.id}`).toBeGreaterThan(15);
      }
    }
  });

  it('stay clear of the nanobots’ cyan-teal and the anomalies’ amber-brown', () => {
    for (const c of CHARACTERS) {
      for (const r of [...NANOBOT_CYAN_TEAL, ...ANOMALY_AMBER_BROWN]) {
        expect(deltaE(c.colour, r), `${c.id} vs ${r}`).toBeGreaterThan(15);
      }
      const { h = 0, c: chroma } = oklch(c.colour)!;
      expect(chroma, c.id).toBeGreaterThan(0.05); // a real colour, not a grey
      // OKLCH hue bands: cyan-teal about 165–215°, amber-brown about 50–95°.
      expect(h > 165 && h < 215, `${c.id} hue ${h}`).toBe(false);
      expect(h > 50 && h < 95, `${c.id} hue ${h}`).toBe(false);
    }
  });

  it('give the young patient and the child no invented personal names', () => {
    const byId = Object.fromEntries(CHARACTERS.map((c) => [c.id, c]));
    expect(byId['young-patient']!.name).toEqual({ en: 'The young patient', es: 'El joven paciente' });
    expect(byId['child']!.name).toEqual({ en: 'The child', es: 'La niña' });
  });
});
