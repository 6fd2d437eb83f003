// How the shared scorer (../shared/eval/score.mjs) folds text before comparing it, kept in step with it by hand:
// accents and letter case off, curly quotes and apostrophes straight. Shared by the scripts that mirror the scorer
// (gold-lint.mjs, sieve-precision.mjs) and tests/gold/score.ts, which a clean clone runs without ../shared.
export const fold = (s) =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();

const NUM_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
NUM_WORDS.push('eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen');
NUM_WORDS.push('nineteen', 'twenty');
const TENS = {
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};
const SCALE = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
};

// The numbers the shared scorer (../shared/eval/score.mjs, numbersIn) reads in a text, in digits or words with a scale
// word when one follows, kept in step with it by hand: a fact whose value is not among them can never be found,
// whatever an extractor prints. Also tests/gold/score.ts's.
export function numbersIn(text) {
  const t = fold(text);
  const out = [];
  const word = (w) => (/^\d/.test(w) ? Number(w) : NUM_WORDS.indexOf(w));
  for (const m of t.matchAll(
    /\b(\d+|[a-z]+)[\s-]+and[\s-]+a[\s-]+half(?:[\s-]+(thousand|million|billion|trillion))?/g,
  )) {
    if (word(m[1]) >= 0) out.push((word(m[1]) + 0.5) * (m[2] ? SCALE[m[2]] : 1));
  }
  for (const m of t.matchAll(
    /(\d[\d,]*(?:\.\d+)?|[a-z]+)(?:[\s-]*(thousand|million|billion|trillion|bn|mn|k|m|b)\b)?/g,
  )) {
    let v;
    if (/^\d/.test(m[1])) v = Number(m[1].replace(/,/g, ''));
    else if (NUM_WORDS.includes(m[1])) v = NUM_WORDS.indexOf(m[1]);
    else if (m[1] in TENS) v = TENS[m[1]];
    else if (m[1] === 'a' && m[2] && m[2].length > 2) v = 1;
    else continue;
    if (m[2] && !(m[1] === 'a' && m[2].length <= 2)) v *= SCALE[m[2]];
    out.push(v);
  }
  return out;
}
