import {describe, expect, it} from 'vitest';
import {
  captionParagraphs,
  isBoilerplate,
  isFragment,
  quoteShare,
  startsWithPronoun,
  withoutDateline,
} from '../../src/extract/summary/filters.js';
import {
  cachedContentWord,
  contentWord,
  EIGHT_SPACES,
  FIFTY_SPACES,
  rankSummary,
} from '../../src/extract/summary/rank.js';
import {shippedParagraphs} from '../helpers/made-up-texts.js';
import {STAGES} from '../../src/extract/index.js';
import {runStages} from '../../src/extract/pipeline.js';

const ARTICLE = [
  'A fire in a five-story apartment building in Lyon killed 12 people on Monday, officials said.',
  'Firefighters fought the blaze for six hours before bringing it under control early on Tuesday morning.',
  'The fire in the Lyon apartment building killed 12 people on Monday, officials in the city said.',
  'He said the building had passed its last safety inspection in 2019.',
  '“It was terrible,” a neighbour said.',
  'Investigators believe the fire started in a ground-floor kitchen and spread up a stairwell to the upper floors.',
  'The mayor of Lyon announced an inquiry into fire safety in older apartment buildings across the city.',
  'Jane Doe contributed reporting.',
];

describe('rankSummary', () => {
  const summary = rankSummary(ARTICLE, {title: 'Lyon apartment fire kills 12'});

  it('gives three sentences of the article, in article order', () => {
    expect(summary).toHaveLength(3);
    for (const s of summary) expect(ARTICLE).toContain(s);
    const positions = summary.map((s) => ARTICLE.indexOf(s));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('starts with the lead', () => {
    expect(summary[0]).toBe(ARTICLE[0]);
  });

  it('leaves out a sentence that repeats one already chosen', () => {
    expect(summary).not.toContain(ARTICLE[2]);
  });

  it('never uses a byline, a bare quote or a dangling pronoun when better sentences exist', () => {
    expect(summary).not.toContain(ARTICLE[7]);
    expect(summary).not.toContain(ARTICLE[4]);
    expect(summary).not.toContain(ARTICLE[3]);
  });

  it('honours the count and copes with short or empty articles', () => {
    expect(rankSummary(ARTICLE, {title: ''}, 1)).toEqual([ARTICLE[0]]);
    expect(rankSummary(ARTICLE.slice(0, 2), {title: ''}, 3)).toEqual(ARTICLE.slice(0, 2));
    expect(rankSummary([], {title: 'x'})).toEqual([]);
    expect(
      rankSummary(['Jane Doe contributed reporting.', 'Image: Wikimedia Commons.'], {title: ''}),
    ).toEqual([]);
  });

  it('keeps a pronoun sentence right after the sentence it refers to', () => {
    const article = [
      'Eliud Kipchoge of Kenya ran a marathon in less than two hours in Vienna on Saturday.',
      'This is the first time anyone has run the full marathon distance under the landmark time.',
      'Organisers closed the park roads in the Austrian capital for the attempt.',
      'Kipchoge had run the Berlin marathon in two hours and one minute in 2018, then a record.',
      'Thousands of fans lined the course in Vienna to cheer the Kenyan runner.',
    ];
    const summary = rankSummary(article, {title: 'Kipchoge runs marathon under two hours'});
    expect(summary.slice(0, 2)).toEqual(article.slice(0, 2));
  });

  it('skips a caption or byline at the top instead of starting with it', () => {
    const withCaption = ['Photo: Reuters.', 'By John Smith', ...ARTICLE];
    expect(rankSummary(withCaption, {title: ''})[0]).toBe(ARTICLE[0]);
  });
});

describe('summary filters', () => {
  const boilerplate = [
    'Anastasia Kuznietsova contributed reporting.',
    'Maria Varenikova covers Ukraine and its war with Russia.',
    'The post Russian Attack Kills 15 appeared first on New York Times.',
    'Protesters at the march. Image: Andrew Gray.',
    'Sign up for our newsletter to get the news every morning.',
    '– USCG dispatcher, CNN',
  ];
  it.each(boilerplate)('boilerplate: %s', (s) => expect(isBoilerplate(s)).toBe(true));

  const news = [
    'Russia launched 598 drones and 31 missiles in the overnight assault on Kyiv.',
    'The photographer said the image was taken on Monday.',
    'Ursula von der Leyen said the delegation was safe.',
  ];
  it.each(news)('not boilerplate: %s', (s) => expect(isBoilerplate(s)).toBe(false));

  it.each([
    'Trafalgar Square.',
    'and then the rest of them came later that night.',
    'The fire started near the dock and',
  ])('fragment: %s', (s) => expect(isFragment(s)).toBe(true));
  it('a full sentence is not a fragment', () => {
    expect(isFragment('The fire started near the dock on Monday night.')).toBe(false);
  });

  it('measures how much of a sentence is quoted', () => {
    expect(quoteShare('“I always come when it’s scary,” she said.')).toBeGreaterThan(0.6);
    expect(quoteShare('The council met on Monday.')).toBe(0);
  });

  it('treats a paragraph with a credit line as a caption, all of it', () => {
    const sentences = [
      {text: 'Thousands marched through London on Saturday.', paragraph: 0},
      {
        text: 'Protesters with flags and a banner from People\'s Vote saying "put it to the people".',
        paragraph: 1,
      },
      {text: 'Image: Voice of America.', paragraph: 1},
      {text: 'The photo editor said the march was peaceful.', paragraph: 2},
    ];
    expect([...captionParagraphs(sentences)]).toEqual([1]);
  });

  it('spots a leading pronoun but not "It is" or "There were"', () => {
    expect(startsWithPronoun('He said the talks failed.')).toBe(true);
    expect(startsWithPronoun('They managed to climb out.')).toBe(true);
    expect(startsWithPronoun('There were 20 people on board.')).toBe(false);
    expect(startsWithPronoun('Helen said the talks failed.')).toBe(false);
  });
});

// Texts of words with and without letters between runs of assorted white space, for the patterns that count words
// without splitting: the same answers as the splits they replace.
function randomTexts(count: number): string[] {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const words = ['a', 'Ünï', '12', '—', '“x”', '𝐀b', '\ud800', '3.5%', 'x\u0345', '日本', '--', '(4)'];
  const spaces = [' ', '  ', '\t', '\n', '\u00a0', '\u2003', ' \u3000 ', '\ufeff'];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = next(4) === 0 ? (spaces[next(spaces.length)] as string) : '';
    const n = next(70);
    for (let w = 0; w < n; w++) {
      text += words[next(words.length)] as string;
      if (w < n - 1 || next(3) === 0) text += spaces[next(spaces.length)] as string;
    }
    out.push(text);
  }
  return out;
}

describe('wire datelines', () => {
  it.each([
    ['EASTBROOK, N.C. (AP) — A storm cut power to 120,000 homes.', 'A storm cut power to 120,000 homes.'],
    ['PORTO VERDE, Portugal (Reuters) - The council approved a toll.', 'The council approved a toll.'],
    ['NEW WESTFIELD — The bridge reopened on Monday.', 'The bridge reopened on Monday.'],
    ['KYIV, Ukraine — “We will rebuild,” the mayor said.', '“We will rebuild,” the mayor said.'],
  ])('cuts the dateline of %s', (text, cut) => expect(withoutDateline(text)).toBe(cut));
  it.each([
    'NASA launched the probe on Monday.',
    'US officials — and their allies — disagreed.',
    'The council approved a toll.',
    'BREAKING: the bridge is closed.',
  ])('leaves %s as it is', (text) => expect(withoutDateline(text)).toBe(text));
  it("is cut from the summary's copy of the first sentence only", () => {
    const doc = runStages(STAGES, {
      title: 'Storm cuts power in Eastbrook',
      paragraphs: [
        'EASTBROOK, N.C. (AP) — A fast storm cut power to 120,000 homes in Eastbrook on Thursday, officials said.',
        'Crews from six states were on their way to Eastbrook, the utility said on Thursday evening.',
      ],
      authors: [],
    });
    expect(doc.summary[0]).toBe(
      'A fast storm cut power to 120,000 homes in Eastbrook on Thursday, officials said.',
    );
    expect(doc.sentences[0]?.text.startsWith('EASTBROOK, N.C. (AP) — ')).toBe(true);
  });
});

describe('word counts without splitting', () => {
  const texts = randomTexts(20_000);

  it('isFragment answers as it did with the words split', () => {
    const lettered = (words: readonly string[]) => {
      let n = 0;
      for (let i = 0; i < words.length && n < 6; i++) if (/\p{L}/u.test(words[i] as string)) n += 1;
      return n;
    };
    const old = (text: string) => {
      const t = text.trim();
      if (t.length < 30) return true;
      if (lettered(t.split(/\s+/, 12)) < 6 && lettered(t.split(/\s+/)) < 6) return true;
      if (!/^["“‘'(]?[\p{Lu}\d]/u.test(t)) return true;
      if (!/[.!?]["”’')\]]*$/.test(t)) return true;
      if ((t.match(/\[\.\.\.\]|…/g) ?? []).length >= 2) return true;
      return false;
    };
    let differ = 0;
    let whole = 0;
    for (const text of texts) {
      // Past the length test, opening and ending as a sentence, so the word count decides.
      for (const t of [text, `A ${text} end.`, `A ${text}`]) {
        if (old(t) !== isFragment(t)) differ++;
        if (!old(t)) whole++;
      }
    }
    expect(differ).toBe(0);
    expect(whole).toBeGreaterThan(1000);
  });

  it('the rank patterns find 8 and 50 runs of white space where split(/\\s+/, 51) makes 9 and 51 pieces', () => {
    let differ = 0;
    for (const text of texts) {
      const n = text.split(/\s+/, 51).length;
      if (EIGHT_SPACES.test(text) !== n >= 9 || FIFTY_SPACES.test(text) !== n > 50) differ++;
    }
    expect(differ).toBe(0);
  });
});

describe('content words remembered across articles', () => {
  const words = (text: string) => text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];

  it('gives what contentWord gives, on made-up words and asked again', () => {
    const made = [
      'Biden’s',
      "officials'",
      "officials's",
      'glass',
      'stores',
      'its',
      "it's",
      'there’s',
      'the',
      'ox',
    ];
    for (const round of [1, 2]) {
      const got = made.map((w) => [w, round, cachedContentWord(w.toLowerCase())]);
      expect(got).toEqual(made.map((w) => [w, round, contentWord(w.toLowerCase())]));
    }
    expect(cachedContentWord('biden’s')).toBe('biden');
    expect(cachedContentWord('stores')).toBe('store');
    expect(cachedContentWord('glass')).toBe('glass');
    expect(cachedContentWord('there’s')).toBeNull();
    // Longer than the kept words: worked out each time, the same answer.
    expect(cachedContentWord('administrations')).toBe('administration');
    expect(cachedContentWord('neighbourhood’s')).toBe('neighbourhood');
  });

  it('gives what contentWord gives for every word of the shipped articles, asked twice', () => {
    let differ = 0;
    let asked = 0;
    for (const paragraph of shippedParagraphs()) {
      for (const w of words(paragraph)) {
        const want = contentWord(w);
        if (cachedContentWord(w) !== want || cachedContentWord(w) !== want) differ++;
        asked++;
      }
    }
    expect(differ).toBe(0);
    expect(asked).toBeGreaterThan(100_000);
  });
});
