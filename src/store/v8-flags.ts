// V8 flags brief changes while running (worker-pool.ts), kept where every bundle of brief finds them: the reader's
// classic script and the ES bundle hold separate copies of this module, so the list lives on a global symbol.

/** One changed flag: its name, the value brief set and V8's default. */
export type TunedFlag = [flag: string, value: string, defaultValue: string];

const KEY = Symbol.for('brief.tunedV8Flags');

/** The flags changed in this process so far (add to it when changing one). */
export function tunedV8Flags(): TunedFlag[] {
  const holder = globalThis as {[KEY]?: TunedFlag[]};
  return (holder[KEY] ??= []);
}
