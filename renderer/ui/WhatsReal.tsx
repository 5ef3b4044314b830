import type { WhatsReal as Note } from '../story';
import { SOURCES, splitWhatsReal } from '../story';
import { useApp } from '../state/store';
import { GlossaryText } from './Glossary';
import { useT } from './i18n';

/**
 * The chapter's "What's real?" note: one plain sentence for everyone, then, for teachers, what is invented
 * and what is real, with the full references of the sources it cites.
 */
export function WhatsReal({ note }: { note: Note }) {
  const language = useApp((s) => s.language);
  const t = useT();
  const detail = note.detail[language];
  const parts = splitWhatsReal(detail, language);
  return (
    <section className="whats-real" aria-labelledby="whats-real-title">
      <h3 id="whats-real-title" className="section-title">
        {t('whatsReal')}
      </h3>
      <p className="whats-real-plain">
        <GlossaryText text={note.plain[language]} />
      </p>
      <details className="whats-real-more">
        <summary>{t('forTeachers')}</summary>
        {parts ? (
          <>
            <p>
              <span className="tag tag-fiction">{t('fiction')}</span> <GlossaryText text={parts.fiction} />
            </p>
            <p>
              <span className="tag tag-science">{t('science')}</span> <GlossaryText text={parts.science} />
            </p>
          </>
        ) : (
          <p>
            <GlossaryText text={detail} />
          </p>
        )}
        <h4 className="whats-real-sources">{t('sources')}</h4>
        <ol className="sources">
          {note.sources.map((id) => (
            <li key={id}>{SOURCES[id].reference}</li>
          ))}
        </ol>
      </details>
    </section>
  );
}
