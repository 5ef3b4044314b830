// Formatting of the numbers the interface shows. Plain functions, no React.

/** Story-clock seconds as m:ss (the story is minutes long; tenths would flicker at play speed). */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds + 1e-6));
  const m = Math.floor(s / 60);
  const r = s % 60;
  return `${m}:${r < 10 ? '0' : ''}${r}`;
}

/** Simulated seconds as the largest sensible unit: "42 s", "3.5 min", "2.1 h". */
export function formatSimulated(seconds: number, language: string): string {
  const nf = (v: number, digits: number) =>
    v.toLocaleString(language, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  if (seconds < 120) return `${nf(seconds, 1)} s`;
  if (seconds < 7200) return `${nf(seconds / 60, 1)} min`;
  return `${nf(seconds / 3600, 1)} h`;
}

export function formatNumber(value: number, digits: number, language: string): string {
  return value.toLocaleString(language, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Initials for a character's avatar: "Dr. Saira Almasi" -> "SA", "Mateo" -> "M". */
export function initials(name: string): string {
  const words = name
    .replace(/^(dr|dra)\.?\s+/i, '')
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w));
  if (words.length === 0) return '?';
  const first = words[0]!;
  const last = words.length > 1 ? words[words.length - 1]! : '';
  return (first[0]! + (last[0] ?? '')).toUpperCase();
}
