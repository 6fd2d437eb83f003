/** The ES bundle's chunk for each source the worker imports at run time, relative to dist/; null when one is missing. */
export function esChunks(metafile: {
  outputs: Record<string, {entryPoint?: string}>;
}): Record<string, string> | null;
/** Writes dist/index-worker-boot.cjs; false (and `onSkip` told why) when it cannot. */
export function buildWorkerBoot(
  options: {
    external: string[];
    alias: Record<string, string>;
    define: Record<string, string>;
    supported: Record<string, boolean>;
  },
  metafile: {outputs: Record<string, {entryPoint?: string}>},
  onSkip: (why: string) => void,
): Promise<boolean>;
