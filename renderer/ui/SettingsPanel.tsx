// The settings panel: reduced motion, the projector theme, text size, the swarm size, pausing at chapter ends,
// the reading level and the language. Each choice is remembered at once (actions.setSettings); a kiosk's Reset
// puts them all back (state/kiosk.ts). `SettingsEffects` applies the look to the page root as classes, so the
// stylesheet (tools.css) does the rest and nothing re-renders.
import { type ReactNode, useEffect, useRef } from 'react';
import { actions } from '../state/actions';
import { prefersReducedMotion, watchSystemMotion } from '../state/motion';
import { READING_LEVELS, type Settings, SWARM_MAX, SWARM_MIN, TEXT_SIZES } from '../state/settings';
import { type Language, useApp } from '../state/store';
import { LANGUAGE_NAMES, type UiKey } from '../story';
import { formatNumber } from './format';
import { CloseIcon } from './icons';
import { useT } from './i18n';
import '../styles/tools.css';

/** The swarm sizes offered, from the lightest to the largest the engine and the page hold. */
export const SWARM_STEPS = [5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000].filter(
  (n) => n >= SWARM_MIN && n <= SWARM_MAX,
);

/** The page root's classes for the look the settings ask for. */
export function rootClasses(s: Pick<Settings, 'theme' | 'textSize'>, reduceMotion: boolean): string[] {
  const out: string[] = [];
  if (s.theme === 'projector') out.push('theme-projector');
  if (s.textSize !== 'normal') out.push(`text-${s.textSize}`);
  if (reduceMotion) out.push('reduce-motion');
  return out;
}

const ROOT_CLASSES = ['theme-projector', 'text-large', 'text-larger', 'reduce-motion'];

/** Keeps the page root's classes in step with the settings (and the system's motion preference). */
export function SettingsEffects() {
  const settings = useApp((s) => s.settings);
  useEffect(() => {
    const apply = () => {
      const root = document.documentElement;
      root.classList.remove(...ROOT_CLASSES);
      root.classList.add(...rootClasses(settings, prefersReducedMotion(settings.reducedMotion)));
    };
    apply();
    return watchSystemMotion(apply);
  }, [settings]);
  return null;
}

interface Choice<V extends string> {
  value: V;
  key: UiKey;
  /** The English name (the control's accessible name). */
  name: string;
}

function Choices<V extends string>({
  legend,
  name,
  choices,
  value,
  onChange,
}: {
  legend: ReactNode;
  name: string;
  choices: readonly Choice<V>[];
  value: V;
  onChange: (v: V) => void;
}) {
  const t = useT();
  return (
    <fieldset className="setting">
      <legend className="setting-name">{legend}</legend>
      <div className="choices">
        {choices.map((c) => (
          <label key={c.value} className="choice">
            <input
              type="radio"
              name={name}
              value={c.value}
              aria-label={c.name}
              checked={value === c.value}
              onChange={() => onChange(c.value)}
            />
            <span>{t(c.key)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const MOTION: Choice<Settings['reducedMotion']>[] = [
  { value: 'system', key: 'motionSystem', name: 'As the system' },
  { value: 'on', key: 'motionOn', name: 'On' },
  { value: 'off', key: 'motionOff', name: 'Off' },
];
const THEMES: Choice<Settings['theme']>[] = [
  { value: 'default', key: 'themeDefault', name: 'Standard' },
  { value: 'projector', key: 'themeProjector', name: 'High contrast (projector)' },
];
const TEXT_NAMES: Record<(typeof TEXT_SIZES)[number], { key: UiKey; name: string }> = {
  normal: { key: 'textNormal', name: 'Normal' },
  large: { key: 'textLarge', name: 'Large' },
  larger: { key: 'textLarger', name: 'Larger' },
};
const TEXT: Choice<Settings['textSize']>[] = TEXT_SIZES.map((v) => ({ value: v, ...TEXT_NAMES[v] }));
const LEVEL_NAMES: Record<(typeof READING_LEVELS)[number], { key: UiKey; name: string }> = {
  short: { key: 'readingShort', name: 'Short' },
  full: { key: 'readingFull', name: 'Full' },
};
const LEVELS: Choice<Settings['readingLevel']>[] = READING_LEVELS.map((v) => ({
  value: v,
  ...LEVEL_NAMES[v],
}));

export function SettingsPanel({ onClose }: { onClose: () => void }) {
  const settings = useApp((s) => s.settings);
  const language = useApp((s) => s.language);
  const t = useT();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    panel.current
      ?.querySelector<HTMLElement>('input:checked, select, button')
      ?.focus({ preventScroll: true });
  }, []);
  const languages: Choice<Language>[] = (Object.keys(LANGUAGE_NAMES) as Language[]).map((l) => ({
    value: l,
    key: 'language',
    name: LANGUAGE_NAMES[l],
  }));
  // A swarm size set elsewhere (the address, a kiosk file) between the steps is offered as it is.
  const steps = SWARM_STEPS.includes(settings.bots)
    ? SWARM_STEPS
    : [...SWARM_STEPS, settings.bots].sort((a, b) => a - b);
  return (
    <div
      ref={panel}
      id="settings-panel"
      className="settings-panel"
      role="dialog"
      aria-modal="false"
      aria-label="Settings"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="tool-head">
        <h2 className="tool-title">{t('settings')}</h2>
        <button
          type="button"
          className="btn btn-icon"
          aria-label="Close settings"
          title={t('close')}
          onClick={onClose}
        >
          <CloseIcon />
        </button>
      </header>
      <div className="settings-body">
        <Choices
          legend={t('reducedMotion')}
          name="reduced-motion"
          choices={MOTION}
          value={settings.reducedMotion}
          onChange={(reducedMotion) => actions.setSettings({ reducedMotion })}
        />
        <Choices
          legend={t('theme')}
          name="theme"
          choices={THEMES}
          value={settings.theme}
          onChange={(theme) => actions.setSettings({ theme })}
        />
        <Choices
          legend={t('textSize')}
          name="text-size"
          choices={TEXT}
          value={settings.textSize}
          onChange={(textSize) => actions.setSettings({ textSize })}
        />
        <div className="setting">
          <label className="setting-name" htmlFor="swarm-size">
            {t('swarmSize')}
          </label>
          <select
            id="swarm-size"
            className="setting-select"
            aria-describedby="swarm-note"
            value={settings.bots}
            onChange={(e) => actions.setSettings({ bots: Number(e.currentTarget.value) })}
          >
            {steps.map((n) => (
              <option key={n} value={n}>
                {formatNumber(n, 0, language)}
              </option>
            ))}
          </select>
          <p id="swarm-note" className="setting-note">
            {t('swarmNote')}
          </p>
        </div>
        <label className="setting setting-check">
          <input
            type="checkbox"
            aria-label="Pause at chapter ends"
            checked={settings.pauseAtChapterEnds}
            onChange={(e) => actions.setSettings({ pauseAtChapterEnds: e.currentTarget.checked })}
          />
          <span>{t('pauseAtChapterEnds')}</span>
        </label>
        <Choices
          legend={t('readingLevel')}
          name="settings-reading-level"
          choices={LEVELS}
          value={settings.readingLevel}
          onChange={(readingLevel) => actions.setSettings({ readingLevel })}
        />
        <fieldset className="setting">
          <legend className="setting-name">{t('language')}</legend>
          <div className="choices">
            {languages.map((c) => (
              <label key={c.value} className="choice" lang={c.value}>
                <input
                  type="radio"
                  name="language"
                  value={c.value}
                  aria-label={c.name}
                  checked={language === c.value}
                  onChange={() => actions.setLanguage(c.value)}
                />
                <span>{c.name}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <button
          type="button"
          className="btn btn-text"
          aria-label="Reset settings"
          onClick={() => actions.resetSettings(false)}
        >
          {t('resetSettings')}
        </button>
      </div>
    </div>
  );
}
