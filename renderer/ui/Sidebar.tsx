// The story sidebar: chapter number and title, the reading level, a tab per character present (the lead voice
// first), the active perspective's text, the feed of cues so far, the "What's real?" note, and at a chapter's
// end the Continue bar. It re-renders on chapter, tab, language and cue changes
// only (narrow zustand selectors); the 3D stage is a separate, memoised subtree and never re-renders with it.
import { useEffect, useRef } from 'react';
import { useApp } from '../state/store';
import { CHAPTERS } from '../story';
import { ContinueBar } from './ContinueBar';
import { CueFeed } from './CueFeed';
import { LanguageSelect } from './LanguageSelect';
import { PerspectivePanel, PerspectiveTabs } from './Perspectives';
import { ReadingLevel } from './ReadingLevel';
import { WhatsReal } from './WhatsReal';
import '../styles/reading.css';
import { useT } from './i18n';

export function Sidebar() {
  const language = useApp((s) => s.language);
  const chapterIndex = useApp((s) => s.chapterIndex);
  const perspective = useApp((s) => s.perspective);
  const t = useT();
  const scrollRef = useRef<HTMLElement>(null);
  // A new chapter or another voice starts reading at the top.
  useEffect(() => {
    if (chapterIndex >= 0 && perspective !== undefined) scrollRef.current?.scrollTo({ top: 0 });
  }, [chapterIndex, perspective]);
  const chapter = CHAPTERS[chapterIndex];
  return (
    <aside className="sidebar" aria-label="Story">
      <header className="sidebar-head">
        <div className="brand">
          <h1 className="brand-name">{t('appTitle')}</h1>
          <span className="brand-sub">{t('appSubtitle')}</span>
        </div>
        <LanguageSelect />
      </header>
      {chapter && (
        <>
          <section className="chapter" aria-live="polite">
            <p className="chapter-number">
              {t('chapterOf', { n: chapterIndex + 1, total: CHAPTERS.length })}
            </p>
            <h2 className="chapter-title">{chapter.title[language]}</h2>
            {chapter.summary && <p className="chapter-summary">{chapter.summary[language]}</p>}
          </section>
          <ReadingLevel />
          <PerspectiveTabs chapterIndex={chapterIndex} />
          <section
            className="sidebar-scroll"
            ref={scrollRef}
            aria-label="Chapter text"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable from the keyboard
            tabIndex={0}
          >
            <PerspectivePanel chapterIndex={chapterIndex} />
            <CueFeed />
            <WhatsReal note={chapter.whatsReal} />
          </section>
        </>
      )}
      <ContinueBar />
    </aside>
  );
}
