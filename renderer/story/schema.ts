// The shape of the story's content. Every text the app shows lives in renderer/story as plain data and is
// checked here: the sidebar, the timeline and the kiosk build on these types, and `validateStory()` (index.ts)
// parses the bundled content with these schemas so a broken edit fails loudly instead of showing a blank tab.
import { z } from 'zod';
import { getScenario, SCENARIO_IDS, type ScenarioId, scenarioSeconds } from '../timeline/scenarios';
import { LANGUAGES, type Language, LocalizedSchema, localizedSentences, localizedWords } from './localized';
import {
  GlossarySchema,
  SceneDescriptionsSchema,
  SourceIdSchema,
  SourcesSchema,
  SpeakerNotesSchema,
} from './schema-teaching';

export type { ScenarioId } from '../timeline/scenarios';
export * from './localized';
export * from './schema-teaching';

/** Fixed order: it is also the order of the 1–7 keyboard shortcuts. */
export const CHARACTER_IDS = ['elena', 'mateo', 'almasi', 'kade', 'ivy', 'young-patient', 'child'] as const;
export const CharacterIdSchema = z.enum(CHARACTER_IDS);
export type CharacterId = z.infer<typeof CharacterIdSchema>;

/** The four staff members whose voices carry most chapters. */
export const CORE_CHARACTERS: readonly CharacterId[] = ['elena', 'mateo', 'almasi', 'kade'];

export const CharacterSchema = z.strictObject({
  id: CharacterIdSchema,
  name: LocalizedSchema,
  role: LocalizedSchema,
  initials: z.string().regex(/^\p{Lu}{1,3}$/u, 'initials are one to three capital letters'),
  colour: z.string().regex(/^#[0-9a-f]{6}$/, 'colour is a lower-case #rrggbb hex string'),
});
export type Character = z.infer<typeof CharacterSchema>;

export const CharactersSchema = z.array(CharacterSchema).superRefine((list, ctx) => {
  const ids = list.map((c) => c.id).join(',');
  if (ids !== CHARACTER_IDS.join(',')) {
    ctx.addIssue({
      code: 'custom',
      message: `characters must be listed once each, in the order ${CHARACTER_IDS.join(', ')} (got ${ids})`,
    });
  }
  const colours = new Set(list.map((c) => c.colour));
  if (colours.size !== list.length)
    ctx.addIssue({ code: 'custom', message: 'each character needs its own colour' });
});

/**
 * The story names the scenarios the engine runs by id only; their patient, protocol and length live in the
 * scenario catalogue (renderer/timeline/scenarios.ts).
 */
export const ScenarioIdSchema = z.enum(SCENARIO_IDS);
/** The shortest stretch of simulated time a chapter shows, seconds. */
export const MIN_SPAN_SECONDS = 20;

/** Simulated seconds a scenario runs, from the catalogue (the end of its aftermath). */
function scenarioLength(id: ScenarioId): number {
  const scenario = getScenario(id);
  if (!scenario) throw new Error(`Unknown scenario "${id}"`);
  return scenarioSeconds(scenario);
}

/** The story's beats, in the order the story tells them. */
export const BEAT_IDS = [
  'success',
  'flood',
  'ivy-treatment',
  'investigation',
  'dismissed',
  'public-display',
  'meeting',
  'young-patient',
  'showdown',
  'redesign',
  'aftermath',
] as const;
export const BeatIdSchema = z.enum(BEAT_IDS);
export type BeatId = z.infer<typeof BeatIdSchema>;

export const SpanSchema = z
  .strictObject({
    from: z.number().min(0),
    to: z.number().min(0),
  })
  .refine((s) => s.from < s.to, { message: 'span.from must be before span.to' })
  .refine((s) => s.to - s.from >= MIN_SPAN_SECONDS, {
    message: `a chapter spans at least ${MIN_SPAN_SECONDS} s of simulated time`,
  });
export type Span = z.infer<typeof SpanSchema>;

/**
 * Two reading levels, switchable at any time: `short` for visitors from about ten years old (the kiosk's
 * default), `full` for everyone else.
 */
export const READING_LEVELS = ['short', 'full'] as const;
export const ReadingLevelSchema = z.enum(READING_LEVELS);
export type ReadingLevel = z.infer<typeof ReadingLevelSchema>;

export const SHORT_MIN_WORDS = 15;
export const SHORT_MAX_WORDS = 60;
export const PERSPECTIVE_MIN_WORDS = 60;
export const PERSPECTIVE_MAX_WORDS = 200;

export const PerspectiveSchema = z.strictObject({
  character: CharacterIdSchema,
  /** At most SHORT_MAX_WORDS plain words. */
  short: localizedWords(SHORT_MIN_WORDS, SHORT_MAX_WORDS, 'a short perspective'),
  full: localizedWords(PERSPECTIVE_MIN_WORDS, PERSPECTIVE_MAX_WORDS, 'a full perspective'),
});
export type Perspective = z.infer<typeof PerspectiveSchema>;

/** The text of a perspective at a reading level, in a language. */
export function perspectiveText(p: Perspective, level: ReadingLevel, lang: Language): string {
  return p[level][lang];
}

/**
 * The detail of a "What's real?" note is one text per language in two parts, fiction first, then science:
 * "Fiction: … Science: …" / "Ficción: … Ciencia: …". `splitWhatsReal` separates them for the UI.
 */
export const WHATS_REAL_LABELS = {
  en: { fiction: 'Fiction:', science: 'Science:' },
  es: { fiction: 'Ficción:', science: 'Ciencia:' },
} as const satisfies Record<Language, { fiction: string; science: string }>;

export function splitWhatsReal(text: string, lang: Language): { fiction: string; science: string } | null {
  const { fiction, science } = WHATS_REAL_LABELS[lang];
  if (!text.startsWith(fiction)) return null;
  const at = text.indexOf(` ${science} `);
  if (at < 0) return null;
  const fictionPart = text.slice(fiction.length, at).trim();
  const sciencePart = text.slice(at + science.length + 2).trim();
  if (!fictionPart || !sciencePart) return null;
  return { fiction: fictionPart, science: sciencePart };
}

const whatsRealDetail = LocalizedSchema.superRefine((text, ctx) => {
  for (const lang of LANGUAGES) {
    if (!splitWhatsReal(text[lang], lang)) {
      const { fiction, science } = WHATS_REAL_LABELS[lang];
      ctx.addIssue({
        code: 'custom',
        path: [lang],
        message: `a "What's real?" detail reads "${fiction} … ${science} …" with both parts filled in`,
      });
    }
  }
});

export const WHATS_REAL_PLAIN_MAX_WORDS = 40;

/**
 * "What's real?": one plain sentence for everyone, then the detail for teachers, whose bracketed citations
 * ("Shao et al. 2019") are each one of `sources`, listed in full in sources.ts.
 */
export const WhatsRealSchema = z.strictObject({
  plain: localizedSentences(1, 1, 'the plain "What\'s real?" line').and(
    localizedWords(6, WHATS_REAL_PLAIN_MAX_WORDS, 'the plain "What\'s real?" line'),
  ),
  detail: whatsRealDetail,
  sources: z.array(SourceIdSchema).min(1, 'a "What\'s real?" note cites at least one source'),
});
export type WhatsReal = z.infer<typeof WhatsRealSchema>;

export const ChapterSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'chapter ids are kebab-case'),
    title: LocalizedSchema,
    scenario: ScenarioIdSchema,
    span: SpanSchema,
    beat: BeatIdSchema,
    /** The character whose perspective is shown first; one of `perspectives`. */
    lead: CharacterIdSchema,
    perspectives: z.array(PerspectiveSchema).min(2, 'a chapter is seen by at least two characters'),
    whatsReal: WhatsRealSchema,
    summary: LocalizedSchema.optional(),
  })
  .superRefine((chapter, ctx) => {
    // The span must lie inside the scenario it shows, as long as the catalogue says that scenario runs.
    const length = scenarioLength(chapter.scenario);
    if (chapter.span.to > length) {
      ctx.addIssue({
        code: 'custom',
        path: ['span', 'to'],
        message: `span ends at ${chapter.span.to} s, past the end of scenario "${chapter.scenario}" (${length} s)`,
      });
    }
    const seen = new Set<CharacterId>();
    for (const p of chapter.perspectives) {
      if (seen.has(p.character)) {
        ctx.addIssue({ code: 'custom', path: ['perspectives'], message: `${p.character} speaks twice` });
      }
      seen.add(p.character);
    }
    if (!seen.has(chapter.lead)) {
      ctx.addIssue({
        code: 'custom',
        path: ['lead'],
        message: `the lead voice ${chapter.lead} is not among the chapter's perspectives`,
      });
    }
  });
export type Chapter = z.infer<typeof ChapterSchema>;

/** The lead voice's perspective of a chapter (the schema guarantees there is one). */
export function leadPerspective(chapter: Chapter): Perspective {
  const found = chapter.perspectives.find((p) => p.character === chapter.lead);
  if (!found) throw new Error(`Chapter "${chapter.id}" has no perspective for its lead ${chapter.lead}`);
  return found;
}

export const MIN_CHAPTERS = 10;

export const ChaptersSchema = z
  .array(ChapterSchema)
  .min(MIN_CHAPTERS, `the story has at least ${MIN_CHAPTERS} chapters`)
  .superRefine((chapters, ctx) => {
    const ids = new Set<string>();
    for (const [i, c] of chapters.entries()) {
      if (ids.has(c.id))
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate chapter id ${c.id}` });
      ids.add(c.id);
    }
    // Beats appear in the story's order; a beat may take more than one chapter.
    let last = -1;
    for (const [i, c] of chapters.entries()) {
      const at = BEAT_IDS.indexOf(c.beat);
      if (at < last) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'beat'],
          message: `beat "${c.beat}" comes after "${BEAT_IDS[last]}", out of the story's order`,
        });
      }
      last = Math.max(last, at);
    }
    for (const beat of BEAT_IDS) {
      if (!chapters.some((c) => c.beat === beat)) {
        ctx.addIssue({ code: 'custom', message: `no chapter tells the beat "${beat}"` });
      }
    }
    for (const id of CHARACTER_IDS) {
      const spoken = chapters.filter((c) => c.perspectives.some((p) => p.character === id)).length;
      if (spoken === 0) ctx.addIssue({ code: 'custom', message: `${id} never speaks` });
      if (CORE_CHARACTERS.includes(id) && spoken * 2 <= chapters.length) {
        ctx.addIssue({
          code: 'custom',
          message: `${id} speaks in ${spoken} of ${chapters.length} chapters; the staff speak in most of them`,
        });
      }
    }
  });

/** Engine events the sidebar reacts to. */
export const CUE_KINDS = [
  'colour-perceptible',
  'colour-unacceptable',
  'shape-deviation',
  'checkpoint',
  'restored',
] as const;
export const CueKindSchema = z.enum(CUE_KINDS);
export type CueKind = z.infer<typeof CueKindSchema>;

export const CueLineSchema = z.strictObject({
  character: CharacterIdSchema,
  text: LocalizedSchema,
  /** A few words for the timeline marker. */
  label: LocalizedSchema.refine((l) => l.en.length <= 32 && l.es.length <= 32, {
    message: 'a cue label fits on a timeline marker (32 characters at most)',
  }),
});
export type CueLine = z.infer<typeof CueLineSchema>;

export const CueLinesSchema = z.strictObject({
  'colour-perceptible': CueLineSchema,
  'colour-unacceptable': CueLineSchema,
  'shape-deviation': CueLineSchema,
  checkpoint: CueLineSchema,
  restored: CueLineSchema,
}) satisfies z.ZodType<Record<CueKind, CueLine>>;

/** A scenario's own line for a cue; without a label it keeps the default marker label. */
export const CueOverrideSchema = CueLineSchema.partial({ label: true });
export type CueOverride = z.infer<typeof CueOverrideSchema>;

export const CueOverridesSchema = z.partialRecord(
  ScenarioIdSchema,
  z.partialRecord(CueKindSchema, CueOverrideSchema),
);
export type CueOverrides = z.infer<typeof CueOverridesSchema>;

/** What the clinician asks at a checkpoint pause, and what the patient answers. */
export const CheckpointPromptSchema = z.strictObject({
  character: CharacterIdSchema,
  text: LocalizedSchema,
  reply: z.strictObject({ character: CharacterIdSchema, text: LocalizedSchema }).optional(),
});
export type CheckpointPrompt = z.infer<typeof CheckpointPromptSchema>;

const checkpointId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'checkpoint ids are kebab-case');

/**
 * Prompts for the redesigned procedure's pauses, found by the engine's checkpoint id: first the scenario's own
 * prompt for that checkpoint, then the general one for that checkpoint, and for a checkpoint the story does not
 * know, the fallback list in turn.
 */
export const CheckpointPromptsSchema = z.strictObject({
  byCheckpoint: z.record(checkpointId, CheckpointPromptSchema),
  byScenario: z.partialRecord(ScenarioIdSchema, z.record(checkpointId, CheckpointPromptSchema)),
  fallback: z.array(CheckpointPromptSchema).min(1),
});
export type CheckpointPrompts = z.infer<typeof CheckpointPromptsSchema>;

/** Each scenario's label for the time bar and the read-outs: exactly one per scenario of the catalogue. */
export const ScenarioLabelsSchema = z.record(ScenarioIdSchema, LocalizedSchema);
export type ScenarioLabels = z.infer<typeof ScenarioLabelsSchema>;

/** Keys of the interface strings; `UI_STRINGS` must define every one in every language. */
export const UI_KEYS = [
  'appTitle',
  'appSubtitle',
  'play',
  'pause',
  'stepForward',
  'stepBack',
  'speed',
  'speedSlow',
  'speedNormal',
  'speedFast',
  'timeline',
  'storyTime',
  'previousChapter',
  'nextChapter',
  'reset',
  'language',
  'chapterOf',
  'perspectives',
  'showPerspective',
  'cueFeed',
  'cueFeedEmpty',
  'whatsReal',
  'fiction',
  'science',
  'openModel',
  'loading',
  'loadError',
  'loadErrorKept',
  'inferredUnits',
  'timeCompression',
  'timeCompressionAftermath',
  'phaseTreatment',
  'phaseAftermath',
  'protocolOriginal',
  'protocolRedesigned',
  'checkpointTitle',
  'checkpointContinue',
  'touchToStart',
  'attractSubtitle',
  'idleWarning',
  'metricRestored',
  'metricDeltaE',
  'metricDeltaEMax',
  'metricDeltaEMean',
  'metricDeltaEMaxHint',
  'metricDeltaEMeanHint',
  'metricShape',
  'metricBots',
  'legendBots',
  'botTravelling',
  'botDepositing',
  'botDormant',
  'botReturning',
  'botReservoir',
  'crossSection',
  'thresholdPerceptible',
  'thresholdAcceptable',
  'thresholdSource',
  'thresholdShape',
  'screenshot',
  'close',
  'readingLevel',
  'readingShort',
  'readingFull',
  'continueStory',
  'pauseAtChapterEnds',
  'nanobots',
  'glossary',
  'glossaryOpen',
  'sources',
  'speakerNotes',
  'questionForClass',
  'compare',
  'compareUnavailable',
  'anomalyMap',
  'anomalyMapOff',
  'anomalyMapColour',
  'anomalyMapShape',
  'mapColourTitle',
  'mapColourLow',
  'mapColourMid',
  'mapColourHigh',
  'mapShapeTitle',
  'mapShapeMissingMore',
  'mapShapeMissing',
  'mapShapeTrue',
  'mapShapeExtra',
  'mapShapeExtraMore',
  'forTeachers',
  'chapterEnd',
  'cutDepth',
  'cutDirection',
  'cutMesiodistal',
  'cutBuccolingual',
  'cutHorizontal',
  'cutThickness',
  'cutThicknessNone',
  'labels',
  'labelCuspMesiobuccal',
  'labelCuspDistobuccal',
  'labelCuspDistal',
  'labelCuspMesiolingual',
  'labelCuspDistolingual',
  'labelEnamel',
  'labelDentin',
  'labelPulp',
  'labelCervicalLine',
  'labelRootMesial',
  'labelRootDistal',
  'labelLesion',
  'share',
  'shareLink',
  'shareHint',
  'copyLink',
  'linkCopied',
  'linkCopyManual',
  'dismiss',
  'presenterView',
  'openAudience',
  'audienceConnected',
  'audienceNotConnected',
  'liveView',
  'nextCue',
  'noNextCue',
  'lessonTime',
  'pointAt',
  'presenterWaiting',
  'presenterSilent',
  'presenterClosed',
  'audienceBlocked',
  'charts',
  'chartsHint',
  'chartShapeMax',
  'chartShapeMean',
  'chartChapters',
  'chartPauses',
  'chartNow',
  'settings',
  'reducedMotion',
  'motionSystem',
  'motionOn',
  'motionOff',
  'theme',
  'themeDefault',
  'themeProjector',
  'textSize',
  'textNormal',
  'textLarge',
  'textLarger',
  'swarmSize',
  'swarmNote',
  'resetSettings',
  'resetView',
  'scanSingleTooth',
  'scanPartialArch',
  'scanFullArch',
  'screenshotSaved',
  'screenshotFailed',
] as const;
export const UiKeySchema = z.enum(UI_KEYS);
export type UiKey = z.infer<typeof UiKeySchema>;
export const UiStringsSchema = z.record(UiKeySchema, LocalizedSchema);
export type UiStrings = z.infer<typeof UiStringsSchema>;

/** The bracketed citations of a text that look like one (a year, or the name of a reference book). */
function citationsIn(text: string): string[] {
  const out: string[] = [];
  for (const [, inside] of text.matchAll(/\(([^()]+)\)/g)) {
    for (const part of inside!.split(/;\s*/)) {
      if (/\d{4}|Histology|Anatomy|Caries/.test(part)) out.push(part.trim());
    }
  }
  return out;
}

export const StorySchema = z
  .strictObject({
    characters: CharactersSchema,
    chapters: ChaptersSchema,
    scenarioLabels: ScenarioLabelsSchema,
    cueLines: CueLinesSchema,
    cueOverrides: CueOverridesSchema,
    checkpointPrompts: CheckpointPromptsSchema,
    uiStrings: UiStringsSchema,
    sources: SourcesSchema,
    glossary: GlossarySchema,
    speakerNotes: SpeakerNotesSchema,
    sceneDescriptions: SceneDescriptionsSchema,
  })
  .superRefine((story, ctx) => {
    // Each note cites exactly the sources it lists, by their bracketed form.
    for (const [i, chapter] of story.chapters.entries()) {
      const listed = chapter.whatsReal.sources.map((id) => story.sources[id]?.cite ?? id);
      for (const lang of LANGUAGES) {
        const cited = citationsIn(chapter.whatsReal.detail[lang]);
        for (const c of cited) {
          if (!listed.includes(c)) {
            ctx.addIssue({
              code: 'custom',
              path: ['chapters', i, 'whatsReal', 'detail', lang],
              message: `"${c}" is cited but not among the note's sources (${listed.join('; ')})`,
            });
          }
        }
        for (const c of listed) {
          if (!cited.includes(c)) {
            ctx.addIssue({
              code: 'custom',
              path: ['chapters', i, 'whatsReal', 'sources'],
              message: `the source "${c}" is listed but never cited in the ${lang} detail`,
            });
          }
        }
      }
    }
    // Speaker notes and scene descriptions: one for each chapter, none for a chapter that does not exist.
    const ids = story.chapters.map((c) => c.id);
    for (const [key, table] of [
      ['speakerNotes', story.speakerNotes],
      ['sceneDescriptions', story.sceneDescriptions],
    ] as const) {
      for (const id of ids) {
        if (!Object.hasOwn(table, id))
          ctx.addIssue({ code: 'custom', path: [key], message: `${key} has nothing for chapter "${id}"` });
      }
      for (const id of Object.keys(table)) {
        if (!ids.includes(id))
          ctx.addIssue({
            code: 'custom',
            path: [key, id],
            message: `${key} names an unknown chapter "${id}"`,
          });
      }
    }
  });
export type Story = z.infer<typeof StorySchema>;
