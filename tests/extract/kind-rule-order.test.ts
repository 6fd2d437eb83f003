import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {hasAnyTag, lexiconTags, suffixGuess} from '../../src/extract/nlp.js';
import {splitSentences} from '../../src/extract/sentences.js';
import {readContext, type Context} from '../../src/extract/entities/context.js';
import {PLACE_FIRST_WORDS, PLACE_WORDS} from '../../src/extract/entities/cues.js';
import {nameKey} from '../../src/extract/entities/gazetteer.js';
import {
  features,
  forgetFeatures,
  type Features,
  type Form,
} from '../../src/extract/entities/kind-features.js';
import {KIND_RULES} from '../../src/extract/entities/kind-rules.js';
import {again, GOOD, WEAK} from '../../src/extract/entities/kind-weights.js';
import {findSpans} from '../../src/extract/entities/spans.js';

// Kind rules that read their names' features before the mentions' cues, and a cue that tries its pattern only where
// a dash opens the text after the name (s55e, scripts/bench/README.md): the votes must be those of the rules as
// they were, which counted the cue over every mention first, on made-up text and on every form of the library.

const count = (f: Features, test: (c: Context, i: number) => boolean): number =>
  f.form.contexts.filter((c, i) => test(c, i)).length;

const OPENING_ADJECTIVE_TAGS = ['Adjective', 'Adverb', 'Determiner', 'Comparable'];
const before: Record<string, (f: Features) => unknown> = {
  'company-cue': (f) => {
    const n = count(
      f,
      (c, i) => !!c.corporate || (!!c.stockMove && (f.words.length > 1 || !f.form.spans[i]?.initial)),
    );
    return n > 0 && f.personRole + f.titled + f.aged === 0 && !f.placed
      ? {organization: again(n, GOOD)}
      : undefined;
  },
  'court-case-party': (f) => {
    const n = count(f, (c) => !!c.caseParty);
    return n > 0 && n === f.mentions && f.titled + f.aged + f.personRole === 0
      ? {none: again(n, GOOD)}
      : undefined;
  },
  'unknown-speaker': (f) => {
    const personal = f.form.contexts.some((c) => c.speaks && (c.pronoun === 'm' || c.pronoun === 'f'));
    const asIt = f.form.contexts.some((c) => !!c.saysIt);
    return f.unknown &&
      !/s$/u.test(f.text) &&
      !asIt &&
      (f.form.midSentence || personal) &&
      (f.speaks >= 2 || (personal && f.mentions >= 2))
      ? {person: again(f.speaks, WEAK)}
      : undefined;
  },
  'staff-after-name': (f) => {
    const n = count(f, (c, i) => !!c.staffAfter || (!!c.staffFor && (f.form.spans[i]?.words ?? 0) > 1));
    const placed =
      f.form.contexts.some(
        (c) =>
          (c.locative &&
            !(
              c.staffFor &&
              !PLACE_FIRST_WORDS.has(f.first.toLowerCase()) &&
              !PLACE_WORDS.has(f.first.toLowerCase())
            )) ||
          c.inPlace ||
          c.afterTown,
      ) || f.place !== undefined;
    return n > 0 &&
      f.words.length <= 3 &&
      !f.firstIsName &&
      !hasAnyTag(f.first, OPENING_ADJECTIVE_TAGS) &&
      !(lexiconTags(f.first).length === 0 && suffixGuess(f.first) === 'Adjective') &&
      !PLACE_WORDS.has(f.lastWord) &&
      f.personRole + f.titled + f.aged === 0 &&
      !f.placed &&
      !placed
      ? {organization: again(n, GOOD)}
      : undefined;
  },
};

/** Every name of the paragraphs, as forms by key, each mention read as the entity stage reads it. */
function formsOf(paragraphs: readonly string[]): Form[] {
  const forms = new Map<string, Form>();
  const sentences = splitSentences(paragraphs);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (!s) continue;
    const next = sentences[i + 1]?.paragraph === s.paragraph ? (sentences[i + 1]?.text ?? '') : '';
    for (const span of findSpans(s.text, s.index)) {
      const key = nameKey(span.text);
      if (key === '') continue;
      const form = forms.get(key) ?? {text: span.text, spans: [], contexts: [], midSentence: false};
      forms.set(key, form);
      form.spans.push(span);
      form.contexts.push(readContext(s.text, span.start, span.end, next));
      if (!span.initial) form.midSentence = true;
    }
  }
  return [...forms.values()];
}

const MADE_UP = [
  ["Shares in Velgrove fell 12% on Monday. Velgrove's chief executive, Dana Orme, said sorry."],
  ['Kaupstad Savings added 0.3% and Nordreach Bank rose 0.6%. Mayor Kaupstad spoke.'],
  ['The ruling in the Varnco v. Holm case was upheld. Varnco appealed.', 'Holm v. Varnco was heard too.'],
  ['Virk said the road was shut. Virk said he would wait. Velnor said it would not.'],
  ['Velmar Red Cross chair Anna Holm said the storm was weaker, a spokesperson for Kelby Port said.'],
  ['The Virginia-based firm hired a San Jose-born engineer, and the Varnby–born chef left.'],
];

const libraryArticles = (): string[][] => {
  const dir = join(import.meta.dirname, '../../articles');
  return readdirSync(dir).map((f) =>
    readFileSync(join(dir, f), 'utf8')
      .split(/\n+/)
      .filter((p) => p.trim() !== '' && !p.startsWith('---')),
  );
};

describe('kind rules reading the features first', () => {
  const rules = KIND_RULES.filter((r) => r.id in before);
  it('covers every rule it names', () =>
    expect(rules.map((r) => r.id).sort()).toEqual(Object.keys(before).sort()));

  it('votes as the rules that counted the cue first did, on made-up text and the library', () => {
    let fired = 0;
    const differ: string[] = [];
    for (const paragraphs of [...MADE_UP, ...libraryArticles()]) {
      forgetFeatures();
      for (const form of formsOf(paragraphs)) {
        const f = features(form);
        for (const rule of rules) {
          if (rule.words === (f.words.length === 1 ? 'many' : 'one')) continue;
          const votes = rule.apply(f);
          // (Compared as JSON, the differences gathered: an expect per rule and form is most of the test's time.)
          if (JSON.stringify(votes) !== JSON.stringify(before[rule.id]?.(f)))
            differ.push(`${rule.id} of ${form.text}`);
          if (votes) fired++;
        }
      }
    }
    forgetFeatures();
    expect(differ).toEqual([]);
    // (The made-up texts make each rule fire at least once.)
    expect(fired).toBeGreaterThan(6);
  });
});

describe('the "-based" cue', () => {
  it('answers as its pattern on the text after every capitalised word', () => {
    const texts = [
      ...MADE_UP.flat(),
      ...libraryArticles().flat(),
      'Kelby-based, Kelby–based, Kelby-born, Kelby -based, Kelby-basedness, Kelby-bornholm.',
    ];
    let based = 0;
    for (const text of texts)
      for (const m of text.matchAll(/\p{Lu}\p{Ll}+/gu)) {
        const end = m.index + m[0].length;
        const after = text.slice(end, end + 160);
        const expected = /^[-–](?:based|born)\b/u.test(after);
        expect(readContext(text, m.index, end).basedIn, after).toBe(expected);
        if (expected) based++;
      }
    expect(based).toBeGreaterThan(3);
  });
});
