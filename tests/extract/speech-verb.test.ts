import {describe, expect, it} from 'vitest';
import {
  hasSpeechVerb,
  isSpeechVerb,
  SPEECH_OR_OBJECT_VERB,
  speechVerbEnd,
} from '../../src/extract/quotes/speech-verb.js';
import {listedVerbEnd, pronounOrVerb} from '../../src/extract/quotes/listed-verb.js';
import {
  alternation,
  HEARD_SAYING,
  MODIFIER,
  OBJECT_ALT,
  SPEECH_VERBS,
  SUBJECT_PRONOUNS,
  SUBORDINATE_WORDS,
  VERB_ALT,
  VERB_MODIFIERS,
} from '../../src/extract/quotes/vocabulary.js';

const PATTERN = new RegExp(`^(?:${VERB_ALT})$`, 'iu');

describe('isSpeechVerb', () => {
  it.each([
    ['said', true],
    ['Said', true],
    ['TOLD', true],
    ['pointed out', true],
    ['pointed  out', true],
    ['ſaid', true],
    ['a\u212Aed', false],
    ['as\u212Aed', true],
    ['sai', false],
    ['saidx', false],
    [' said', false],
    ['', false],
  ])('%j → %s', (word, expected) => {
    expect(isSpeechVerb(word)).toBe(expected);
    expect(PATTERN.test(word)).toBe(expected);
  });

  // Every code unit in place of each letter of a few verbs, before and after them, and alone: the set look-up
  // answers as the case-insensitive pattern does.
  it('answers as the pattern does for every code unit', () => {
    const verbs = ['said', 'asks', 'went on', 'tweeted'];
    let differ = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const words = [ch, `said${ch}`, `${ch}said`];
      for (const verb of verbs)
        for (let i = 0; i < verb.length; i++) words.push(verb.slice(0, i) + ch + verb.slice(i + 1));
      for (const word of words) if (isSpeechVerb(word) !== PATTERN.test(word)) differ++;
    }
    expect(differ).toBe(0);
  }, 60_000);
});

const ANY = new RegExp(`(?<![\\p{L}-])(?:${VERB_ALT})\\b`, 'iu');
const HERE = new RegExp(`(?<![\\p{L}-])(?:${VERB_ALT})\\b`, 'iuy');

describe('hasSpeechVerb and speechVerbEnd', () => {
  // Object verbs ("referred to", "read") around, inside and before speech verbs, and every code unit around them.
  const texts = [
    'the minister said',
    'referred to the said',
    'he read, then told of it',
    'accused and accusing',
    'unsaid re-said',
    'pointed   out',
    'readsaid told_ ſaid',
    'Ada Brill attacked the plan',
  ];
  it.each(texts)('%j', (text) => {
    expect(hasSpeechVerb(text)).toBe(ANY.test(text));
    for (let at = 0; at <= text.length; at++) {
      HERE.lastIndex = at;
      const m = HERE.exec(text);
      expect(speechVerbEnd(text, at)).toBe(m ? at + m[0].length : -1);
    }
  });

  it('answers as the pattern does for every code unit around a verb', () => {
    let differ = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [`${ch}said`, `said${ch}`, `read${ch}told`, `a${ch}referred to`]) {
        if (hasSpeechVerb(text) !== ANY.test(text)) differ++;
        HERE.lastIndex = 1;
        const m = HERE.exec(text);
        if (speechVerbEnd(text, 1) !== (m ? 1 + m[0].length : -1)) differ++;
      }
    }
    expect(differ).toBe(0);
  }, 60_000);

  // inverted.ts reads "she said" and "said" after a quote with one pattern: no text may open with both shapes.
  it('no subject pronoun is the first word of a modifier or a speech verb', () => {
    const firsts = new Set([...VERB_MODIFIERS, ...SPEECH_VERBS].map((w) => w.split(' ')[0]));
    expect(SUBJECT_PRONOUNS.filter((p) => firsts.has(p))).toEqual([]);
  });
});

describe('SPEECH_OR_OBJECT_VERB', () => {
  const OLD = new RegExp(`(?<![\\p{L}-])(?:(${VERB_ALT})|${OBJECT_ALT})\\b`, 'giu');
  // (An exec loop: matchAll copies the pattern for every text.)
  const all = (re: RegExp, text: string) => {
    const out: string[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(`${m.index}:${m[0]}:${m[1]}`);
    return out.join(' ');
  };

  it('finds what the case-insensitive pattern finds, for every code unit around and inside verbs', () => {
    let differ = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const texts = [
        `${ch}said`,
        `said${ch}`,
        `${ch}asked`,
        `a${ch}ed`,
        `referred${ch}to ${ch}`,
        `TOLD${ch}of`,
      ];
      for (const verb of ['tweeted', 'reads', 'spoke of']) {
        for (let i = 0; i < verb.length; i++) texts.push(verb.slice(0, i) + ch + verb.slice(i + 1));
      }
      for (const text of texts) if (all(SPEECH_OR_OBJECT_VERB, text) !== all(OLD, text)) differ++;
    }
    expect(differ).toBe(0);
  }, 60_000);

  it.each([
    'He SAID it, and Ada Brill then told of the ſaid and the as\u212Aed',
    'Ｓaid 𝐒aid re-said',
    'x\u0345said',
  ])('%j', (text) => expect(all(SPEECH_OR_OBJECT_VERB, text)).toBe(all(OLD, text)));
});

describe('pronounOrVerb', () => {
  const OLD = new RegExp(
    `^[\\s,;:—–-]*(?:(${alternation(SUBJECT_PRONOUNS)})\\s+)?${MODIFIER}(?:${VERB_ALT})\\b`,
    'iu',
  );
  const show = (m: RegExpExecArray | null) => (m ? `${m[0]}:${m[1]}` : '-');
  const read = (text: string) => {
    const m = pronounOrVerb(text);
    return m ? `${text.slice(0, m.end)}:${m.pronoun}` : '-';
  };

  it('matches as the case-insensitive pattern does, for every code unit in and around its words', () => {
    let differ = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const texts = [`${ch}said`, `, said${ch}`, `${ch} he said`];
      for (const shape of ['she had previously said', 'I also asked', 'it would later tell']) {
        for (let i = 0; i < shape.length; i++) texts.push(shape.slice(0, i) + ch + shape.slice(i + 1));
      }
      for (const text of texts) if (read(text) !== show(OLD.exec(text))) differ++;
    }
    expect(differ).toBe(0);
  }, 300_000);
});

describe('listedVerbEnd', () => {
  const OLD = new RegExp(
    `^(?:\\s+(?:of|from|at)(?:\\s+(?!(?:${alternation(SUBORDINATE_WORDS)}|who|and|but|or)\\b)[\\p{L}\\p{N}'’.&-]+){1,8}?(?=[\\s,]))?(?:,\\s*[^,]{1,80},)?\\s*${MODIFIER}(?:${HEARD_SAYING})?(?:${VERB_ALT})\\b`,
    'iu',
  );
  const show = (m: RegExpExecArray | null) => (m ? m[0] : '-');
  const read = (text: string) => {
    const end = listedVerbEnd(text);
    return end >= 0 ? text.slice(0, end) : '-';
  };

  it('matches as the case-insensitive pattern does, for every code unit in and around its words', () => {
    let differ = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const texts = [`${ch}said`, ` said${ch}`, ` of Bo${ch} told`];
      for (const shape of [
        ' of the city that said',
        ' has also been quoted as saying',
        ', a teacher, is heard to ask',
      ]) {
        for (let i = 0; i < shape.length; i++) texts.push(shape.slice(0, i) + ch + shape.slice(i + 1));
      }
      for (const text of texts) if (read(text) !== show(OLD.exec(text))) differ++;
    }
    expect(differ).toBe(0);
  }, 300_000);

  it.each([
    ' of the Harbour Office told',
    ' from Wooster College WHISPERED',
    ' OF the group WHOSE ſaid',
    ' at x\u0345y said',
    ' of Bo and Al said',
    ', the mayor, would later say',
    ' can be seen to tell',
    ' was told',
  ])('%j', (text) => expect(read(text)).toBe(show(OLD.exec(text))));
});
