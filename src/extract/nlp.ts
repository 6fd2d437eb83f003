// The one file that imports compromise. Extraction uses its lexicon (≈25k words with tags such as FirstName,
// City, Country, Organization, Demonym, Month) and its cue-word lists rather than running the full tagger over
// every article, which alone costs ~20 ms per article; the lexicon answers in microseconds.
import nlp from 'compromise';

interface CompromiseWorld {
  model: {
    one: {lexicon: Record<string, string | string[]>};
    two: {
      orgWords: Record<string, unknown>;
      placeWords: Record<string, unknown>;
      suffixPatterns: (Record<string, string> | null | undefined)[];
      switches: Record<string, string>;
    };
  };
}

const world = nlp.world() as CompromiseWorld;
const lexicon = world.model.one.lexicon;
const orgWords = world.model.two.orgWords;
const placeWords = world.model.two.placeWords;
// Endings by length ("wards" → Adverb, "ions" → Plural): how compromise's tagger guesses words its lexicon lacks.
const suffixPatterns = world.model.two.suffixPatterns;
// Words the tagger decides between two readings by context ("rich": Person|Adj, "christian": Person|Noun).
const switches = world.model.two.switches;

const EMPTY: readonly string[] = [];

const tagCache = new Map<string, readonly string[]>();

/** Compromise lexicon tags for a word or multi-word phrase (case-insensitive); empty when unknown. */
export function lexiconTags(phrase: string): readonly string[] {
  // The entity rules ask about the same few hundred words of an article many times each: one look-up per form.
  let tags = tagCache.get(phrase);
  if (tags === undefined) {
    if (tagCache.size > 50_000) tagCache.clear();
    const key = phrase.toLowerCase().replace(/[’]/g, "'");
    const v = Object.prototype.hasOwnProperty.call(lexicon, key) ? lexicon[key] : undefined;
    tags = v === undefined ? EMPTY : Array.isArray(v) ? v : [v];
    tagCache.set(phrase, tags);
  }
  return tags;
}

/** True when the lexicon gives the word any of the tags. */
export function hasTag(phrase: string, ...tags: string[]): boolean {
  const have = lexiconTags(phrase);
  return tags.some((t) => have.includes(t));
}

/** The tag compromise's tagger guesses from the ending of a word its lexicon lacks; undefined for known words. */
export function suffixGuess(word: string): string | undefined {
  const w = word.toLowerCase();
  if (lexiconTags(w).length > 0) return undefined;
  for (let n = Math.min(suffixPatterns.length - 1, w.length - 1); n >= 2; n--) {
    const tag = suffixPatterns[n]?.[w.slice(-n)];
    if (tag) return tag;
  }
  return undefined;
}

/** True for a common word compromise also knows as a given name ("Rich", "Christian", "Dick"; not months or places). */
export function isNameSwitch(word: string): boolean {
  const w = word.toLowerCase();
  const v = Object.prototype.hasOwnProperty.call(switches, w) ? switches[w] : undefined;
  return v === 'Person|Noun' || v === 'Person|Adj' || v === 'Person|Verb';
}

/** True for a word compromise uses to spot organizations ("council", "bank", "agency"…). */
export function isOrgWord(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(orgWords, word.toLowerCase());
}

/** True for a word compromise uses to spot natural places ("island", "river", "bay"…). */
export function isPlaceWord(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(placeWords, word.toLowerCase());
}

/** Gender the lexicon gives a first name: 'm', 'f' or null when unknown or ambiguous. */
export function nameGender(first: string): 'm' | 'f' | null {
  const tags = lexiconTags(first);
  const m = tags.includes('MaleName');
  const f = tags.includes('FemaleName');
  if (m === f) return null;
  return m ? 'm' : 'f';
}
