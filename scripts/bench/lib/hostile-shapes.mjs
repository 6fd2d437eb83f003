// Hostile article shapes for the scaling tests (tests/extract/scaling.test.ts) and the bench
// (scripts/bench/4-hostile.mjs): each builds an extractor input of about `bytes` characters whose text is made up
// and repeats one pattern that once made some stage's work grow faster than the text.

/** Repeats `unit(i)` until the text reaches `bytes` characters. */
function fill(bytes, unit) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

// Deterministic, so the figures compare between runs.
const WORDS = ['harbour', 'council', 'river', 'market', 'station', 'garden', 'bridge', 'village'];
const NAMES = ['Alma', 'Boris', 'Clara', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas'];
const SURNAMES = ['Varga', 'Lindqvist', 'Okafor', 'Brennan', 'Tamura', 'Moreau', 'Kowalski', 'Halden'];
const cap = (w) => w[0].toUpperCase() + w.slice(1);
const SYLLABLES = ['ka', 'vo', 'le', 'du', 'mi', 'so', 're', 'ta', 'ni', 'bu', 'zo', 'pe'];
/** A capitalised made-up word, different for every i below 12^4. */
function coined(i) {
  let w = '';
  for (let n = i + 12; n > 0; n = Math.floor(n / 12)) w += SYLLABLES[n % 12];
  return cap(w);
}

/** The shapes, by name: each returns the paragraphs of one article of about `bytes` characters. */
export const SHAPES = {
  // Numbers only, one paragraph: "4417 902 13,250 7.5 …"
  numbers: (bytes) => [fill(bytes, (i) => `${(i * 7919) % 100000}${i % 3 === 0 ? ',250' : ''} `)],
  // Prose where every other word is quoted, quotes nested and unbalanced.
  quotes: (bytes) => [
    fill(bytes, (i) => (i % 5 === 4 ? `${WORDS[i % 8]}" ` : `"${WORDS[i % 8]} said ${NAMES[i % 10]}, `)),
  ],
  // Capitalised made-up words, nearly all different, with no sentence end: "Kavo Ledumi Harbour Soreka …"
  capitals: (bytes) => [fill(bytes, (i) => (i % 7 === 3 ? `${cap(WORDS[i % 8])} ` : `${coined(i)} `))],
  // One sentence of lower-case words and no punctuation at all.
  sentence: (bytes) => [fill(bytes, (i) => `${WORDS[(i * 5) % 8]} `)],
  // One character repeated: a paragraph of "a", one of ".", one of '"', one of "-".
  run: (bytes) => ['a', '.', '"', '-'].map((c) => c.repeat(Math.ceil(bytes / 4))),
  // Many one-line paragraphs.
  paragraphs: (bytes) =>
    fill(bytes, (i) => `${cap(WORDS[i % 8])} ${i}.\n`)
      .split('\n')
      .filter(Boolean),
  // The same few people named again and again, with titles, quotes and numbers between.
  names: (bytes) =>
    fill(bytes, (i) => {
      const who = `${NAMES[i % 10]} ${SURNAMES[i % 8]}`;
      return i % 4 === 0
        ? `President ${who} said "the ${WORDS[i % 8]} will open" on Monday. `
        : `${SURNAMES[i % 8]} met ${who} in ${cap(WORDS[(i + 1) % 8])}ville, where ${i} people live. `;
    }).match(/[^]{1,1200}(?:\. |$)/g),
};

/** An extractor input for one shape at about `bytes` characters. */
export function hostileInput(shape, bytes) {
  return {title: `Hostile ${shape}`, paragraphs: SHAPES[shape](bytes)};
}
