// Which IPC senders are trusted: the main frame of a window this app created, showing the app's own page.
// Subframes, other webContents (a devtools window, a webview if one ever slipped in) and pages that
// navigated away are not.
import { isAppOrigin } from './origins';

export interface SenderInfo {
  /** `event.sender.id`. */
  webContentsId: number;
  /** `event.senderFrame.url`, or null when the frame is gone. */
  frameUrl: string | null;
  /** Whether the sending frame is its webContents' main frame. */
  isMainFrame: boolean;
}

export interface SenderTrust {
  /** ids of the webContents of the windows the app created. */
  ownWebContents: ReadonlySet<number>;
  origins: readonly string[];
}

export function isTrustedSender(sender: SenderInfo, trust: SenderTrust): boolean {
  return (
    trust.ownWebContents.has(sender.webContentsId) &&
    sender.isMainFrame &&
    sender.frameUrl !== null &&
    isAppOrigin(sender.frameUrl, trust.origins)
  );
}
