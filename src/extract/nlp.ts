// The one file that reads compromise's model. Extraction uses its lexicon (≈25k words with tags such as FirstName,
// City, Country, Organization, Demonym, Month) and its cue-word lists rather than running the full tagger over
// every article, which alone costs ~20 ms per article; the lexicon answers in microseconds. The model comes from
// lexicon.json, written from the compromise package by scripts/build-lexicon.mjs: importing compromise itself to
// read it cost each process that extracts ~0.3-0.6 s (compiling the library, expanding its packed lexicon).
import {readDataFile} from './entities/data-files.js';

interface LexiconFile {
  /** Words and phrases (lower case) by their tags joined with "|". */
  tags: Record<string, string[]>;
  orgWords: string[];
  placeWords: string[];
  suffixPatterns: (Record<string, string> | null)[];
  switches: Record<string, string>;
}

interface Model {
  lexicon: Map<string, readonly string[]>;
  orgWords: ReadonlySet<string>;
  placeWords: ReadonlySet<string>;
  // Endings by length ("wards" → Adverb, "ions" → Plural): how compromise's tagger guesses words its lexicon lacks.
  suffixPatterns: readonly (Record<string, string> | null)[];
  // Words the tagger decides between two readings by context ("rich": Person|Adj, "christian": Person|Noun).
  switches: ReadonlyMap<string, string>;
}

let model: Model | undefined;

/** The model, read on first use (the reader's start-up never needs it). */
function loaded(): Model {
  if (model) return model;
  const file = readDataFile<LexiconFile>('lexicon.json');
  const lexicon = new Map<string, readonly string[]>();
  // (Indexed loops: each worker runs this once, in V8's interpreter, where a for-of steps an iterator per word.)
  const byTags = file.tags;
  const keys = Object.keys(byTags);
  for (let k = 0; k < keys.length; k++) {
    const tags = keys[k] as string;
    const words = byTags[tags] as string[];
    const list = tags.split('|');
    for (let i = 0; i < words.length; i++) lexicon.set(words[i] as string, list);
  }
  model = {
    lexicon,
    orgWords: new Set(file.orgWords),
    placeWords: new Set(file.placeWords),
    suffixPatterns: file.suffixPatterns,
    switches: new Map(Object.entries(file.switches)),
  };
  return model;
}

const EMPTY: readonly string[] = [];

const tagCache = new Map<string, readonly string[]>();

/** Compromise lexicon tags for a word or multi-word phrase (case-insensitive); empty when unknown. */
export function lexiconTags(phrase: string): readonly string[] {
  // The entity rules ask about the same few hundred words of an article many times each: one look-up per form.
  let tags = tagCache.get(phrase);
  if (tags === undefined) {
    if (tagCache.size > 50_000) tagCache.clear();
    tags = loaded().lexicon.get(phrase.toLowerCase().replace(/[’]/g, "'")) ?? EMPTY;
    tagCache.set(phrase, tags);
  }
  return tags;
}

/** True when the lexicon gives the word any of the tags. */
export function hasTag(phrase: string, ...tags: string[]): boolean {
  return hasAnyTag(phrase, tags);
}

/** True when the lexicon gives the word any tag of the list (hasTag for a list built once, not per call). */
export function hasAnyTag(phrase: string, tags: readonly string[]): boolean {
  return tagsInclude(lexiconTags(phrase), tags);
}

/** True when the tags `have` (from lexiconTags) include any of `tags`: for a word whose tags are asked several times. */
export function tagsInclude(have: readonly string[], tags: readonly string[]): boolean {
  // (Asked many times per sentence; most words have no tags at all.) A plain loop: this runs in V8's interpreter,
  // where a callback per tag costs more than the look-up.
  if (have.length === 0) return false;
  for (let i = 0; i < tags.length; i++) if (have.includes(tags[i] as string)) return true;
  return false;
}

/** The tag compromise's tagger guesses from the ending of a word its lexicon lacks; undefined for known words. */
export function suffixGuess(word: string): string | undefined {
  // The same words are asked about many times an article: one look-up instead of a slice per ending tried.
  let guess = guessCache.get(word);
  if (guess === undefined) {
    if (guessCache.size > 50_000) guessCache.clear();
    guess = guessFromSuffix(word) ?? null;
    guessCache.set(word, guess);
  }
  return guess ?? undefined;
}

const guessCache = new Map<string, string | null>();

function guessFromSuffix(word: string): string | undefined {
  const w = word.toLowerCase();
  if (lexiconTags(w).length > 0) return undefined;
  const {suffixPatterns} = loaded();
  for (let n = Math.min(suffixPatterns.length - 1, w.length - 1); n >= 2; n--) {
    const tag = suffixPatterns[n]?.[w.slice(-n)];
    if (tag) return tag;
  }
  return undefined;
}

/** True for a common word compromise also knows as a given name ("Rich", "Christian", "Dick"; not months or places). */
export function isNameSwitch(word: string): boolean {
  const w = word.toLowerCase();
  const v = loaded().switches.get(w);
  return v === 'Person|Noun' || v === 'Person|Adj' || v === 'Person|Verb';
}

/** True for a word compromise uses to spot organizations ("council", "bank", "agency"…). */
export function isOrgWord(word: string): boolean {
  return loaded().orgWords.has(word.toLowerCase());
}

/** True for a word compromise uses to spot natural places ("island", "river", "bay"…). */
export function isPlaceWord(word: string): boolean {
  return loaded().placeWords.has(word.toLowerCase());
}

/** Gender the lexicon gives a first name: 'm', 'f' or null when unknown or ambiguous. */
export function nameGender(first: string): 'm' | 'f' | null {
  const tags = lexiconTags(first);
  const m = tags.includes('MaleName');
  const f = tags.includes('FemaleName');
  if (m === f) return null;
  return m ? 'm' : 'f';
}
