// Types for icons.mjs, which stays plain JavaScript so it runs with `node build/icons.mjs`.
export declare function renderIcon(size: number): Uint8Array;
export declare function encodePng(width: number, height: number, rgba: Uint8Array): Buffer;
export declare function decodePng(buffer: Buffer): { width: number; height: number; rgba: Uint8Array };
export declare function encodeIco(images: ReadonlyArray<{ size: number; png: Buffer }>): Buffer;
export declare function encodeIcns(entries: ReadonlyArray<{ type: string; png: Buffer }>): Buffer;
export declare const LINUX_SIZES: readonly number[];
export declare const ICO_SIZES: readonly number[];
export declare const ICNS_TYPES: ReadonlyArray<readonly [string, number]>;
export declare function writeIcons(outDir: string): string[];
