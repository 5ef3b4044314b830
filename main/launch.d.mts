// Types for launch.mjs, which stays plain JavaScript so `npm start` runs before anything is built.
export declare const MISSING_RUNTIME_MESSAGE: string;
export declare const BUILD_OUTPUTS: readonly string[];
export declare const BUILD_INPUTS: readonly string[];
export declare function findElectronBinary(root?: string, env?: NodeJS.ProcessEnv): string | null;
export declare function newestMtime(target: string): number;
export declare function buildReason(root?: string): string | null;
export declare function absolutizePathArgs(args: readonly string[], baseDir: string): string[];
export declare function main(argv?: readonly string[], env?: NodeJS.ProcessEnv, root?: string): void;
