import { actions } from '../state/actions';
import { type Language, useApp } from '../state/store';
import { LANGUAGE_NAMES, LANGUAGES } from '../story';
import { GlobeIcon } from './icons';
import { useT } from './i18n';

/** Switching keeps the moment: only the words change; time, chapter and perspective stay. */
export function LanguageSelect() {
  const language = useApp((s) => s.language);
  const t = useT();
  return (
    <label className="language" title={t('language')}>
      <GlobeIcon />
      <select
        aria-label="Language"
        value={language}
        onChange={(e) => actions.setLanguage(e.currentTarget.value as Language)}
      >
        {/* Each language named in itself, so a visitor finds theirs whatever is on screen. */}
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
