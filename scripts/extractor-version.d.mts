/** The extractor version of the project at `root`: the first 52 bits of a SHA-256 over its code and data. */
export function extractorVersion(root: string): number;
/** Files outside src/extract that decide the keys an analysis is stored under. */
export const STORE_KEYING: readonly string[];
