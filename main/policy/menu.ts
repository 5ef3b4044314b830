// The application menu. A kiosk has none. Elsewhere: the standard roles for zoom and full screen (presenters
// use them on projectors); reload and devtools only in development.
import type { MenuItemConstructorOptions } from 'electron';
import type { AppMode } from '../ipc/contract';

export interface MenuInput {
  mode: AppMode;
  platform: string;
  isDev: boolean;
}

export function menuTemplate({ mode, platform, isDev }: MenuInput): MenuItemConstructorOptions[] | null {
  if (mode === 'kiosk') return null;
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (isDev) view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' });
  const template: MenuItemConstructorOptions[] = [];
  if (platform === 'darwin') template.push({ role: 'appMenu' });
  else template.push({ label: 'File', submenu: [{ role: 'quit' }] });
  template.push({ role: 'editMenu' }, { label: 'View', submenu: view }, { role: 'windowMenu' });
  return template;
}
