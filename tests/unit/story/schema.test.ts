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
      'a full perspective that is too short',
      (s) => (s.chapters[1]!.perspectives[0]!.full.es = words(30)),
      /a full perspective has 60-200 words; this one has 30[\s\S]*chapters\[1\]\.perspectives\[0\]\.full\.es/,
    ],
    [
      'a full perspective that is too long',
      (s) => (s.chapters[1]!.perspectives[0]!.full.en = words(240)),
      /this one has 240/,
    ],
    [
      'a short perspective over 60 words',
      (s) => (s.chapters[2]!.perspectives[1]!.short.es = words(61)),
      /a short perspective has 15-60 words; this one has 61[\s\S]*chapters\[2\]\.perspectives\[1\]\.short\.es/,
    ],
    [
      'a perspective without its short text',
      (s) =>
        delete (s.chapters[0]!.perspectives[0] as Partial<Story['chapters'][0]['perspectives'][0]>).short,
      /short/,
    ],
    [
      'a lead voice who is not among the perspectives',
      (s) => (s.chapters[0]!.lead = 'child'),
      /the lead voice child is not among the chapter's perspectives[\s\S]*chapters\[0\]\.lead/,
    ],
    [
      'a chapter without a lead voice',
      (s) => delete (s.chapters[4] as Partial<Story['chapters'][0]>).lead,
      /chapters\[4\]\.lead/,
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
      'a "What’s real?" detail without its science',
      (s) => (s.chapters[5]!.whatsReal.detail.en = 'Fiction: everything here is invented.'),
      /Fiction: … Science: …[\s\S]*chapters\[5\]\.whatsReal\.detail\.en/,
    ],
    [
      'a Spanish detail that is not labelled in Spanish',
      (s) => (s.chapters[5]!.whatsReal.detail.es = s.chapters[5]!.whatsReal.detail.en),
      /Ficción: … Ciencia: …/,
    ],
    [
      'a plain "What’s real?" line of two sentences',
      (s) => (s.chapters[3]!.whatsReal.plain.en = 'The genes are real. The bots are not, and never were.'),
      /has 1 sentence; this one has 2[\s\S]*chapters\[3\]\.whatsReal\.plain\.en/,
    ],
    [
      'a citation that is not among the note’s sources',
      (s) => (s.chapters[0]!.whatsReal.detail.en += ' Teeth are nice (Nobody et al. 2020).'),
      /"Nobody et al. 2020" is cited but not among the note's sources/,
    ],
    [
      'a listed source the note never cites',
      (s) => s.chapters[0]!.whatsReal.sources.push('crawford-2007'),
      /the source "Crawford et al. 2007" is listed but never cited in the en detail/,
    ],
    ['an unknown source', (s) => ((s.chapters[0]!.whatsReal.sources as string[])[0] = 'my-blog'), /sources/],
    [
      'a glossary definition of four sentences',
      (s) => (s.glossary[0]!.definition.en = 'One. Two. Three. Four.'),
      /a glossary definition has 1-3 sentences; this one has 4[\s\S]*glossary\[0\]\.definition\.en/,
    ],
    [
      'a glossary form claimed by two terms',
      (s) => s.glossary[1]!.forms.en.push('enamel'),
      /the form "enamel" belongs to both enamel and dentin/,
    ],
    [
      'a glossary entry without Spanish forms',
      (s) => (s.glossary[2]!.forms.es = []),
      /glossary\[2\]\.forms\.es/,
    ],
    [
      'a chapter without speaker notes',
      (s) => delete s.speakerNotes['flood'],
      /speakerNotes has nothing for chapter "flood"/,
    ],
    [
      'speaker notes for a chapter that does not exist',
      (s) => (s.speakerNotes['epilogue'] = structuredClone(s.speakerNotes['flood']!)),
      /speakerNotes names an unknown chapter "epilogue"/,
    ],
    [
      'a speaker note whose question is not a question',
      (s) => (s.speakerNotes['flood']!.question.en = 'Discuss.'),
      /a question ends with "\?"/,
    ],
    [
      'a scene description of two sentences',
      (s) => (s.sceneDescriptions['flood']!.es = 'La muela descansa tranquila. Nada cambia en ella.'),
      /a scene description has 1 sentence; this one has 2/,
    ],
    [
      'a chapter without a scene description',
      (s) => delete s.sceneDescriptions['aftermath'],
      /sceneDescriptions has nothing for chapter "aftermath"/,
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
