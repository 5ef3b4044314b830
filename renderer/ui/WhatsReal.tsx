import { useApp } from '../state/store';
import { splitWhatsReal } from '../story';
import { useT } from './i18n';

/** The chapter's "What's real?" note: what is invented, then what is real, with its sources. */
export function WhatsReal({ text }: { text: string }) {
  const language = useApp((s) => s.language);
  const t = useT();
  const parts = splitWhatsReal(text, language);
  return (
    <section className="whats-real" aria-labelledby="whats-real-title">
      <h3 id="whats-real-title" className="section-title">
        {t('whatsReal')}
      </h3>
      {parts ? (
        <>
          <p>
            <span className="tag tag-fiction">{t('fiction')}</span> {parts.fiction}
          </p>
          <p>
            <span className="tag tag-science">{t('science')}</span> {parts.science}
          </p>
        </>
      ) : (
        <p>{text}</p>
      )}
    </section>
  );
}
