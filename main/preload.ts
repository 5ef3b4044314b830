// The preload: one narrow, typed API on `window.toothRebirthHost`, one method per IPC channel. It runs
// sandboxed (CommonJS, only `electron` may be required) and never hands the page `ipcRenderer` itself.
// It imports the channel names only; the schemas stay in the main process, which validates every call.
import { contextBridge, ipcRenderer } from 'electron';
import { cleanIpcErrorMessage, HOST_GLOBAL, HOST_METHODS } from './ipc/channels';
import type { Channel, ChannelRequest, ChannelResponse, HostApi } from './ipc/contract';

async function call<C extends Channel>(
  channel: C,
  ...payload: [] | [ChannelRequest<C>]
): Promise<ChannelResponse<C>> {
  try {
    return (await ipcRenderer.invoke(channel, ...payload)) as ChannelResponse<C>;
  } catch (error) {
    // Electron prefixes "Error invoking remote method '<channel>': Error: "; the page gets the sentence alone.
    throw new Error(cleanIpcErrorMessage(error instanceof Error ? error.message : String(error)));
  }
}

const host: HostApi = {
  openModel: () => call(HOST_METHODS.openModel),
  initialModel: () => call(HOST_METHODS.initialModel),
  saveScreenshot: (png, suggestedName) => call(HOST_METHODS.saveScreenshot, { png, suggestedName }),
  kioskConfig: () => call(HOST_METHODS.kioskConfig),
  reportAttractLoop: (active) => call(HOST_METHODS.reportAttractLoop, { active }),
};

contextBridge.exposeInMainWorld(HOST_GLOBAL, Object.freeze(host));
