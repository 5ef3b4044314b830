// The reading level: Short (at most 60 words a voice, for visitors from about ten) or Full. Switching keeps the
// moment: only the words change; time, chapter and perspective stay.
import { actions } from '../state/actions';
import type { ReadingLevel as Level } from '../state/settings';
import { useApp } from '../state/store';
import { useT } from './i18n';

const LEVELS: { value: Level; name: string; key: 'readingShort' | 'readingFull' }[] = [
  { value: 'short', name: 'Short', key: 'readingShort' },
  { value: 'full', name: 'Full', key: 'readingFull' },
];

export function ReadingLevel() {
  const level = useApp((s) => s.settings.readingLevel);
  const t = useT();
  return (
    <div className="reading-level" role="radiogroup" aria-label="Reading level">
      <span className="reading-level-label" aria-hidden="true">
        {t('readingLevel')}
      </span>
      {LEVELS.map((l) => (
        <label key={l.value} className="reading-level-option">
          <input
            type="radio"
            name="reading-level"
            value={l.value}
            aria-label={l.name}
            checked={level === l.value}
            onChange={() => actions.setSettings({ readingLevel: l.value })}
          />
          <span aria-hidden="true">{t(l.key)}</span>
        </label>
      ))}
    </div>
  );
}
