import { describe, expect, it } from 'vitest';
import {
  parseStory,
  STORY_CONTENT,
  type Story,
  StoryValidationError,
  validateStory,
} from '../../../renderer/story';

/** A deep copy of the bundled content, edited by `edit`, to feed to the parser. */
function broken(edit: (story: Story) => void): Story {
  const copy = structuredClone(STORY_CONTENT) as Story;
  edit(copy);
  return copy;
}

function rejection(input: unknown): StoryValidationError {
  try {
    parseStory(input);
  } catch (error) {
    expect(error).toBeInstanceOf(StoryValidationError);
    return error as StoryValidationError;
  }
  throw new Error('expected the story to be rejected');
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('validateStory', () => {
  it('returns the bundled content, typed and unchanged', () => {
    const before = structuredClone(STORY_CONTENT);
    const story = validateStory();
    expect(story).toEqual(before);
    expect(STORY_CONTENT).toEqual(before);
  });

  it('accepts an untouched copy', () => {
    expect(() => parseStory(structuredClone(STORY_CONTENT))).not.toThrow();
  });
});

describe('parseStory rejects broken content with one clear message', () => {
  const cases: [string, (s: Story) => void, RegExp][] = [
    [
      'a missing Spanish title',
      (s) => (s.chapters[2]!.title.es = '  '),
      /must not be empty[\s\S]*chapters\[2\]\.title\.es/,
    ],
    [
      'a missing language',
      (s) => delete (s.chapters[0]!.title as Partial<Story['chapters'][0]['title']>).es,
      /es/,
    ],
    [
      'a perspective that is too short',
      (s) => (s.chapters[1]!.perspectives[0]!.text.es = words(30)),
      /60-200 words; this one has 30[\s\S]*chapters\[1\]\.perspectives\[0\]\.text\.es/,
    ],
    [
      'a perspective that is too long',
      (s) => (s.chapters[1]!.perspectives[0]!.text.en = words(240)),
      /this one has 240/,
    ],
    [
      'beats out of order',
      (s) => {
        const [a, b] = [s.chapters[3]!, s.chapters[4]!];
        s.chapters[3] = b;
        s.chapters[4] = a;
      },
      /out of the story's order/,
    ],
    [
      'a missing beat',
      (s) => (s.chapters = s.chapters.filter((c) => c.beat !== 'meeting')),
      /no chapter tells the beat "meeting"/,
    ],
    [
      'a span past the end of the scenario',
      (s) => (s.chapters[0]!.span = { from: 50, to: 90 }),
      /past the end of scenario "first-patient" \(80 s\)[\s\S]*chapters\[0\]\.span\.to/,
    ],
    [
      'a span that runs backwards',
      (s) => (s.chapters[0]!.span = { from: 40, to: 30 }),
      /from must be before/,
    ],
    ['a span that is too short', (s) => (s.chapters[0]!.span = { from: 0, to: 10 }), /at least 20 s/],
    ['an unknown scenario', (s) => ((s.chapters[0] as { scenario: string }).scenario = 'ivy-2'), /scenario/],
    [
      'an unknown character',
      (s) => ((s.chapters[0]!.perspectives[0] as { character: string }).character = 'bob'),
      /character/,
    ],
    [
      'a character who never speaks',
      (s) => {
        for (const c of s.chapters) c.perspectives = c.perspectives.filter((p) => p.character !== 'child');
      },
      /child never speaks/,
    ],
    [
      'a staff member who speaks in too few chapters',
      (s) => {
        for (const c of s.chapters.slice(0, 8))
          c.perspectives = c.perspectives.filter((p) => p.character !== 'almasi');
      },
      /almasi speaks in \d+ of \d+ chapters/,
    ],
    [
      'a character who speaks twice in a chapter',
      (s) => s.chapters[0]!.perspectives.push(structuredClone(s.chapters[0]!.perspectives[0]!)),
      /elena speaks twice/,
    ],
    [
      'a "What’s real?" note without its science',
      (s) => (s.chapters[5]!.whatsReal.en = 'Fiction: everything here is invented.'),
      /Fiction: … Science: …[\s\S]*chapters\[5\]\.whatsReal\.en/,
    ],
    [
      'a Spanish note that is not labelled in Spanish',
      (s) => (s.chapters[5]!.whatsReal.es = s.chapters[5]!.whatsReal.en),
      /Ficción: … Ciencia: …/,
    ],
    [
      'a duplicate chapter id',
      (s) => (s.chapters[1]!.id = s.chapters[0]!.id),
      /duplicate chapter id success/,
    ],
    ['a chapter id that is not kebab-case', (s) => (s.chapters[1]!.id = 'The Flood'), /kebab-case/],
    ['too few chapters', (s) => (s.chapters = s.chapters.slice(0, 9)), /at least 10 chapters/],
    [
      'characters out of order',
      (s) => s.characters.reverse(),
      /in the order elena, mateo, almasi, kade, ivy, young-patient, child/,
    ],
    [
      'two characters sharing a colour',
      (s) => (s.characters[1]!.colour = s.characters[0]!.colour),
      /its own colour/,
    ],
    ['a colour that is not a hex string', (s) => (s.characters[0]!.colour = 'violet'), /#rrggbb/],
    ['initials in lower case', (s) => (s.characters[0]!.initials = 'ec'), /capital letters/],
    ['a missing cue kind', (s) => delete (s.cueLines as Partial<Story['cueLines']>).restored, /restored/],
    [
      'a cue label too long for a marker',
      (s) => (s.cueLines.checkpoint.label.en = 'A very long label that will never fit on a marker'),
      /32 characters/,
    ],
    [
      'a cue override for an unknown scenario',
      (s) => ((s.cueOverrides as Record<string, unknown>)['mars'] = {}),
      /mars|key/i,
    ],
    [
      'a scenario without its label',
      (s) => delete (s.scenarioLabels as Partial<Story['scenarioLabels']>).child,
      /scenarioLabels[\s\S]*child|child[\s\S]*scenarioLabels/,
    ],
    [
      'a label for a scenario the catalogue does not run',
      (s) => ((s.scenarioLabels as Record<string, unknown>)['mars'] = { en: 'Mars', es: 'Marte' }),
      /mars|key/i,
    ],
    ['a missing interface string', (s) => delete (s.uiStrings as Partial<Story['uiStrings']>).play, /play/],
    ['an unexpected field', (s) => ((s.chapters[0] as Record<string, unknown>)['mood'] = 'sad'), /mood/],
    ['an empty checkpoint fallback', (s) => (s.checkpointPrompts.fallback = []), /fallback/],
  ];

  for (const [name, edit, message] of cases) {
    it(name, () => {
      const input = broken(edit);
      const snapshot = structuredClone(input);
      const error = rejection(input);
      expect(error.message).toMatch(/^The story content is not valid:/);
      expect(error.message).toMatch(message);
      expect(error.issues.length).toBeGreaterThan(0);
      // Validation reads the content and changes nothing.
      expect(input).toEqual(snapshot);
    });
  }

  it('rejects input that is not a story at all', () => {
    for (const input of [null, undefined, 42, 'story', [], {}]) {
      expect(() => parseStory(input)).toThrow(StoryValidationError);
    }
  });
});
