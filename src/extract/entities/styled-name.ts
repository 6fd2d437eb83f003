// The name an entity is written out under when the article gives a person one word only, after a style that is
// part of how that person is named.
import {NAMING_STYLES} from './cues.js';
import type {Form} from './kind-features.js';

/**
 * "Sheikh Hasina said … Hasina added": when no form of a person's group has more than one word, the first mention
 * after a naming style (cues.ts NAMING_STYLES) is the name; undefined otherwise ("Pope Francis" stays "Francis",
 * "Sheikh Hasina Wazed … Hasina" is named by its full form).
 */
export function styledName(forms: readonly Form[]): string | undefined {
  if (forms.some((f) => /\s/u.test(f.text))) return undefined;
  for (const f of forms)
    for (const s of f.spans)
      if (s.titled && s.titles.length === 1 && NAMING_STYLES.has(s.titles[0] ?? '')) return s.titled;
  return undefined;
}
