// The IPC contract between the window and the main process: every channel, its request schema and its
// response schema, declared once. The main process validates both sides through the gateway; the preload
// maps its methods onto these channels (./channels, checked against this map at compile time); the renderer
// imports the types only (`import type { HostApi }`).
// Only zod and types here, no other imports: this file must stay importable in the browser.
import { z } from 'zod';

/** File extensions a tooth model may have (the renderer's mesh readers handle each). */
export const MODEL_EXTENSIONS = ['stl', 'obj', 'ply', 'gltf', 'glb'] as const;
export type ModelExtension = (typeof MODEL_EXTENSIONS)[number];

/** Largest model file the app reads: a dense intra-oral scan is tens of MB; this leaves room without risk. */
export const MAX_MODEL_BYTES = 256 * 1024 * 1024;
/** Largest screenshot the renderer may hand over: a 8K RGBA PNG stays well under this. */
export const MAX_SCREENSHOT_BYTES = 50 * 1024 * 1024;
/** Longest file name accepted from the renderer (most file systems allow 255 bytes). */
export const MAX_FILE_NAME_LENGTH = 128;
/** The eight bytes every PNG file starts with. */
export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

export const APP_MODES = ['desktop', 'kiosk', 'presenter'] as const;
export type AppMode = (typeof APP_MODES)[number];
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

// A custom check rather than z.instanceof, so the type is plain Uint8Array (any backing buffer).
const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, {
  message: 'expected a Uint8Array',
});

function startsWithPng(data: Uint8Array): boolean {
  if (data.length < PNG_SIGNATURE.length) return false;
  for (let i = 0; i < PNG_SIGNATURE.length; i++) if (data[i] !== PNG_SIGNATURE[i]) return false;
  return true;
}

/** A model file read by the main process: its base name (no directories) and its bytes. */
export const ModelFileSchema = z.strictObject({
  name: z.string().min(1).max(255),
  bytes,
});
export type ModelFile = z.infer<typeof ModelFileSchema>;

/** The screenshot the renderer asks to save. The name is only a suggestion for the save dialog. */
export const ScreenshotRequestSchema = z.strictObject({
  png: bytes
    .refine((b) => b.byteLength <= MAX_SCREENSHOT_BYTES, {
      message: `the image is larger than ${MAX_SCREENSHOT_BYTES / (1024 * 1024)} MB`,
    })
    .refine(startsWithPng, { message: 'the image is not a PNG' }),
  suggestedName: z.string().min(1).max(MAX_FILE_NAME_LENGTH),
});
export type ScreenshotRequest = z.infer<typeof ScreenshotRequestSchema>;

export const SavedFileSchema = z.strictObject({ path: z.string().min(1) });
export type SavedFile = z.infer<typeof SavedFileSchema>;

/**
 * Settings for a kiosk (or any install), read from a JSON file. Each field has a safe default, so a file may
 * give only the fields it changes; a bad field falls back to its default on its own (see policy/kiosk-config).
 */
export const KioskConfigSchema = z.strictObject({
  /** How the window is shown: a normal window, a locked full-screen kiosk, or a presenter window. */
  mode: z.enum(APP_MODES).default('desktop'),
  /** Seconds without a touch after which a kiosk returns to the start of the story. */
  idleResetSeconds: z.int().min(10).max(3600).default(120),
  language: z.enum(LANGUAGES).default('en'),
  /** Number of nanobots in the swarm: lower it on weak graphics hardware. */
  bots: z.int().min(100).max(100_000).default(5000),
  /** Zoom of the whole interface, on top of the mode's own (presenter mode is 1.25 times larger). */
  uiScale: z.number().min(0.75).max(2).default(1),
  /** Crash-loop guard: at most this many automatic reloads of the view... */
  maxRestarts: z.int().min(1).max(100).default(5),
  /** ...within this many seconds; beyond that the app waits (at most five minutes) before trying again. */
  restartWindowSeconds: z.int().min(30).max(86_400).default(600),
  /** Kiosk watchdog: above this JS heap (MB) the view reloads at the next attract-loop moment. */
  heapLimitMB: z.int().min(128).max(16_384).default(1024),
  /** Kiosk: local hour (0-23) of the daily soft restart of the app, or null for none. */
  dailyRestartHour: z.int().min(0).max(23).nullable().default(4),
  /** Kiosk: minutes between two heartbeat lines in the log (uptime, heap, frame rate, restarts). */
  heartbeatMinutes: z.int().min(1).max(60).default(5),
});
export type KioskConfig = z.output<typeof KioskConfigSchema>;

/** What the window reports when its attract loop starts or ends (the kiosk watchdogs act only inside it). */
export const AttractLoopReportSchema = z.strictObject({ active: z.boolean() });
export type AttractLoopReport = z.infer<typeof AttractLoopReportSchema>;

/** A channel without a payload: `invoke(channel)` sends no argument, which arrives as `undefined`. */
const noPayload = z.undefined({ message: 'this call takes no payload' });

/** The one channel map. Request schemas validate what a window sends; response schemas what main returns. */
export const contract = {
  'model:open': { request: noPayload, response: ModelFileSchema.nullable() },
  'model:initial': { request: noPayload, response: ModelFileSchema.nullable() },
  'screenshot:save': { request: ScreenshotRequestSchema, response: SavedFileSchema.nullable() },
  'kiosk:config': { request: noPayload, response: KioskConfigSchema },
  'kiosk:attract': { request: AttractLoopReportSchema, response: z.null() },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelRequest<C extends Channel> = z.input<Contract[C]['request']>;
export type ChannelResponse<C extends Channel> = z.output<Contract[C]['response']>;

/** The API the preload exposes as `window.toothRebirthHost`. Every method is one IPC call. */
export interface HostApi {
  /** Shows the native open dialog (stl, obj, ply, gltf, glb). Null when the user cancels. */
  openModel(): Promise<ModelFile | null>;
  /** The model named with `--model FILE` at start-up, or null. */
  initialModel(): Promise<ModelFile | null>;
  /** Shows the save dialog for a PNG. Null when the user cancels. */
  saveScreenshot(png: Uint8Array, suggestedName: string): Promise<SavedFile | null>;
  kioskConfig(): Promise<KioskConfig>;
  /**
   * Tells the main process the attract loop started (true: nobody is using the exhibit) or ended (false: a
   * visitor touched it). Memory and daily restarts wait for `true`, so they never cut into a visit.
   */
  reportAttractLoop(active: boolean): Promise<null>;
}
