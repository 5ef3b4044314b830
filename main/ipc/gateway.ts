// The one door into the main process. Every channel of the contract is registered here and nowhere else;
// each call is checked in the same order: who sent it, what it carries, what the handler returns.
// Electron is imported for types only, so the gateway runs under plain Node in the unit tests.
import type { IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { type Channel, type ChannelResponse, type Contract, contract } from './contract';

/** The part of `ipcMain` the gateway uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface GatewayLog {
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/** A failure the user should read as is (a file too large, a dialog not available): no stack, no log noise. */
export class HostError extends Error {
  override name = 'HostError';
}

export type ChannelHandler<C extends Channel> = (
  request: z.output<Contract[C]['request']>,
  event: IpcMainInvokeEvent,
) => ChannelResponse<C> | Promise<ChannelResponse<C>>;

/** One handler for every channel: a missing one is a type error, not a silent hang in the window. */
export type ChannelHandlers = { [C in Channel]: ChannelHandler<C> };

export interface GatewayOptions {
  /** True only for frames of windows this app created, showing this app's own content. */
  isTrustedSender(event: IpcMainInvokeEvent): boolean;
  log: GatewayLog;
}

const MAX_ISSUES_SHOWN = 3;
const MAX_MESSAGE_LENGTH = 300;

/** One printable line, bounded: hostile payloads can put anything into key names and strings. */
export function oneLine(text: string, max = MAX_MESSAGE_LENGTH): string {
  let flat = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    flat += code < 0x20 || code === 0x7f ? ' ' : ch;
  }
  flat = flat.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A short account of why a payload was refused: field path and zod's message, never the value itself. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const parts = issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'payload';
    return `${oneLine(where, 60)}: ${oneLine(issue.message, 120)}`;
  });
  if (issues.length > MAX_ISSUES_SHOWN) parts.push(`and ${issues.length - MAX_ISSUES_SHOWN} more`);
  return oneLine(parts.join('; '));
}

/**
 * Registers every channel of the contract on `ipcMain`. Returns a function that removes them again.
 * Order of checks for each call:
 *   1. the sender must be one of the app's own windows, else the call is dropped (logged, rejected);
 *   2. at most one argument, and it must match the channel's request schema (strict: no extra keys);
 *   3. the handler runs; a HostError reaches the window as its message, anything else as a short notice;
 *   4. the handler's result must match the response schema, so the window only ever gets what the contract says.
 */
export function registerGateway(ipcMain: IpcMainLike, handlers: ChannelHandlers, options: GatewayOptions) {
  const channels = Object.keys(contract) as Channel[];
  for (const channel of channels) {
    ipcMain.handle(channel, (event, ...args) => dispatch(channel, handlers, options, event, args));
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

async function dispatch<C extends Channel>(
  channel: C,
  handlers: ChannelHandlers,
  { isTrustedSender, log }: GatewayOptions,
  event: IpcMainInvokeEvent,
  args: unknown[],
): Promise<ChannelResponse<C>> {
  let trusted = false;
  try {
    trusted = isTrustedSender(event);
  } catch {
    trusted = false;
  }
  if (!trusted) {
    log.warn(`IPC ${channel}: dropped a call from a frame the app did not create (${describeSender(event)})`);
    throw new Error(`${channel}: refused`);
  }

  if (args.length > 1) {
    const message = `${channel}: expected at most one payload, got ${args.length} arguments`;
    log.warn(`IPC ${message}`);
    throw new Error(message);
  }

  const spec = contract[channel];
  const parsed = spec.request.safeParse(args[0]);
  if (!parsed.success) {
    const message = `${channel}: invalid request (${describeIssues(parsed.error.issues)})`;
    log.warn(`IPC ${message}`);
    throw new Error(message);
  }

  const handler = handlers[channel] as ChannelHandler<C>;
  let result: unknown;
  try {
    result = await handler(parsed.data as z.output<Contract[C]['request']>, event);
  } catch (error) {
    if (error instanceof HostError) {
      const message = `${channel}: ${oneLine(error.message)}`;
      log.warn(`IPC ${message}`);
      throw new Error(message);
    }
    log.error(`IPC ${channel}: handler failed`, error);
    throw new Error(`${channel}: the request failed (details are in the log)`);
  }

  const checked = spec.response.safeParse(result);
  if (!checked.success) {
    log.error(
      `IPC ${channel}: handler returned a value outside the contract (${describeIssues(checked.error.issues)})`,
    );
    throw new Error(`${channel}: the request failed (details are in the log)`);
  }
  return checked.data as ChannelResponse<C>;
}

function describeSender(event: IpcMainInvokeEvent): string {
  try {
    const url = event.senderFrame?.url ?? 'no frame';
    return oneLine(`webContents ${event.sender?.id ?? '?'}, ${url}`, 160);
  } catch {
    return 'unknown sender';
  }
}
