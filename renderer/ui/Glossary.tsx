// Glossary terms in the story's texts: the first time a term appears in a text it is a button that opens its
// entry (the term and its plain definition) in a small dialog. Escape or Close shuts it and focus goes back
// to the term. Only the first occurrence is marked, so the text stays readable.
import { Fragment, type ReactNode, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useApp } from '../state/store';
import { findGlossaryTerms, type GlossaryEntry, type GlossaryMatch, glossaryEntry } from '../story';
import { useT } from './i18n';

/** The matches of a text, each term's first occurrence only. */
export function firstOccurrences(matches: readonly GlossaryMatch[]): GlossaryMatch[] {
  const seen = new Set<string>();
  return matches.filter((m) => {
    if (seen.has(m.id)) return false;
    seen.add(m.id);
    return true;
  });
}

interface Open {
  entry: GlossaryEntry;
  trigger: HTMLElement;
}

/** A text with its glossary terms as buttons. */
export function GlossaryText({ text }: { text: string }) {
  const language = useApp((s) => s.language);
  const t = useT();
  const [open, setOpen] = useState<Open | null>(null);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const m of firstOccurrences(findGlossaryTerms(text, language))) {
    const entry = glossaryEntry(m.id);
    if (!entry) continue;
    if (m.start > at) parts.push(text.slice(at, m.start));
    const word = text.slice(m.start, m.end);
    parts.push(
      <button
        key={m.start}
        type="button"
        className="glossary-term"
        aria-haspopup="dialog"
        title={t('glossaryOpen', { term: entry.term[language] })}
        onClick={(e) => setOpen({ entry, trigger: e.currentTarget })}
      >
        {word}
      </button>,
    );
    at = m.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <>
      {parts.map((p, i) => (
        // Text pieces and buttons in a fixed order for one text: the index is a stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one text never reorder
        <Fragment key={i}>{p}</Fragment>
      ))}
      {open &&
        createPortal(
          <GlossaryDialog
            entry={open.entry}
            onClose={() => {
              setOpen(null);
              open.trigger.focus({ preventScroll: true });
            }}
          />,
          document.body,
        )}
    </>
  );
}

function GlossaryDialog({ entry, onClose }: { entry: GlossaryEntry; onClose: () => void }) {
  const language = useApp((s) => s.language);
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    // A modal <dialog>: the browser keeps focus inside it and closes it on Escape ("cancel", then "close").
    // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard's way out is Escape, built in; the click is the backdrop's
    <dialog
      ref={ref}
      className="glossary-dialog"
      aria-labelledby="glossary-term"
      onClose={onClose}
      onClick={(e) => {
        // A click on the backdrop (the dialog box itself, outside its content) closes it.
        if (e.target === e.currentTarget) e.currentTarget.close();
      }}
    >
      <div className="glossary-body">
        <p className="glossary-kicker">{t('glossary')}</p>
        <h2 id="glossary-term" className="glossary-title">
          {entry.term[language]}
        </h2>
        <p className="glossary-definition">{entry.definition[language]}</p>
        <button
          type="button"
          className="btn"
          aria-label="Close"
          onClick={() => ref.current?.close()}
          // biome-ignore lint/a11y/noAutofocus: a dialog opens with focus on its one control
          autoFocus
        >
          {t('close')}
        </button>
      </div>
    </dialog>
  );
}
