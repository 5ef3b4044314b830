// "Share": a small panel with the link to the moment on show (read when the panel opens and again on copy, so
// it is the moment at that instant, camera included) and a copy button; and the one-line message of a link
// that could not be opened.
import { useEffect, useId, useRef, useState } from 'react';
import { dismissLinkMessage, shareLink, useShare } from '../state/share';
import { useT } from './i18n';
import './classroom.css';

/** Three joined nodes: the usual sign for sharing. Decorative: the button carries the name. */
function ShareIcon() {
  return (
    <svg width={24} height={24} viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="icon">
      <g fill="currentColor">
        <circle cx="18" cy="5.5" r="3" />
        <circle cx="6" cy="12" r="3" />
        <circle cx="18" cy="18.5" r="3" />
      </g>
      <path d="M8.6 10.6l6.8-3.7M8.6 13.4l6.8 3.7" stroke="currentColor" strokeWidth="2" fill="none" />
    </svg>
  );
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (an insecure page, a locked-down browser): the viewer copies by hand.
    return false;
  }
}

export function ShareControl() {
  const t = useT();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState<'copied' | 'manual' | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const panelId = useId();
  const open = link !== null;

  useEffect(() => {
    if (!open) return;
    field.current?.focus();
    field.current?.select();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setLink(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  const onCopy = async () => {
    const fresh = shareLink();
    setLink(fresh);
    if (await copy(fresh)) setCopied('copied');
    else {
      field.current?.focus();
      field.current?.select();
      setCopied('manual');
    }
  };

  return (
    <div className="share">
      <button
        type="button"
        className="btn btn-text"
        aria-label="Share"
        aria-expanded={open}
        aria-controls={panelId}
        title={t('share')}
        onClick={() => {
          setCopied(null);
          setLink(open ? null : shareLink());
        }}
      >
        <ShareIcon />
        <span>{t('share')}</span>
      </button>
      {open && (
        <section id={panelId} className="share-panel" aria-label="Share this moment">
          <label className="share-field">
            <span className="share-label" aria-hidden="true">
              {t('shareLink')}
            </span>
            <input
              ref={field}
              type="text"
              readOnly
              aria-label="Link"
              value={link}
              onFocus={(e) => e.currentTarget.select()}
            />
          </label>
          <p className="share-hint">{t('shareHint')}</p>
          <div className="share-actions">
            <button type="button" className="btn btn-primary" aria-label="Copy link" onClick={onCopy}>
              {t('copyLink')}
            </button>
            <button type="button" className="btn" aria-label="Close" onClick={() => setLink(null)}>
              {t('close')}
            </button>
            <p className="share-status" role="status">
              {copied === 'copied' ? t('linkCopied') : copied === 'manual' ? t('linkCopyManual') : ''}
            </p>
          </div>
        </section>
      )}
    </div>
  );
}

/** Why the last link could not be opened; the moment on show stays as it was. */
export function LinkMessage() {
  const message = useShare((s) => s.message);
  const t = useT();
  if (!message) return null;
  return (
    <div className="error-banner link-message" role="alert">
      <p className="error-text">{message}</p>
      <button type="button" className="btn btn-icon" aria-label="Dismiss" onClick={dismissLinkMessage}>
        {t('dismiss')}
      </button>
    </div>
  );
}
