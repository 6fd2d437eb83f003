import type {EntityKind} from '../extract/types.js';

const TITLES =
  /^(?:mr|mrs|ms|miss|dr|sir|dame|president|prime minister|minister|senator|sen|gov|governor|gen|general|pope|king|queen|prince|princess|mayor|judge)\.?\s+/i;

/** Folds a name for matching: lower case, no accents, dots, possessive, leading "the" or title. */
export function normaliseName(name: string): string {
  let text = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  text = text.replace(/^the\s+/, '');
  for (let prev = ''; prev !== text;) {
    prev = text;
    text = text.replace(TITLES, '');
  }
  return text;
}

/** The key that merges one entity across articles: kind plus normalised canonical name. */
export function entityKey(kind: EntityKind, name: string): string {
  return `${kind}:${normaliseName(name)}`;
}
