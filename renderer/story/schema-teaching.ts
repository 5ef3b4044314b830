// Schemas of the teaching material around the story: the sources its science notes cite, the glossary, the
// presenter's speaker notes and the canvas's description of each chapter. The content lives in sources.ts,
// glossary.ts, speakerNotes.ts and sceneDescriptions.ts; StorySchema (schema.ts) checks that they match the
// chapters.
import { z } from 'zod';
import { LANGUAGES, LocalizedSchema, localizedSentences, localizedWords, nonBlank } from './localized';

/** Every source a "What's real?" note may cite (science.md gives each one). */
export const SOURCE_IDS = [
  'ten-cate',
  'wheeler',
  'fejerskov',
  'shao-2019',
  'xu-2012',
  'paravina-2015',
  'smith-2017',
  'wright-2006',
  'crawford-2007',
] as const;
export const SourceIdSchema = z.enum(SOURCE_IDS);
export type SourceId = z.infer<typeof SourceIdSchema>;

export const SourceSchema = z.strictObject({
  /** How the notes cite it in brackets, the same in both languages: "Shao et al. 2019". */
  cite: nonBlank,
  /** The full reference a teacher can look up. */
  reference: nonBlank,
});
export type Source = z.infer<typeof SourceSchema>;
export const SourcesSchema = z.record(SourceIdSchema, SourceSchema);
export type Sources = z.infer<typeof SourcesSchema>;

const kebab = (what: string) => z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, `${what} ids are kebab-case`);

export const GLOSSARY_MIN_TERMS = 12;

export const GlossaryEntrySchema = z.strictObject({
  id: kebab('glossary'),
  /** The headword of the entry. */
  term: LocalizedSchema,
  /**
   * Every form in which the term appears in the story's texts, per language, matched as whole words without
   * regard to case (see `findGlossaryTerms`), so the interface can open the entry from any of them.
   */
  forms: z.strictObject({ en: z.array(nonBlank).min(1), es: z.array(nonBlank).min(1) }),
  definition: localizedSentences(1, 3, 'a glossary definition'),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

export const GlossarySchema = z
  .array(GlossaryEntrySchema)
  .min(GLOSSARY_MIN_TERMS, `the glossary has at least ${GLOSSARY_MIN_TERMS} terms`)
  .superRefine((entries, ctx) => {
    const ids = new Set<string>();
    for (const [i, e] of entries.entries()) {
      if (ids.has(e.id))
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate glossary id ${e.id}` });
      ids.add(e.id);
    }
    for (const lang of LANGUAGES) {
      const owner = new Map<string, string>();
      for (const [i, e] of entries.entries()) {
        for (const form of e.forms[lang]) {
          const key = form.toLocaleLowerCase(lang);
          const other = owner.get(key);
          if (other && other !== e.id) {
            ctx.addIssue({
              code: 'custom',
              path: [i, 'forms', lang],
              message: `the form "${form}" belongs to both ${other} and ${e.id}`,
            });
          }
          owner.set(key, e.id);
        }
      }
    }
  });
export type Glossary = z.infer<typeof GlossarySchema>;

const chapterId = kebab('chapter');

/** What a teacher presenting a chapter points at on screen, and one question for the class. */
export const SpeakerNoteSchema = z
  .strictObject({
    point: localizedSentences(1, 3, 'a speaker note'),
    question: localizedSentences(1, 1, 'a speaker note’s question'),
  })
  .superRefine((note, ctx) => {
    if (!note.question.en.trim().endsWith('?'))
      ctx.addIssue({ code: 'custom', path: ['question', 'en'], message: 'a question ends with "?"' });
    // A Spanish question opens with ¿ where the question itself starts, after any lead-in clause.
    if (!/¿[^?]*\?$/.test(note.question.es.trim()))
      ctx.addIssue({ code: 'custom', path: ['question', 'es'], message: 'a Spanish question reads "…¿…?"' });
  });
export type SpeakerNote = z.infer<typeof SpeakerNoteSchema>;
export const SpeakerNotesSchema = z.record(chapterId, SpeakerNoteSchema);
export type SpeakerNotes = z.infer<typeof SpeakerNotesSchema>;

/** One sentence per chapter: what the 3D view shows, for the canvas's accessible description. */
export const SceneDescriptionSchema = localizedSentences(1, 1, 'a scene description').and(
  localizedWords(6, 45, 'a scene description'),
);
export const SceneDescriptionsSchema = z.record(chapterId, SceneDescriptionSchema);
export type SceneDescriptions = z.infer<typeof SceneDescriptionsSchema>;
