// Whom "the Colombian said" or "the Frenchman added" stands for: the person the article itself describes by that
// nation ("Colombia's Julián Arboleda", "Frenchman Théo Marchand", "Colombian rider Ana Ruiz", "Ana Ruiz, a
// Colombian,", "Ana Ruiz of Colombia", "Ana Ruiz (Colombia)"). A sports or court report names several people in one
// sentence ("Arboleda, 29, moved up to second, 44 seconds behind Lindqvist"), so the one person of the latest
// sentence is often no answer; the description is, whichever country form it uses ("Britain's" for "the Briton").
import type {Sentence} from '../pipeline.js';
import {demonymPlace, knownPlace} from '../entities/gazetteer.js';
import {lastBefore, readAtMentions, sentenceAt} from './lookup.js';
import type {Mention} from './mentions.js';
import {PERSON_DEMONYMS} from './vocabulary.js';
import {lazyPattern} from '../memo.js';

// "Frenchman", "Dutchwoman": the demonym with a noun of person fused on.
const fusedPerson = lazyPattern(() => /^(\p{Lu}\p{Ll}+?)(?:wo)?man$/u);

/** The country id a nationality noun names ("Colombian", "Frenchman", "Swede"), if one. */
export function nationalityCountry(noun: string): string | undefined {
  const demonym = PERSON_DEMONYMS.get(noun) ?? noun;
  const fused = fusedPerson().exec(demonym)?.[1];
  return (demonymPlace(demonym) ?? (fused ? demonymPlace(fused) : undefined))?.id;
}

// The words set right before a name: "Colombia's " (group 1, a country's possessive), "Colombian rider " / "Frenchman "
// (group 2, a capitalised word and at most two lower-case ones).
const possessiveBefore = lazyPattern(
  () => /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u,
);
const wordBefore = lazyPattern(() => /(?<![\p{L}'’])(\p{Lu}\p{Ll}+)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u);
// After it: ", a Colombian", ", the Colombian rider" (a demonym); " of Colombia", " from Colombia", " (Colombia)".
const apposedAfter = lazyPattern(() => /^,\s+(?:an?|the)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(\p{Lu}\p{Ll}+)/u);
const countryAfter = lazyPattern(
  () => /^(?:\s+(?:of|from)\s+|\s*\()(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)/u,
);

/** The country (its id) a person mention is described by in its own sentence, if any. */
function nationOf(s: Sentence, m: Mention): string | undefined {
  const before = s.text.slice(Math.max(0, m.start - s.start - 50), m.start - s.start);
  const after = s.text.slice(m.end - s.start, m.end - s.start + 40);
  const country = (name: string | undefined) => {
    const place = name ? knownPlace(name) : undefined;
    return place?.kind === 'country' ? place.id : undefined;
  };
  const word = wordBefore().exec(before)?.[1];
  const apposed = apposedAfter().exec(after)?.[1];
  return (
    country(possessiveBefore().exec(before)?.[1]) ??
    (word ? nationalityCountry(word) : undefined) ??
    (apposed ? nationalityCountry(apposed) : undefined) ??
    country(countryAfter().exec(after)?.[1])
  );
}

/**
 * True when the article describes `name` by a nation other than the one `noun` names ("Kenyan runner Faith Kiptoo"
 * is not "the Ethiopian"): the person just named is then no answer for the epithet.
 */
export function otherNation(
  persons: readonly Mention[],
  sentencesOf: ReadonlyMap<number, readonly Sentence[]>,
  noun: string,
  name: string,
): boolean {
  const id = nationalityCountry(noun);
  return !!id && readAtMentions(persons, sentencesOf, name, nationOf).some((n) => n !== id);
}

/**
 * The person last described before `at` by the nation `noun` names, within `reach` paragraphs, or farther back when
 * the article so describes one person alone; undefined when the noun names no country or nobody is so described.
 */
export function describedNational(
  persons: readonly Mention[],
  sentencesOf: ReadonlyMap<number, readonly Sentence[]>,
  noun: string,
  paragraph: number,
  at: number,
  reach: number,
): string | undefined {
  const id = nationalityCountry(noun);
  if (!id) return undefined;
  const described: Mention[] = [];
  for (let i = lastBefore(persons, paragraph, at); i >= 0; i--) {
    const m = persons[i] as Mention;
    const s = sentenceAt(sentencesOf.get(m.paragraph), m.start);
    if (s && nationOf(s, m) === id) described.push(m);
  }
  const latest = described[0];
  if (!latest) return undefined;
  if (latest.paragraph >= paragraph - reach) return latest.name;
  return described.every((m) => m.name === latest.name) ? latest.name : undefined;
}
