// Who the sentences around a quote are about, when the quote's own sentence has no speech verb: the paragraph before
// (past sentences naming no one), the sentence after (a person introduced in apposition), or the subject whose
// opinion the quote completes ("X believes the tax is “…”").
import {startingIn} from './lookup.js';
import type {QuoteCase, SpeakerVerdict} from './sieves.js';
import {
  hasFiniteVerb,
  isObjectLead,
  NAME_OPENING,
  NO_WORDS,
  ONLY_SPACE,
  opensSentence,
  PRONOUN_OPENING,
  subjectOf,
} from './subjects.js';
import {alternation, BACK_NOUNS, OPINION_VERBS} from './vocabulary.js';
import {isPersonNoun} from './words.js';
import {lazyPattern} from '../memo.js';

// "believes the tax is “…”", "hopes the bridge will “…”": a verb of opinion (OPINION_VERBS), then a clause whose
// verb ("is", "will") the quote completes; "knew the mill would be “…”" reports what someone else said.
const OWN_VERB = /^\s+(?:(?:also|still|now|often|\p{Ll}+ly)\s+)?(\p{Ll}+)\s/u;
// ("wants the province to “…”": an infinitive is such a clause too.)
const COMPLEMENT_TAIL =
  /(?<![\p{L}\p{N}])(?:is|are|was|were|will|would|could|should|can|may|might|must|be|been|has|have|had|to)\s+(?:\p{Ll}+\s+){0,2}$/u;
// "For Tobias Renn, the bridge is “…”": the person a judgement belongs to, before the comma.
const FOR_TOPIC = /^\s*[Ff]or\s+$/u;
const ownVerb = (word: string) => OPINION_VERBS.has(word);
const HE_OR_SHE = /^\s*(?:[^,]{0,40},\s*)?(he|she)\b/iu;

/**
 * "Ada Brill believes the tax is “…”", "For Tobias Renn, the bridge is “…”": a quote completing a clause that holds
 * the opinion of the person opening the sentence (a name or he/she), with no speech verb and nobody else named
 * between. The subject's verb comes first and the quote completes a clause of its own ("is", "will"): "Renn runs a
 * shop selling “…”" and "Renn was charged with “…”" are not his words.
 */
export function opinionSubject(c: QuoteCase): SpeakerVerdict | undefined {
  const lead = c.masked.slice(c.sentenceStart, c.span.open);
  if (!COMPLEMENT_TAIL.test(lead)) return undefined;
  const named = startingIn(c.here, c.sentenceStart, c.span.open);
  const first = named[0];
  if (first && named.length === 1 && first.kind === 'person') {
    const before = c.masked.slice(c.sentenceStart, first.start);
    const rest = c.masked.slice(first.end, c.span.open);
    if (FOR_TOPIC.test(before) && /^\s*,/u.test(rest)) return {speaker: first.name};
    const verb = OWN_VERB.exec(rest)?.[1];
    if (!ONLY_SPACE.test(before) && !NAME_OPENING.test(before)) return undefined;
    if (isObjectLead(before) || hasFiniteVerb(before)) return undefined;
    return verb && ownVerb(verb) ? {speaker: first.name} : undefined;
  }
  if (named.length > 0) return undefined;
  const pronoun = HE_OR_SHE.exec(lead);
  const verb = pronoun ? OWN_VERB.exec(lead.slice(pronoun[0].length))?.[1] : undefined;
  if (!pronoun?.[1] || !verb || !ownVerb(verb)) return undefined;
  const speaker = c.resolvePronoun(pronoun[1], c.paragraph, c.sentenceStart + pronoun.index);
  return speaker ? {speaker} : undefined;
}

// "I", "me", "my" inside the quote: someone's own words, never a label or a term.
const FIRST_PERSON_WORD = /(?<![\p{L}’'])(?:I(?:['’](?:m|ve|d|ll))?|me|my|mine|myself)(?![\p{L}’'])/u;

/**
 * "Then just 19, she looked at the role as a “chance to face my demons”": a quote speaking in the first person
 * ("I", "my") inside a sentence about a person (a name or he/she opening it, nobody else named before the quote),
 * with no verb of speech: that person's words.
 */
export function firstPersonSubject(c: QuoteCase): SpeakerVerdict | undefined {
  if (!FIRST_PERSON_WORD.test(c.text) || NO_WORDS.test(c.masked.slice(c.sentenceStart, c.span.open)))
    return undefined;
  const named = startingIn(c.here, c.sentenceStart, c.span.open);
  if (named.some((m) => m.name !== named[0]?.name)) return undefined;
  const found = subjectOf(c, c.paragraph, c.sentenceStart, c.span.open, c.masked, c.here);
  return found && found.kind !== 'organization' ? {speaker: found.speaker} : undefined;
}

/**
 * The quote opens its paragraph as a sentence of its own, and nobody is named in the rest of the paragraph
 * ("“Every night we turn people away.” The shelter has forty beds."): the paragraph is the quotation.
 */
export function leadsParagraph(c: QuoteCase): boolean {
  if (NO_WORDS.test(c.masked)) return true;
  if (!ONLY_SPACE.test(c.para.slice(0, c.span.open))) return false;
  if (!NO_WORDS.test(c.masked.slice(c.span.close + 1, c.sentenceEnd))) return false;
  return startingIn(c.here, c.span.close, c.masked.length).length === 0;
}

const IT_OPENS = /^\s*it\b/iu;

/**
 * Who the paragraph before is about: the subject of its last sentence naming anyone (a person opening it, or
 * he/she); sentences naming no one ("It has been in his family since 1950.") are passed over, up to three.
 */
export function subjectOfParagraphBefore(c: QuoteCase): SpeakerVerdict | undefined {
  const sentences = c.sentencesOf.get(c.paragraph - 1);
  const above = c.aboveMasked();
  if (!sentences || above === undefined) return undefined;
  for (let i = sentences.length - 1; i >= Math.max(0, sentences.length - 3); i--) {
    const s = sentences[i];
    if (!s) return undefined;
    const end = s.start + s.text.length;
    // A quote in that sentence has a speaker of its own, and continuing it is another sieve's call.
    if (above.slice(s.start, end) !== s.text) return undefined;
    const found = IT_OPENS.test(s.text)
      ? undefined
      : subjectOf(c, c.paragraph - 1, s.start, end, above, c.aboveMentions());
    if (found) return found.kind !== 'organization' ? {speaker: found.speaker} : undefined;
    if (startingIn(c.aboveMentions(), s.start, end).length > 0 || HE_OR_SHE.test(s.text)) return undefined;
  }
  return undefined;
}

/** For a quote that is a sentence of its own: the next sentence of its paragraph, if there is one. */
function sentenceAfterOwnSentence(c: QuoteCase): QuoteCase['sentences'][number] | undefined {
  if (!opensSentence(c) || !NO_WORDS.test(c.masked.slice(c.span.close + 1, c.sentenceEnd))) return undefined;
  const i = c.sentences.findIndex((s) => s.start === c.sentenceStart);
  return i < 0 ? undefined : c.sentences[i + 1];
}

/**
 * "“We are not going to stop.” Ines Calloway, the group’s founder, has protested for ten years.": a quote that is
 * a sentence of its own, followed in its paragraph by a sentence opening with a person (who is introduced after
 * their words).
 */
export function subjectOfSentenceAfter(c: QuoteCase): SpeakerVerdict | undefined {
  const next = sentenceAfterOwnSentence(c);
  if (!next) return undefined;
  const end = next.start + next.text.length;
  if (c.masked.slice(next.start, end) !== next.text || PRONOUN_OPENING.test(next.text)) return undefined;
  const found = subjectOf(c, c.paragraph, next.start, end, c.masked, c.here);
  if (!found || found.kind !== 'person') return undefined;
  // Introduced, not reacting: "X, the group’s founder, …" / "X, 54, …"; "X disagreed with the plan" is a reply.
  const m = startingIn(c.here, next.start, end).find((x) => x.name === found.speaker);
  if (!m) return undefined;
  // Or by a title opening the sentence: "“…” Mayor Tomas Weller spoke at the town hall."
  const lead = c.masked.slice(next.start, m.start);
  const titled = titleOpening().exec(lead);
  const named = c.masked.slice(m.start, m.end).split(/\s+/);
  const byTitle =
    (!!titled && titled[0].trim().split(/\s+/).every(isPersonNoun)) ||
    (ONLY_SPACE_LEAD.test(lead) && named.length > 2 && isPersonNoun(named[0] ?? ''));
  return INTRODUCED.test(c.masked.slice(m.end, end)) || byTitle ? {speaker: found.speaker} : undefined;
}
const INTRODUCED = /^,\s+(?:the|a|an|\d+)\b[^,]*,/u;
const ONLY_SPACE_LEAD = /^\s*$/u;
const titleOpening = lazyPattern(() => /^\s*(?:\p{Lu}[\p{L}.-]*\s+){1,3}$/u);

// "That was the reaction of X", "Those were the words of X", "So said X", "With those words, X …": a sentence
// pointing back at the quote before it and naming whose words they were (after at most three title words, capitalised
// or a person's noun: "the verdict of head teacher X"; group 1 holds them).
const POINTS_BACK = new RegExp(
  `^(?:(?:That|This|Those|These|Such)\\s+(?:was|were|is|are)\\s+(?:the\\s+)?(?:\\p{Ll}+\\s+){0,2}?(?:${alternation(
    BACK_NOUNS,
  )})\\s+(?:of|from)|So\\s+(?:said|says)|With\\s+(?:those|these)\\s+words,)\\s+(?:the\\s+)?((?:[\\p{L}.-]+\\s+){0,3}?)$`,
  'u',
);
// The title words POINTS_BACK allows before the name: each capitalised or a noun for a person.
const titleWords = (words: string): boolean =>
  words
    .split(/\s+/u)
    .filter(Boolean)
    .every((w) => /^\p{Lu}/u.test(w) || isPersonNoun(w));

/**
 * "“We will fight this in court.” That was the reaction of Ada Brill.": a quote that is a sentence of its own,
 * the next sentence of its paragraph pointing back at it and naming the one who said it.
 */
export function namedAfter(c: QuoteCase): SpeakerVerdict | undefined {
  const next = sentenceAfterOwnSentence(c);
  if (!next) return undefined;
  const end = next.start + next.text.length;
  const m = startingIn(c.here, next.start, end)[0];
  const back = m ? POINTS_BACK.exec(c.masked.slice(next.start, m.start)) : null;
  if (!m || !back || !titleWords(back[1] ?? '')) return undefined;
  return {speaker: m.name};
}
