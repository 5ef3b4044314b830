// Which IPC channel each host method calls. The preload imports this file, not the contract, so the sandboxed
// preload bundle carries no schemas (the main process validates every call). Type checks below tie the map
// to the contract: every method maps to a channel of the contract, every channel has a method, and each
// method resolves to exactly its channel's response type.
import type { Channel, ChannelResponse, HostApi } from './contract';

/** Host method (as the renderer sees it on `window.toothRebirthHost`) -> IPC channel. */
export const HOST_METHODS = {
  openModel: 'model:open',
  initialModel: 'model:initial',
  saveScreenshot: 'screenshot:save',
  kioskConfig: 'kiosk:config',
  reportAttractLoop: 'kiosk:attract',
} as const satisfies Record<keyof HostApi, Channel>;

export type HostMethod = keyof typeof HOST_METHODS;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Compile-time only: fails to type-check when the method map, the host API and the contract disagree. */
export type ChannelsAgree = Assert<
  [
    Same<(typeof HOST_METHODS)[HostMethod], Channel>,
    {
      [M in HostMethod]: Same<Awaited<ReturnType<HostApi[M]>>, ChannelResponse<(typeof HOST_METHODS)[M]>>;
    }[HostMethod],
  ] extends [true, true]
    ? true
    : false
>;

/** The global name the preload exposes the host API under. */
export const HOST_GLOBAL = 'toothRebirthHost';

/** The message of a failed `ipcRenderer.invoke`, without the prefix Electron adds. */
export function cleanIpcErrorMessage(message: string): string {
  return message.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, '');
}
