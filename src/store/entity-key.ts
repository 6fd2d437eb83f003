import {foldName} from '../extract/names.js';
import type {EntityKind} from '../extract/types.js';

const TITLES =
  /^(?:mr|mrs|ms|miss|dr|sir|dame|president|prime minister|minister|senator|sen|gov|governor|gen|general|pope|king|queen|prince|princess|mayor|judge)\.?\s+/i;

/** The store's key for a name: the folded name (extract/names.ts) without possessive, leading "the" or title. */
export function normaliseName(name: string): string {
  let text = foldName(name)
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
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
