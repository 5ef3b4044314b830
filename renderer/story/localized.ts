// The building blocks every story schema shares: the languages, a text in each of them, and how words and
// sentences are counted (word limits and reading times are measured the same way everywhere).
import { z } from 'zod';

export const LANGUAGES = ['en', 'es'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

export const nonBlank = z.string().trim().min(1, 'must not be empty');

/** One text in every language the app speaks. */
export const LocalizedSchema = z.strictObject({ en: nonBlank, es: nonBlank });
export type Localized = z.infer<typeof LocalizedSchema>;

/** Words as a reader counts them: runs of letters or digits separated by spaces. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * The sentences of a text: a sentence ends at `.`, `!`, `?` or `…` (and any closing quote or bracket) before a
 * space and a capital, an opening mark or a digit. Abbreviations such as "et al." are followed by a name or a
 * year, never a capital after a full stop, so they do not split a sentence; nor does a title such as "Dr.".
 */
export function sentences(text: string): string[] {
  return text
    .trim()
    .split(/(?<!\b(?:Dr|Dra)\.)(?<=[.!?…][»”’)]*)\s+(?=[\p{Lu}¿¡«“(])/u)
    .filter((s) => s.trim().length > 0);
}

/** A localized text whose every language has `min` to `max` words; `what` names it in the message. */
export function localizedWords(min: number, max: number, what: string) {
  return LocalizedSchema.superRefine((text, ctx) => {
    for (const lang of LANGUAGES) {
      const n = countWords(text[lang]);
      if (n < min || n > max) {
        ctx.addIssue({
          code: 'custom',
          path: [lang],
          message: `${what} has ${min}-${max} words; this one has ${n}`,
        });
      }
    }
  });
}

/** A localized text of `min` to `max` sentences in every language; `what` names it in the message. */
export function localizedSentences(min: number, max: number, what: string) {
  return LocalizedSchema.superRefine((text, ctx) => {
    for (const lang of LANGUAGES) {
      const n = sentences(text[lang]).length;
      if (n < min || n > max) {
        const range = min === max ? `${min}` : `${min}-${max}`;
        ctx.addIssue({
          code: 'custom',
          path: [lang],
          message: `${what} has ${range} sentence${max === 1 ? '' : 's'}; this one has ${n}`,
        });
      }
    }
  });
}
