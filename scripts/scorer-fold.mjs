// How the shared scorer (../shared/eval/score.mjs) folds text before comparing it, kept in step with it by hand:
// accents and letter case off, curly quotes and apostrophes straight. Shared by the scripts that mirror the scorer
// (gold-lint.mjs, sieve-precision.mjs), which a clean clone runs without ../shared.
export const fold = (s) =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
