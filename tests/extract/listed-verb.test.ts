import {seededInts, shippedSlices, VARIED_SPACES} from '../helpers/made-up-texts.js';
import {describe, expect, it} from 'vitest';
import {endsPassive, listedVerbEnd, pronounOrVerb} from '../../src/extract/quotes/listed-verb.js';
import {CASELESS_WORD_END, caselessAlternation} from '../../src/extract/quotes/speech-verb.js';
import {COMPILE_ONCE} from '../../src/extract/matches.js';
import {
  HEARD_SAYING_WORDS,
  SPEECH_VERBS,
  SUBJECT_PRONOUNS,
  SUBORDINATE_WORDS,
  VERB_MODIFIERS,
} from '../../src/extract/quotes/vocabulary.js';

// listed-verb.ts reads placed-verb.ts' listed speech verb and its passive, and inverted.ts' pronoun or verb, word by
// word (s59b): each must answer as the pattern it was, kept here as written.
const {auxiliaries, be, verbs, particles} = HEARD_SAYING_WORDS;
const CASELESS_HEARD_SAYING = `(?:(?:${caselessAlternation(auxiliaries)})\\s+)?(?:(?:${caselessAlternation(be)})\\s+)?(?:${caselessAlternation(verbs)})\\s+(?:(?:${caselessAlternation(particles)})\\s+)?`;
const LISTED_VERB = new RegExp(
  `^(?:\\s+(?:${caselessAlternation(['of', 'from', 'at'])})(?:\\s+(?!(?:${caselessAlternation([...SUBORDINATE_WORDS, 'who', 'and', 'but', 'or'])})${CASELESS_WORD_END})[\\p{L}\\p{N}\\u0345'’.&-]+){1,8}?(?=[\\s,]))?(?:,\\s*[^,]{1,80},)?\\s*(?:(?:${caselessAlternation(VERB_MODIFIERS)})\\s+)?(?:${CASELESS_HEARD_SAYING})?${COMPILE_ONCE}(?:${caselessAlternation(SPEECH_VERBS)})${CASELESS_WORD_END}`,
  'u',
);
const PRONOUN_OR_VERB = new RegExp(
  `^[\\s,;:—–-]*(?:(${caselessAlternation(SUBJECT_PRONOUNS)})\\s+)?(?:(?:${caselessAlternation(VERB_MODIFIERS)})\\s+)?${COMPILE_ONCE}(?:${caselessAlternation(SPEECH_VERBS)})${CASELESS_WORD_END}`,
  'u',
);
const PASSIVE_END = /(?<![\p{L}\p{N}])(?:is|are|was|were|been|being)\s+\p{Ll}+(?<!ing)$/iu;

const listedEnd = (text: string) => LISTED_VERB.exec(text)?.[0].length ?? -1;
const pronounThen = (m: RegExpExecArray | null) => (m ? `${m[0].length} ${m[1]}` : '-');
const pronounRead = (m: ReturnType<typeof pronounOrVerb>) => (m ? `${m.end} ${m.pronoun}` : '-');

function differing(texts: Iterable<string>): string[] {
  const found: string[] = [];
  for (const t of texts) {
    if (listedVerbEnd(t) !== listedEnd(t)) found.push(`listed: ${JSON.stringify(t)}`);
    if (endsPassive(t) !== PASSIVE_END.test(t)) found.push(`passive: ${JSON.stringify(t)}`);
    if (pronounRead(pronounOrVerb(t)) !== pronounThen(PRONOUN_OR_VERB.exec(t)))
      found.push(`pronoun or verb: ${JSON.stringify(t)}`);
    const end = listedEnd(t);
    if (end >= 0 && endsPassive(t.slice(0, end)) !== PASSIVE_END.test(t.slice(0, end)))
      found.push(`passive of the match: ${JSON.stringify(t)}`);
  }
  return found;
}

// Made-up speakers' tails from pieces that reach every branch: the "of" phrase and its stops, asides short and
// long, modifiers, the "heard saying" words, verbs of one and two words in any case, and letters past ASCII.
// prettier-ignore
const PIECES = [
  'of', 'from', 'at', 'OF', 'At', 'the', 'Harbour', 'Office', 'group', 'that', 'which', 'whom', 'who', 'whose',
  'and', 'but', 'or', 'or-x', 'andy', 'said', 'SAID', 'Said', 'ſaid', 'saidx', 'said_', 'saidé', 'told', 'told of',
  'pointed', 'out', 'asked', 'as\u212Aed', 'also', 'had', 'previously', 'has', 'was', 'is', 'were', 'being', 'been',
  'can', 'be', 'heard', 'seen', 'quoted', 'as', 'to', 'saying', 'say', 'tell', 'would', 'later', 'x\u0345y', '\u0345',
  'é', 'Ñu', '𝐚', '𝐀b', '²', '½', "O'Neil", 'Bo’s', 'St.', 'A&E', 'co-op', '2', ',', ', a teacher,', ',,',
  `, ${'x'.repeat(79)},`, `, ${'x'.repeat(80)},`, `, ${'𝐚'.repeat(80)},`, `,   ${'y'.repeat(80)},`, ', ,', '“', ')',
  'he', 'She', 'IT', 'it', 'i', 'they', 'we', 'weld', ';', '—', '–', '-', 'singing', 'ING', 'ring', 'WaS', 'waſ', 'This', 'x2is',
];
function* madeUp(count: number): Generator<string> {
  const next = seededInts(59);
  for (let k = 0; k < count; k++) {
    let text = next(2) ? ` ${PIECES[next(3)] ?? ''}` : '';
    for (let w = next(10); w >= 0; w--)
      text +=
        (VARIED_SPACES[next(VARIED_SPACES.length)] ?? ' ') +
        (PIECES[next(w === 0 && next(2) ? 22 : PIECES.length)] ?? '');
    yield text;
  }
}

describe('the listed speech verb, its passive and the pronoun or verb after a quote, read word by word', () => {
  it.each([
    [' of the Harbour Office told reporters', 27],
    [' from Wooster College, a former teacher, WHISPERED', 50],
    [' of the group that said', -1],
    [', the mayor, would later say', 28],
    [' can be heard saying', 20],
    [' was told', 9],
    [' of Bo and Al said', -1],
    [' pointed out that', 12],
  ])('listedVerbEnd(%j) = %d', (text, end) => {
    expect(listedVerbEnd(text)).toBe(end);
    expect(listedEnd(text)).toBe(end);
  });

  it.each([
    [' was told', true],
    [' is  TOLD', true],
    [' was saying', false],
    [' this told', false],
    ['being asked', true],
    ['x\u0345was told', false],
    ['was ſaid', true],
  ])('endsPassive(%j) = %s', (text, passive) => {
    expect(endsPassive(text)).toBe(passive);
    expect(PASSIVE_END.test(text)).toBe(passive);
  });

  it('answers as the patterns on made-up texts', () => {
    const texts = [...madeUp(60000)];
    expect(differing(texts).slice(0, 5)).toEqual([]);
    expect(texts.filter((t) => listedEnd(t) >= 0).length).toBeGreaterThan(3000);
    expect(texts.filter((t) => listedEnd(t) > 0 && /^\s+(?:of|from|at)\s/iu.test(t)).length).toBeGreaterThan(
      300,
    );
    expect(
      texts.filter((t) => PASSIVE_END.test(t.slice(0, Math.max(0, listedEnd(t))))).length,
    ).toBeGreaterThan(50);
    expect(texts.filter((t) => PRONOUN_OR_VERB.exec(t)?.[1]).length).toBeGreaterThan(300);
  });

  it('answers as the patterns for code units in and around their words', () => {
    const found: string[] = [];
    // (Every code unit to U+03FF and of General Punctuation, one in 23 past them: the classes past ASCII are small
    // patterns of their own.)
    const units = [0x17f, 0x212a, 0x1680, 0x3000, 0xd835, 0xdc1a, 0xfeff];
    for (let c = 0; c <= 0xffff; c += c < 0x400 || (c >= 0x2000 && c < 0x2070) ? 1 : 23) units.push(c);
    for (const c of units) {
      const ch = String.fromCharCode(c);
      const texts = [
        `${ch}said`,
        ` said${ch}`,
        ` of Bo${ch} told`,
        `was ${ch}`,
        `${ch}was told`,
        `is told${ch}`,
        `${ch}she said`,
        `it${ch}said`,
      ];
      for (const shape of [
        ' of the city that said',
        ' has also been quoted as saying',
        ', a teacher, is heard to ask',
      ])
        for (let i = 0; i < shape.length; i++) texts.push(shape.slice(0, i) + ch + shape.slice(i + 1));
      found.push(...differing(texts));
      if (found.length >= 5) break;
    }
    expect(found.slice(0, 5)).toEqual([]);
  }, 120_000);

  it('answers as the patterns before every white space and comma of the library', () => {
    const texts = shippedSlices(/[\s,]/u, 0, 120);
    expect(differing(texts).slice(0, 5)).toEqual([]);
    expect(texts.filter((t) => listedEnd(t) >= 0).length).toBeGreaterThan(1000);
  }, 120_000);
});
