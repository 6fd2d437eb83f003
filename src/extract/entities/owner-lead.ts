// What may stand before a body's name as its owner, beyond the places and bodies the article names (merge.ts
// ownerLead): "Arvenland Reserve Bank", later "Reserve Bank"; "National Search and Rescue Agency", later "Search and
// Rescue Agency". The shorter name is the one body the longer names.
import {lexiconTags} from '../nlp.js';
import {NATIONAL} from './cues.js';

// A party's or an alliance's last word: "National Democratic Party" and "Democratic Party" are two parties, as are
// "United Liberal Front" and "Liberal Front".
const PARTY_LIKE = /(?:^|\s)(?:party|front|alliance|union|movement|coalition|league|congress|bloc)$/u;

// One capitalised word the lexicon knows nothing of: a town's, a country's or a founder's name, as the gazetteer
// lacks an invented or small place ("Arvenland", "Kaupstad").
const UNKNOWN_WORD = /^\p{L}[\p{L}'’-]*$/u;

/**
 * Whether `lead` (the words a body's longer name puts before `tail`, as name keys) owns the body named by `tail`:
 * one word the lexicon lacks, or a state's adjective ("National", "Federal") before a body that is no party.
 */
export function ownsByLead(lead: string, tail: string): boolean {
  if (lead.includes(' ')) return false;
  if (NATIONAL.test(lead)) return !PARTY_LIKE.test(tail);
  return UNKNOWN_WORD.test(lead) && lexiconTags(lead).length === 0;
}
