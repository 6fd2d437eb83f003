// V8 flags brief changes while running (worker-pool.ts), kept where every bundle of brief finds them: the reader's
// classic script and the ES bundle hold separate copies of this module, so the list lives on a global symbol.
import {setFlagsFromString} from 'node:v8';

/** One changed flag: its name, the value brief set and V8's default ('true'/'false' for a switch). */
export type TunedFlag = [flag: string, value: string, defaultValue: string];

const KEY = Symbol.for('brief.tunedV8Flags');

/** The flags changed in this process so far (add to it when changing one). */
export function tunedV8Flags(): TunedFlag[] {
  const holder = globalThis as {[KEY]?: TunedFlag[]};
  return (holder[KEY] ??= []);
}

/**
 * The text that sets `flag` to `value` ("--interrupt-budget=200000"): V8 takes a switch only as "--flag" or
 * "--no-flag", never "--flag=false".
 */
export function flagSetting(flag: string, value: string): string {
  if (value === 'true') return flag;
  if (value === 'false') return flag.replace(/^--/, '--no-');
  return `${flag}=${value}`;
}

/** Sets a V8 flag for the whole process and lists it among the tuned ones. */
export function tuneV8Flag(flag: string, value: string, defaultValue: string): void {
  setFlagsFromString(flagSetting(flag, value));
  tunedV8Flags().push([flag, value, defaultValue]);
}
