// Joins that carry a body's name past a comma or a lower-case word, which end every other run: the fields an
// institution lists ("… of Rail, Maritime and Transport Workers") and a university's campus ("… of Colorado at
// Boulder"). Cut there, the name lost its end and the pieces became a body and a stray person or place.
import {hasTag, isOrgWord, lexiconTags} from '../nlp.js';
import {ORG_WORDS, PLACE_WORDS} from './cues.js';
import {checkRules, runSieve, type SieveRule} from '../rules.js';
import type {Token} from './tokens.js';
import {knownPlace} from './gazetteer.js';
import {isTitle, knownPlaceOrRegion} from './words.js';

/** What a join reads: the sentence, its tokens, the run so far and the index of the token after it. */
export interface JoinCtx {
  text: string;
  tokens: readonly Token[];
  run: readonly Token[];
  at: number;
}

/** A join rule: the index of the first token after the longer run, or undefined when it does not apply. */
export type RunJoin = SieveRule<JoinCtx, number>;

// How the last word of a field of study or work ends ("Sciences", "Medicine", "Engineering", "Health", "Policy").
const FIELD_ENDING = /(?:al|ics?|ences?|ogy|ing|ment|ion|ure|ine|ies|ism|ity|th|cy|ry)$/u;

const gap = (c: JoinCtx, a: Token, b: Token): string => c.text.slice(a.end, b.start);

// "Institute of Allergy": an institution's word, then "of"/"for", and at least one capitalised word after it.
function institutionOf(run: readonly Token[]): boolean {
  const at = run.findIndex((t) => ORG_WORDS.has(t.text.toLowerCase()) || isOrgWord(t.text.toLowerCase()));
  const of = run.findIndex((t, i) => i > at && (t.text === 'of' || t.text === 'for'));
  return at >= 0 && of > at && of < run.length - 1;
}

/**
 * A word that can be part of a field's name ("Health", "Education"): capitalised, and not a personal name, a place,
 * an acronym, or an institution's or place's head in the singular ("University", "Street" open or end another name;
 * "Services", "Workers" end a field's: "Health and Human Services").
 */
export function fieldWord(t: Token): boolean {
  const w = t.text.toLowerCase();
  // (Only brief's own heads: the lexicon's organization words include fields, "Education", "Energy".)
  const head = PLACE_WORDS.has(w) || (ORG_WORDS.has(w) && !/[^s]s$/u.test(w));
  return (
    t.cap &&
    /^\p{Lu}\p{Ll}/u.test(t.text) &&
    !head &&
    !knownPlaceOrRegion(t.text) &&
    !hasTag(t.text, 'FirstName', 'MaleName', 'FemaleName', 'Person', 'LastName', 'WeekDay', 'Month')
  );
}

// The run's own last word, before the list: not a place's or a person's ("Ministry of Varnia and …").
const endsInField = (t: Token | undefined): boolean =>
  !!t &&
  t.cap &&
  !knownPlaceOrRegion(t.text) &&
  !hasTag(t.text, 'FirstName', 'MaleName', 'FemaleName', 'Person');

// Capitalised field words from `from` on, joined by spaces or a hyphen; the index after them.
function fieldWords(c: JoinCtx, from: number, most: number): number {
  let k = from;
  while (k - from < most && c.tokens[k] && fieldWord(c.tokens[k] as Token)) {
    const next = c.tokens[k + 1];
    k++;
    if (!next || !/^[ \u00a0-]$/u.test(gap(c, c.tokens[k - 1] as Token, next))) break;
  }
  return k;
}

/**
 * Where "of" stands in a run that ends "of" and a place the gazetteer knows, with no title before it ("the
 * President of France and …" is an office's holder, not a body's name); -1 otherwise.
 */
function ofKnownPlace(run: readonly Token[]): number {
  const of = run.findIndex((t) => t.text === 'of');
  if (of < 1 || run.slice(0, of).some((t) => isTitle(t))) return -1;
  const place = run.slice(of + 1);
  return place.length > 0 && knownPlaceOrRegion(place.map((t) => t.text).join(' ')) ? of : -1;
}

/** The ways a body's run goes on past a comma or a lower-case word, most specific first. */
export const RUN_JOINS: readonly RunJoin[] = [
  {
    id: 'field-list',
    description:
      'after an institution\'s "of"/"for", a comma list of fields closed by "and" belongs to its name',
    example: 'The National Union of Rail, Maritime and Transport Workers called a strike.',
    apply: (c) => {
      const last = c.run.at(-1);
      // (The run's own test first: most runs before a comma hold no institution's word, and endsInField asks the
      // gazetteer and the lexicon.)
      if (!institutionOf(c.run) || !endsInField(last)) return undefined;
      let k = c.at - 1;
      // Each ", Field" of one to three words, then "(,) and Field".
      for (let items = 0; items < 6; items++) {
        const after = c.tokens[k + 1];
        if (!after) return undefined;
        const sep = gap(c, c.tokens[k] as Token, after);
        if (sep === ', ' && after.cap) {
          const end = fieldWords(c, k + 1, 3);
          if (end === k + 1) return undefined;
          k = end - 1;
          continue;
        }
        const and = after.text === 'and' && /^,? $/u.test(sep) ? c.tokens[k + 2] : undefined;
        if (!and || items === 0 || gap(c, after, and) !== ' ') return undefined;
        const end = fieldWords(c, k + 2, 3);
        // The list must end the name: a capital after it would be a name of its own glued on.
        const next = c.tokens[end];
        if (end === k + 2 || (next?.cap && gap(c, c.tokens[end - 1] as Token, next) === ' '))
          return undefined;
        return end;
      }
      return undefined;
    },
  },
  {
    id: 'field-and',
    description: 'after an institution\'s "of"/"for", "and" and one or two field words end its name',
    example: 'The Department of Health and Human Services said so.',
    apply: (c) => {
      const last = c.run.at(-1);
      const and = c.tokens[c.at];
      if (!last || !and || and.text !== 'and' || !institutionOf(c.run) || !endsInField(last))
        return undefined;
      if (
        gap(c, last, and) !== ' ' ||
        !c.tokens[c.at + 1] ||
        gap(c, and, c.tokens[c.at + 1] as Token) !== ' '
      )
        return undefined;
      const end = fieldWords(c, c.at + 1, 3);
      const next = c.tokens[end];
      // ("Centre for Volcanology and Geological Hazard Mitigation (PVMBG)": three field words when the last ends as
      // a field's does, or the body's acronym in brackets closes them.)
      const three =
        end - c.at - 1 === 3 &&
        (FIELD_ENDING.test(c.tokens[end - 1]?.text ?? '') || c.text.startsWith(' (', c.tokens[end - 1]?.end));
      if (
        end === c.at + 1 ||
        (end - c.at - 1 > 2 && !three) ||
        (next?.cap && gap(c, c.tokens[end - 1] as Token, next) === ' ')
      )
        return undefined;
      return end;
    },
  },
  {
    id: 'field-in',
    description:
      'after an institution\'s "for" and a field, "in" and one to three words of a field (not a place) end its name',
    example: 'The Varna Institute for Research in Environmental Sciences published the data.',
    // ("Center for Neurosurgery in Tyumen": a place after "in" says where the body is; an unknown word may be a town.)
    apply: (c) => {
      const last = c.run.at(-1);
      const inWord = c.tokens[c.at];
      const first = c.tokens[c.at + 1];
      const forAt = c.run.findIndex((t) => t.text === 'for');
      if (!last || !inWord || !first || inWord.text !== 'in' || forAt < 1 || !institutionOf(c.run))
        return undefined;
      if (!endsInField(last) || gap(c, last, inWord) !== ' ' || gap(c, inWord, first) !== ' ')
        return undefined;
      const end = fieldWords(c, c.at + 1, 3);
      const words = c.tokens.slice(c.at + 1, end);
      // A field reads as a common word, ending like one ("Environmental Sciences", "Public Health"); a town's name
      // the gazetteer lacks does not ("Tyumen").
      const known =
        words.every((t) => !hasTag(t.text, 'Place', 'Demonym', 'City', 'Country', 'Region')) &&
        FIELD_ENDING.test(words.at(-1)?.text ?? '');
      const next = c.tokens[end];
      if (end === c.at + 1 || !known || (next?.cap && gap(c, c.tokens[end - 1] as Token, next) === ' '))
        return undefined;
      return end;
    },
  },
  {
    id: 'of-place-and-the-region',
    description:
      'a body "of" a country, then "and the" and one word of a region the name ends with, is one name',
    example: 'The Islamic State of Iraq and the Levant claimed the attack.',
    apply: (c) => {
      const [and, the, region, after] = c.tokens.slice(c.at, c.at + 4);
      if (and?.text !== 'and' || the?.text !== 'the' || !region || ofKnownPlace(c.run) < 1) return undefined;
      if (!/^\p{Lu}\p{Ll}+$/u.test(region.text) || !fieldWord(region) || lexiconTags(region.text).length > 0)
        return undefined;
      if (gap(c, and, the) !== ' ' || gap(c, the, region) !== ' ') return undefined;
      if (after?.cap && gap(c, region, after) === ' ') return undefined;
      return c.at + 3;
    },
  },
  {
    id: 'of-place-and-place',
    description:
      'a body "of" a place the gazetteer knows, then "and" and another it knows that ends the run, is one name',
    example: 'The High Court of England and Wales ruled that the ban was lawful.',
    apply: (c) => {
      const and = c.tokens[c.at];
      const last = c.run.at(-1);
      if (and?.text !== 'and' || !last || gap(c, last, and) !== ' ') return undefined;
      const of = ofKnownPlace(c.run);
      if (of < 1 || !c.run.slice(0, of).some((t) => ORG_WORDS.has(t.text.toLowerCase()))) return undefined;
      // One to three capitalised words after "and", a place the gazetteer knows, and no further capital.
      let end = c.at + 1;
      while (
        end - c.at - 1 < 3 &&
        c.tokens[end]?.cap &&
        gap(c, c.tokens[end - 1] as Token, c.tokens[end] as Token) === ' '
      )
        end++;
      const other = c.tokens.slice(c.at + 1, end);
      if (other.length === 0 || !knownPlaceOrRegion(other.map((t) => t.text).join(' '))) return undefined;
      return end;
    },
  },
  {
    id: 'university-campus',
    description: 'a university of a state or country, then "at" or a comma and its campus town, is one name',
    example: 'She studied at the University of Varnia at Lindby and taught at the University of Varnia, Osk.',
    apply: (c) => {
      const head = c.run[0];
      const of = c.run[1];
      if (!head || !/^(?:University|College)$/u.test(head.text) || of?.text !== 'of') return undefined;
      const region = c.run.slice(2);
      if (region.length === 0 || !knownPlaceOrRegion(region.map((t) => t.text).join(' '))) return undefined;
      const last = c.run.at(-1) as Token;
      const link = c.tokens[c.at];
      const viaAt = link?.text === 'at' && gap(c, last, link) === ' ';
      const from = viaAt ? c.at + 1 : c.at;
      const first = c.tokens[from];
      if (!first?.cap || gap(c, viaAt ? (link as Token) : last, first) !== (viaAt ? ' ' : ', '))
        return undefined;
      let end = from + 1;
      while (
        end - from < 3 &&
        c.tokens[end]?.cap &&
        gap(c, c.tokens[end - 1] as Token, c.tokens[end] as Token) === ' '
      )
        end++;
      const town = c.tokens
        .slice(from, end)
        .map((t) => t.text)
        .join(' ');
      // After a comma only a town the gazetteer knows ("…, Los Angeles"), then no further capital.
      if (!viaAt && !(knownPlace(town)?.kind === 'city' || (hasTag(town, 'City') && !hasTag(town, 'Region'))))
        return undefined;
      if (
        !viaAt &&
        c.tokens[end] &&
        /^ $/u.test(gap(c, c.tokens[end - 1] as Token, c.tokens[end] as Token)) &&
        c.tokens[end]?.cap
      )
        return undefined;
      return end;
    },
  },
];

checkRules('entity-run', RUN_JOINS);

/** The index after the longer run one of the joins makes, and the join's id; null when none applies. */
export function joinRun(ctx: JoinCtx): {verdict: number; rule: string} | null {
  // Every join carries on a name holding "of" or "for" after its first word (an institution's, a body's of a
  // country, a university's): asked after every run a comma or "and"/"at"/"in" follows, most have neither.
  const run = ctx.run;
  let linked = false;
  for (let i = 1; i < run.length && !linked; i++) {
    const w = (run[i] as Token).text;
    linked = w === 'of' || w === 'for';
  }
  return linked ? runSieve(RUN_JOINS, ctx) : null;
}
