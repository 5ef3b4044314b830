// Formatting of the numbers the interface shows. Plain functions, no React. The read-outs call these every
// frame a new simulation frame arrives, so the Intl formatters are built once per language and precision
// (`toLocaleString` with options builds a new formatter on every call).

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(language: string, digits: number, fixed: boolean): Intl.NumberFormat {
  const key = `${language}:${digits}:${fixed ? 'f' : 'v'}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(language, {
      minimumFractionDigits: fixed ? digits : 0,
      maximumFractionDigits: digits,
    });
    formatters.set(key, f);
  }
  return f;
}

/** Story-clock seconds as m:ss (the story is minutes long; tenths would flicker at play speed). */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds + 1e-6));
  const m = Math.floor(s / 60);
  const r = s % 60;
  return `${m}:${r < 10 ? '0' : ''}${r}`;
}

/** Simulated seconds as the largest sensible unit: "42 s", "3.5 min", "2.1 h". */
export function formatSimulated(seconds: number, language: string): string {
  const f = formatter(language, 1, false);
  if (seconds < 120) return `${f.format(seconds)} s`;
  if (seconds < 7200) return `${f.format(seconds / 60)} min`;
  return `${f.format(seconds / 3600)} h`;
}

/** A number with exactly `digits` decimals, written the language's way (1.25 / 1,25). */
export function formatNumber(value: number, digits: number, language: string): string {
  return formatter(language, digits, true).format(value);
}
