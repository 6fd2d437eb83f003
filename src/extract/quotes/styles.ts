import type {QuoteContext} from './context.js';
import {firstStartingIn} from './lookup.js';
import type {Mention} from './mentions.js';

// Styles written before a name that say what the one so named is ("the Most Rev. X" an archbishop, "Father X" a
// priest): a story may call that person by the office alone later ("the archbishop said", "the priest added").

const CLERGY = [
  'priest',
  'vicar',
  'rector',
  'curate',
  'pastor',
  'chaplain',
  'cleric',
  'clergyman',
  'clergywoman',
];

/** Style words (lower case, no full stop) and the role nouns each gives the one it names. */
// prettier-ignore
const STYLE_ROLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['father', ['priest', 'cleric']], ['fr', ['priest', 'cleric']], ['monsignor', ['priest', 'cleric']],
  ['msgr', ['priest', 'cleric']], ['rev', CLERGY], ['revd', CLERGY], ['reverend', CLERGY],
  ['pastor', ['pastor', 'cleric']], ['canon', [...CLERGY, 'canon']], ['archdeacon', ['archdeacon', 'cleric']],
  ['imam', ['imam', 'cleric']], ['rabbi', ['rabbi', 'cleric']], ['sister', ['nun']], ['brother', ['monk', 'friar']],
]);
/** "The Most Rev." is an archbishop's style, "the Rt Rev." a bishop's, "the Very Rev." a dean's or provost's. */
// prettier-ignore
const RANKED_STYLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['most', ['archbishop', 'cleric']], ['right', ['bishop', 'cleric']], ['rt', ['bishop', 'cleric']],
  ['very', ['dean', 'provost', 'cleric']],
]);

// A style is capitalised ("his father Tom Reed" is kin, not a priest).
const STYLE_END = /(?:^|[^\p{L}])(?:(Most|Right|Rt|Very)\.?\s+)?(\p{Lu}\p{Ll}*)\.?\s+$/u;

/**
 * The role nouns the style right before a name gives its holder, read from the text before the name as written
 * (ending where the name begins: "the Most Rev. ", "Father "); empty when no style stands there.
 */
export function styleRoles(before: string): readonly string[] {
  const found = STYLE_END.exec(before);
  if (!found) return [];
  const style = STYLE_ROLES.get((found[2] ?? '').toLowerCase());
  if (!style) return [];
  const rank = found[1] ? RANKED_STYLES.get(found[1].toLowerCase()) : undefined;
  return rank && style === CLERGY ? [...rank, ...CLERGY] : style;
}

/**
 * A style that may stand between a title set off before a name and the name itself ("The Archbishop of Varne, the
 * Most Rev. Tobias Hale,"), as a regular expression's source (lower case).
 */
export const STYLE_BEFORE_NAME =
  '(?:the\\s+)?(?:(?:most|right|rt|very)\\.?\\s+)?(?:(?:rev|revd|reverend|father|fr|canon|pastor|imam|rabbi|sister)\\.?\\s+)?';

// "the Rev. X", "the Rt Rev. X", "the Hon. X": an article that opens a person's style, not an unnamed speaker.
const STYLE_AFTER_ARTICLE =
  /^(?:(?:Most|Right|Rt|Very)\.?\s+(?:Rev|Revd|Reverend)\.?\s+|(?:Rev|Revd|Reverend|Hon|Honourable|Honorable)\.?\s+)/u;

/**
 * The person named after an article and a style ("“…,” the Rev. Paul Okafor said", "said the Rt Rev. Helen Stroud"),
 * `at` being where the style begins; the name's mention may hold the style or start after it.
 */
export function styledPerson(ctx: QuoteContext, at: number): Mention | undefined {
  const style = STYLE_AFTER_ARTICLE.exec(ctx.masked.slice(at, at + 24))?.[0];
  if (!style) return undefined;
  const m = firstStartingIn(ctx.mentions, at, at + style.length + 1);
  return m?.kind === 'person' ? m : undefined;
}
