// A name in a list that a preposition of place (or PLACE_RELATIONS) opens: "people in Eastquay, Harbourside and
// parts of Northfleet Green", "the MP for Saltmere and Eastquay" (context-later.ts conjunctPlaced, relationPlaced).
//
// The patterns read the text before the name as a skeleton (`skeleton`): each character outside ASCII written as
// one that its letter classes treat alike, so that they hold ASCII classes where they held ten of \p{Lu} and \p{L}.
// A worker compiles each pattern afresh and a Unicode letter class is dear to compile (s54b's census: these three
// patterns 41 M instructions of a worker's first 140 articles); the skeleton's classes are not (s55c).
// tests/extract/place-lists.test.ts checks them against the patterns as written.
import {PLACE_PREPOSITIONS, PLACE_RELATIONS} from './cues.js';

// Outside ASCII: an upper-case letter "À", another letter "à", the curly apostrophe itself (the names' class holds
// it), white space a space, anything else "#", which no pattern below matches. Each is, as the character it stands
// for, outside \b's word characters; each but "#" and the space stands for itself.
const SKELETON_CHAR = /(?![\0-\x7F])(?:(\p{Lu})|(\p{L})|(’)|(\s)|[^])/gu;
const skeletonChar = (
  _: string,
  upper?: string,
  letter?: string,
  apostrophe?: string,
  space?: string,
): string => (upper ? 'À' : letter ? 'à' : apostrophe ? '’' : space ? ' ' : '#');
/** `text` with each character outside ASCII as the class it falls in (SKELETON_CHAR). */
export const skeleton = (text: string): string => text.replace(SKELETON_CHAR, skeletonChar);

// The letter classes as the skeleton spells them.
const UPPER = '[A-ZÀ]';
const NAME_CHAR = "[A-Za-zÀà'’-]";
/** A pattern's source written for the skeleton: its \p{Lu} and its names' class [\p{L}'’-] made ASCII. */
export const forSkeleton = (source: string): string =>
  source.replaceAll("[\\p{L}'’-]", NAME_CHAR).replaceAll('\\p{Lu}', UPPER);

// (A name of a list may hold a particle: "San Isidro del Monte, Los Pinos and Agua Blanca".)
const LISTED_NAME = `${UPPER}${NAME_CHAR}*(?:\\s(?:(?:de|del|da|do|dos|das|di|du|des|la|las|los|le|el)\\s)?${UPPER}${NAME_CHAR}*){0,2}`;
const RELATIONS = forSkeleton(PLACE_RELATIONS.join('|'));
const LIST_OPENER = `\\b(?:(?:${PLACE_PREPOSITIONS.join('|')})\\s+(?:the\\s+)?|(?:${RELATIONS})\\s+)${LISTED_NAME}(?:,\\s${LISTED_NAME})*`;
// After the list's "and" or "or" ("in Eastquay, Harbourside and "), or after one of its commas ("in Eastquay, "):
// text that ends in "and ", "or " or "parts of " can end only as the first, text that ends in ", " only as the
// second.
const CONJUNCT_BEFORE = new RegExp(`${LIST_OPENER}(?:,?\\s+(?:and|or)\\s+(?:parts\\s+of\\s+)?|,\\s)$`, 'u');
// "Residents of Greystones", "the mayor of Kelmoss and Varnoss": a place's relation (PLACE_RELATIONS), not a bare
// preposition, before the name or before the list it ends.
const RELATION_BEFORE = new RegExp(
  `\\b(?:${RELATIONS})\\s+(?:${LISTED_NAME}(?:,\\s${LISTED_NAME})*,?\\s+(?:and|or)\\s+)?$`,
  'u',
);

// What follows a name of such a list up to its "and" or "or" and the next name's capital.
const LIST_GOES_ON = new RegExp(
  `^(?:,\\s${LISTED_NAME})*,?\\s+(?:and|or)\\s+(?:parts\\s+of\\s+)?${UPPER}`,
  'u',
);

/** Whether `near` (the text before a name) ends in a list a preposition of place or a relation opens, after its
 * "and", "or" or "parts of" or after one of its commas. */
export const conjunctBefore = (near: string): boolean => CONJUNCT_BEFORE.test(skeleton(near));

/** Whether `near` ends in a place's relation, or in one and the list it opens up to its "and" or "or". */
export const relationBefore = (near: string): boolean => RELATION_BEFORE.test(skeleton(near));

/** Whether `after` (the text after a name) goes on with the list's later names to its "and" or "or". */
export const listGoesOn = (after: string): boolean => LIST_GOES_ON.test(skeleton(after));
