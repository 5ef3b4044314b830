// Perspective tabs (WAI-ARIA tabs pattern, vertical keys so ←/→ stay the time-step shortcut) and the panel with
// the active character's text at the chosen reading level. The chapter's lead voice comes first (and is
// selected on entering the chapter); the digits 1–7 pick a tab from anywhere (useKeyboard).
import { type KeyboardEvent, useRef } from 'react';
import { actions } from '../state/actions';
import { voicesOf } from '../state/pacing';
import { useApp } from '../state/store';
import { CHAPTERS, characterById, perspectiveText } from '../story';
import { GlossaryText } from './Glossary';

const tabId = (id: string) => `perspective-tab-${id}`;
const PANEL_ID = 'perspective-panel';

export function PerspectiveTabs({ chapterIndex }: { chapterIndex: number }) {
  const language = useApp((s) => s.language);
  const perspective = useApp((s) => s.perspective);
  const listRef = useRef<HTMLDivElement>(null);
  const chapter = CHAPTERS[chapterIndex];
  const present = chapter ? voicesOf(chapter) : [];

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = present.findIndex((p) => p.character === perspective);
    let next = -1;
    if (e.key === 'ArrowDown') next = (at + 1) % present.length;
    else if (e.key === 'ArrowUp') next = (at - 1 + present.length) % present.length;
    else if (e.key === 'End') next = present.length - 1;
    if (next < 0) return;
    e.preventDefault();
    e.stopPropagation();
    const id = present[next]!.character;
    actions.setPerspective(id);
    listRef.current?.querySelector<HTMLButtonElement>(`#${tabId(id)}`)?.focus();
  };

  return (
    <div
      ref={listRef}
      className="tabs"
      role="tablist"
      aria-label="Perspectives"
      aria-orientation="vertical"
      onKeyDown={onKeyDown}
      style={{ ['--tab-count' as string]: present.length }}
    >
      {present.map((p, i) => {
        const c = characterById(p.character);
        const selected = p.character === perspective;
        const name = c.name[language];
        return (
          <button
            key={p.character}
            id={tabId(p.character)}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={PANEL_ID}
            aria-label={name}
            tabIndex={selected ? 0 : -1}
            title={`${name} · ${c.role[language]} (${i + 1})`}
            className="tab"
            style={{ ['--c' as string]: c.colour }}
            onClick={() => actions.setPerspective(p.character)}
          >
            {/* Initials and role are drawn from data-text (CSS), so the tab's visible words are its name. */}
            <span className="avatar" aria-hidden="true" data-text={c.initials} />
            <span className="tab-name" aria-hidden="true">
              {name}
            </span>
            <span className="tab-role" aria-hidden="true" data-text={c.role[language]} />
          </button>
        );
      })}
    </div>
  );
}

export function PerspectivePanel({ chapterIndex }: { chapterIndex: number }) {
  const language = useApp((s) => s.language);
  const perspective = useApp((s) => s.perspective);
  const level = useApp((s) => s.settings.readingLevel);
  const chapter = CHAPTERS[chapterIndex];
  const p =
    chapter && (chapter.perspectives.find((x) => x.character === perspective) ?? voicesOf(chapter)[0]);
  if (!p) return null;
  const c = characterById(p.character);
  return (
    <section
      id={PANEL_ID}
      className="perspective"
      role="tabpanel"
      aria-labelledby={tabId(p.character)}
      style={{ ['--c' as string]: c.colour }}
    >
      <h3 className="perspective-name">
        {c.name[language]}
        <span className="perspective-role">{c.role[language]}</span>
      </h3>
      {/* key: a new text starts at its top, and the change is a fresh paint rather than a diff */}
      <p key={`${chapter!.id}:${p.character}:${language}:${level}`} className="perspective-text">
        <GlossaryText text={perspectiveText(p, level, language)} />
      </p>
    </section>
  );
}
