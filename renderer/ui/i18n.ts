// The interface's words come from the story's UI strings (renderer/story), in the language the store holds.
// Accessible names that tests and assistive tools rely on stay fixed English (aria-label) in both languages;
// the visible text and tooltips follow the language.
import { useCallback } from 'react';
import { useApp } from '../state/store';
import { t as translate, type UiKey, type Vars } from '../story';

export function useT(): (key: UiKey, vars?: Vars) => string {
  const language = useApp((s) => s.language);
  return useCallback((key: UiKey, vars?: Vars) => translate(key, language, vars), [language]);
}
