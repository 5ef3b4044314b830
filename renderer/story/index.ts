import { z } from 'zod';
import { CHAPTERS, SCENARIO_LABELS } from './chapters';
import { CHARACTERS } from './characters';
import { CHECKPOINT_PROMPTS, CUE_LINES, CUE_OVERRIDES } from './cues';
import { GLOSSARY } from './glossary';
import { SCENE_DESCRIPTIONS } from './sceneDescriptions';
import { type Story, StorySchema } from './schema';
import { SOURCES } from './sources';
import { SPEAKER_NOTES } from './speakerNotes';
import { UI_STRINGS } from './ui-strings';

export * from './chapters';
export * from './characters';
export * from './cues';
export * from './glossary';
export * from './reading';
export * from './sceneDescriptions';
export * from './schema';
export * from './sources';
export * from './speakerNotes';
export * from './timeScale';
export * from './ui-strings';

/** Thrown when story content does not match its schema; the message lists every problem with its path. */
export class StoryValidationError extends Error {
  readonly issues: readonly z.core.$ZodIssue[];
  constructor(error: z.ZodError) {
    super(`The story content is not valid:\n${z.prettifyError(error)}`);
    this.name = 'StoryValidationError';
    this.issues = error.issues;
  }
}

/** The bundled content, gathered in one object (not yet validated). */
export const STORY_CONTENT = {
  characters: CHARACTERS,
  chapters: CHAPTERS,
  scenarioLabels: SCENARIO_LABELS,
  cueLines: CUE_LINES,
  cueOverrides: CUE_OVERRIDES,
  checkpointPrompts: CHECKPOINT_PROMPTS,
  uiStrings: UI_STRINGS,
  sources: SOURCES,
  glossary: GLOSSARY,
  speakerNotes: SPEAKER_NOTES,
  sceneDescriptions: SCENE_DESCRIPTIONS,
} satisfies Story;

/** Checks any story content against the schemas; returns it typed or throws a StoryValidationError. */
export function parseStory(input: unknown): Story {
  const result = StorySchema.safeParse(input);
  if (!result.success) throw new StoryValidationError(result.error);
  return result.data;
}

/** Checks the bundled story content; call once at start-up so a broken edit fails with a clear message. */
export function validateStory(): Story {
  return parseStory(STORY_CONTENT);
}

/** A character by id (the ids are fixed by the schema, so this always finds one). */
export function characterById(id: Story['characters'][number]['id']): Story['characters'][number] {
  const found = CHARACTERS.find((c) => c.id === id);
  if (!found) throw new Error(`Unknown character "${id}"`);
  return found;
}
