// Keyboard policy for kiosk mode: a visitor who finds a keyboard must not reach devtools, reload the page,
// close or minimise the window, or zoom the interface. Plain keys (letters, arrows, space, Escape, Tab) still
// reach the app. Installers leave a kiosk with Ctrl+Alt+Shift+Q.

export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
}

export type KeyDecision = 'allow' | 'block' | 'quit';

export const KIOSK_QUIT_CHORD = 'Ctrl+Alt+Shift+Q';

export function kioskKeyDecision(input: KeyInput): KeyDecision {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return 'allow';
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  if (input.control && input.alt && input.shift && !input.meta && key === 'q') return 'quit';
  if (input.control || input.alt || input.meta) return 'block';
  if (/^F\d{1,2}$/.test(key)) return 'block';
  if (
    key === 'BrowserBack' ||
    key === 'BrowserForward' ||
    key === 'BrowserRefresh' ||
    key === 'BrowserHome'
  ) {
    return 'block';
  }
  return 'allow';
}
