// The handlers behind the IPC contract, registered through the gateway, which checks the sender, the payload
// and the response of every call before and after these run.
import { open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { ModelFile } from '../ipc/contract';
import { type ChannelHandlers, HostError, registerGateway } from '../ipc/gateway';
import {
  ensurePngExtension,
  fileDialogsAllowed,
  fileErrorMessage,
  modelDialogFilters,
  modelFileProblem,
  sanitizeScreenshotName,
} from '../policy/files';
import { isTrustedSender } from '../policy/sender';
import type { AppContext } from './context';
import { reportAttractLoop } from './kiosk';
import { log } from './log';

export function setupIpc(ctx: AppContext): void {
  registerGateway(ipcMain, createHandlers(ctx), {
    isTrustedSender: (event) =>
      isTrustedSender(
        {
          webContentsId: event.sender.id,
          frameUrl: event.senderFrame?.url ?? null,
          isMainFrame: event.senderFrame !== null && event.senderFrame.parent === null,
        },
        { ownWebContents: ctx.ownWebContents, origins: ctx.origins },
      ),
    log,
  });
}

/** Reads a model file after checking its type and size. Every failure is one sentence for the user. */
export async function readModelFile(filePath: string): Promise<ModelFile> {
  const name = path.basename(filePath);
  try {
    // One open handle for the check and the read: the file checked is the file read, even if the path is
    // swapped for another (a larger file, a device) between the two.
    const handle = await open(filePath, 'r');
    try {
      const info = await handle.stat();
      const problem = modelFileProblem(filePath, info.size, info.isFile());
      if (problem) throw new HostError(problem);
      const bytes = await handle.readFile();
      return { name, bytes };
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof HostError) throw error;
    throw new HostError(fileErrorMessage('open', name, (error as NodeJS.ErrnoException).code));
  }
}

function ownerWindow(event: IpcMainInvokeEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender);
}

function createHandlers(ctx: AppContext): ChannelHandlers {
  const requireDialogs = () => {
    if (!fileDialogsAllowed(ctx.config.mode))
      throw new HostError('files cannot be opened or saved in kiosk mode');
  };
  return {
    'model:open': async (_request, event) => {
      requireDialogs();
      const options: Electron.OpenDialogOptions = {
        title: 'Open a tooth model',
        properties: ['openFile'],
        filters: modelDialogFilters(),
      };
      const win = ownerWindow(event);
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const chosen = result.filePaths[0];
      if (result.canceled || !chosen) return null;
      log.info(`Opening model ${chosen}`);
      return readModelFile(chosen);
    },

    'model:initial': async () => {
      if (!ctx.args.model) return null;
      return readModelFile(path.resolve(ctx.cwd, ctx.args.model));
    },

    'screenshot:save': async ({ png, suggestedName }, event) => {
      requireDialogs();
      const options: Electron.SaveDialogOptions = {
        title: 'Save a screenshot',
        defaultPath: path.join(app.getPath('pictures'), sanitizeScreenshotName(suggestedName)),
        filters: [{ name: 'PNG image', extensions: ['png'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const win = ownerWindow(event);
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      const target = ensurePngExtension(result.filePath);
      try {
        await writeFile(target, png);
      } catch (error) {
        throw new HostError(
          fileErrorMessage('save', path.basename(target), (error as NodeJS.ErrnoException).code),
        );
      }
      log.info(`Saved a screenshot to ${target}`);
      return { path: target };
    },

    'kiosk:config': () => ctx.config,

    'kiosk:attract': ({ active }) => {
      reportAttractLoop(ctx, active);
      return null;
    },
  };
}
