import {replaceRawBytes} from './file-names.js';
import {parseDate} from './front-matter.js';
import {cleanLine} from './sanitize.js';
import {readWikiMarkupAll} from './wiki-markup.js';

/** What the body of an article file yields once boilerplate and bylines are taken out of it. */
export interface BodyParts {
  /** A title found in the body itself (headline line, heading, or "The post … appeared first on" footer). */
  title: string | null;
  source: string | null;
  authors: string[];
  contributors: string[];
  /** The day a dateline above the text gives ("Friday, March 29, 2019" on a line of its own), as YYYY-MM-DD. */
  date: string | null;
  paragraphs: string[];
  /** The paragraphs as extraction reads them, when markup makes them differ from `paragraphs` (wiki-markup.ts). */
  analysed: string[] | null;
}

const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|den|da|di|du|al|el|bin|ibn|la|le)`;
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+${NAME_WORD}){1,4}`;
const NAMES = String.raw`${NAME}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)${NAME})*`;

// WordPress and many feed exporters close an article with this line.
const FEED_FOOTER = /^The post (.+) appeared first on (.+?)\.?$/iu;
// FEED_FOOTER's words up to the first "s", lower-cased: a line without them cannot match it, and testing them first
// spares most threads FEED_FOOTER's compile (~7 M instructions for both string widths under `iu`, for a footer few
// articles have). Under `iu` the only characters outside ASCII that fold onto an ASCII letter are "ſ" (onto "s") and
// the Kelvin sign (onto "k"), so every line FEED_FOOTER matches holds these words once lower-cased.
const FEED_FOOTER_WORDS = ' appeared fir';
const mayBeFeedFooter = (line: string): boolean =>
  opensWith(line, 't') && line.toLowerCase().includes(FEED_FOOTER_WORDS);
// The credit and byline patterns are made when first needed: their eight name classes (NAMES) cost V8 ~12 M
// instructions to parse, the four together, in every thread that loads this module, and most articles need none of
// them (a line must first pass the plain tests before each).
let contributedPattern: RegExp | undefined;
const CONTRIBUTED = (): RegExp =>
  (contributedPattern ??= new RegExp(
    String.raw`^(${NAMES})\s+contributed\s+(?:reporting|research|additional reporting|to this (?:report|article|story))\b[^.]*\.?$`,
    'u',
  ));
let reportingByPattern: RegExp | undefined;
const REPORTING_BY = (): RegExp =>
  (reportingByPattern ??= new RegExp(
    String.raw`^(?:(?:additional|with|with additional)\s+)?reporting\s+by\s+(${NAMES})(?:\s*[;,].*)?\.?$`,
    'iu',
  ));
let bioPattern: RegExp | undefined;
const BIO = (): RegExp =>
  (bioPattern ??= new RegExp(
    String.raw`^(${NAME})\s+(?:covers|reports on|reports from|writes about|writes on|is (?:a|an|the)\s+[\p{L} ,'-]*?(?:reporter|correspondent|writer|editor|journalist|columnist|chief|producer|contributor))\b.*$`,
    'u',
  ));
// REPORTING_BY's one word no line without it can match, tested first: REPORTING_BY's eight name classes under `iu`
// cost ~30 M instructions to compile for each string width, and nearly every line it was run on (those opening with
// "A", "R" or "W") lacks the word. Under `iu` no letter but "r", "e", "p", "o", "t", "i", "n", "g" and their capitals
// folds to one of those, so the ASCII test below misses no line the pattern matches.
const REPORTING_WORD = /reporting/i;
// "By NAME", then maybe a role, an outlet or a date after a comma, bar or dot ("By Ada Varga · Reuters").
let byLinePattern: RegExp | undefined;
const BY_LINE = (): RegExp =>
  (byLinePattern ??= new RegExp(String.raw`^(?:By|BY|by)\s+(${NAMES})(?:\s*[,|·•—–-]\s*(.*))?$`, 'u'));
// BY_LINE's opening alone, tested first: most lines opening with a "b" are sentences ("Bradford Council said"), and
// BY_LINE's eight name classes cost ~10 M instructions to compile for each string width.
const BY_OPENING = /^(?:By|BY|by)\s/u;
// The dots a byline's tail may hold: a month's or the time of day's abbreviation, and one at its end ("By Ada Varga |
// Dec. 3, 2026 at 5:14 p.m."). Any other dot ends a sentence: the line is the story's first paragraph.
const TAIL_DOTS = /\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.|\b[ap]\.m\.|\.$/giu;
// A day of the calendar in a byline's tail ("March 3, 2026", "3 March 2026", "Dec. 3, 2026", "2026-03-03").
const TAIL_DATE =
  /\b(?:\d{4}-\d{1,2}-\d{1,2}|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+\d{4})\b/iu;
// What may follow a byline's names: a few words, mostly capitalised ("Staff Writer, The Post", "Reuters, June 3",
// "4 min read"). A sentence opened by a capitalised phrase goes on in lower case ("By Monday Night Football, the
// league had changed its rules"): it is the story's first paragraph, not a byline.
const TAIL_WORDS = 8;
const TAIL_LOWER_WORDS = 2;
const EDITING_BY = /^(?:editing|edited|compiled|writing) by\s+[^.]{1,80}\.?$/iu;
// A wire service's credit line names each reporter's place ("Reporting by Ana Lima in Lisbon; Editing by Tom Berg"):
// the place is no part of the name.
const REPORTED_FROM =
  /\s+(?:in|from)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?=\s*(?:,|;|&|\band\b|\bcontributed\b|\.?$))/gu;
/**
 * A news site's controls and notices copied with its text, as whole paragraphs: ads and their skip links, share and
 * listen buttons, "Supported by", print-edition and reprint notes. Each `{id, match}`; a paragraph that is one of them
 * is no part of the article wherever it sits.
 */
const CHROME_LINES: readonly {id: string; match: RegExp}[] = [
  {
    id: 'advertisement',
    match: /^(?:skip\s+)?advert(?:isement|isements)?$|^(?:sponsored|promoted)(?: content)?$/iu,
  },
  {id: 'share', match: /^share(?:\s+(?:full article|this article|this story|this page))?$/iu},
  {id: 'listen', match: /^listen to this (?:article|story)\b.{0,40}$/iu},
  {id: 'more-link', match: /^(?:learn more|read more|continue reading|see more|show more)\.?$/iu},
  {id: 'supported-by', match: /^supported by$/iu},
  {id: 'print-edition', match: /^a version of this (?:article|story) appears? in print\b/iu},
  {id: 'reprints', match: /^order reprints\b.{0,80}$/iu},
];
/** The longest chrome paragraph a pattern above can match but the print-edition note (any length). */
const CHROME_MAX = 120;

/** Whether a paragraph is a site's control or notice (CHROME_LINES), not article text. */
export function isChromeLine(paragraph: string): boolean {
  if (paragraph.length > CHROME_MAX && !/^a version/i.test(paragraph)) return false;
  return CHROME_LINES.some((rule) => rule.match.test(paragraph));
}

// What a contributor line may open with before the names: the outlet and their trade ("Associated Press writers Ana
// Lima and Tom Berg contributed to this report", "Staff reporter Ana Lima contributed reporting").
const CONTRIBUTOR_ROLE =
  /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){0,4}(?:[Ss]taff\s+)?(?:writers?|reporters?|correspondents?|journalists?|photographers?|researchers?)\s+(?=\p{Lu})/u;
// The last lines of a wire story: a copyright notice ("Copyright 2021 The Associated Press. All rights reserved.",
// "© 2021 Reuters") and a rule of underscores, dashes or stars set between the story and its credits.
const COPYRIGHT = /^(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*\d{4}\b|^all rights reserved\b/iu;
const RULE_LINE = /^[\s_*=~•·–—-]{3,}$/u;

/** Splits "A, B and C" into names. */
export function splitNames(text: string): string[] {
  return text
    .split(/\s*(?:,\s*(?:and\s+)?|\s+and\s+|&)\s*/u)
    .map((n) => cleanLine(n).replace(/\.$/, ''))
    .filter((n) => n !== '');
}

/**
 * Paragraphs are blank-line separated blocks when the text has blank lines (lines inside a block are
 * joined), otherwise one paragraph per line.
 */
export function splitParagraphs(body: string): string[] {
  const blocks = /\n[ \t]*\n/.test(body.trim()) ? body.split(/\n[ \t]*\n+/) : body.split('\n');
  return blocks.map((b) => cleanLine(b.replace(/\n/g, ' '))).filter((p) => p !== '');
}

/** True when a line reads as a headline: short, not a sentence ending in a period, more than one word. */
export function looksLikeHeadline(line: string): boolean {
  const words = line.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 18 &&
    line.length <= 160 &&
    !/[.,;:]$/.test(line) &&
    !/^["“‘']/.test(line) &&
    /^\p{Lu}|^\d/u.test(line)
  );
}

/** Turns "2019-03-28-some_file-name.txt" into "Some file name" (a byte that was not UTF-8 into U+FFFD). */
export function titleFromFileName(fileName: string): string {
  const stem = replaceRawBytes(fileName)
    .replace(/\.[^.]+$/, '')
    .replace(/^\d{4}-\d{2}-\d{2}[-_ ]*/, '');
  const words = cleanLine(stem.replace(/[-_]+/g, ' '));
  if (words === '') return cleanLine(replaceRawBytes(fileName)) || 'Untitled';
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// What follows a byline's names after a comma: a role or the outlet ("By Jane Roe, Staff Writer, The Post").
const NOT_A_WRITER =
  /^(?:the|a|an)\s|\b(?:writer|reporter|correspondent|editor|columnist|journalist|contributor|producer|staff|chief|press|news|times|post)\b/i;

const REPORTING_FROM = /\s+(?:reporting|reported) from\s+[^.]{1,60}$/iu;

/** A "By …" line's names and the day it gives, if any. */
interface ByLine {
  names: string[];
  date: string | null;
}

/** The names (and day) of a "By …" line, or null when the line is no byline (a sentence that opens with "By"). */
function readByLine(line: string): ByLine | null {
  if (!opensWith(line, 'b')) return null;
  // "By Ada Varga Reporting from Porto Verde, Portugal": a news site's byline with the reporter's place under it.
  const text = line.replace(REPORTING_FROM, '');
  const by = BY_OPENING.test(text) ? BY_LINE().exec(text) : null;
  if (!by?.[1]) return null;
  const rest = by[2] ?? '';
  if (rest.replace(TAIL_DOTS, '').includes('.')) return null;
  const tail = rest.split(/\s+/).filter(Boolean);
  if (tail.length > TAIL_WORDS || tail.filter((w) => /^\p{Ll}/u.test(w)).length > TAIL_LOWER_WORDS)
    return null;
  const day = TAIL_DATE.exec(rest)?.[0];
  return {names: bylineNames(by[1]), date: day ? parseDate(day) : null};
}

/** "ADA VARGA" as "Ada Varga": a byline set in capitals is typography, not the writer's name. */
function nameCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** The writers a "By …" line names: all before the first comma, later ones unless they read as a role or outlet. */
function bylineNames(names: string): string[] {
  const [head = '', ...rest] = names.split(/\s*,\s*/);
  return splitNames([head, ...rest.filter((n) => /^and\s/i.test(n) || !NOT_A_WRITER.test(n))].join(', ')).map(
    nameCase,
  );
}

// A dateline is a few words: a weekday, a month, a day and a year ("Friday, March 29, 2019", "2019-03-29").
const DATELINE_WORDS = 5;

/**
 * Takes a dateline off the top of the body: a first line that is only a day of the calendar, with text after it.
 * Read as part of the first paragraph it opened the summary ("Friday, March 29, 2019 Toronto Comicon returned…").
 */
function takeDateline(body: string): {body: string; date: string | null} {
  const first = /^\s*([^\n]*)\n/.exec(body);
  const line = first?.[1]?.trim() ?? '';
  if (!first || line === '' || line.split(/\s+/).length > DATELINE_WORDS) return {body, date: null};
  const date = parseDate(line);
  const rest = body.slice(first[0].length);
  return date && rest.trim() !== '' ? {body: rest, date} : {body, date: null};
}

/**
 * Takes "By NAME" lines off the front of `paragraphs` (keeping at least one paragraph), returning the names; the day
 * a byline gives ("By Ada Varga, March 3, 2026") goes to `onDate`.
 */
export function takeLeadingBylines(paragraphs: string[], onDate?: (date: string) => void): string[] {
  const names: string[] = [];
  for (let by = readByLine(paragraphs[0] ?? ''); by !== null && paragraphs.length > 1;) {
    names.push(...by.names);
    if (by.date) onDate?.(by.date);
    paragraphs.shift();
    by = readByLine(paragraphs[0] ?? '');
  }
  return names;
}

// The longest standfirst (a dek: the line under the headline) a byline may follow.
const DEK_WORDS = 45;

/**
 * A news site's page puts the byline under the headline's standfirst ("The vote ends a long dispute …", then "By Ada
 * Varga"), and the day of publication on a line of its own after it: takes both (keeping the standfirst), returning
 * the writers.
 */
function takeBylineAfterDek(paragraphs: string[], onDate: (date: string) => void): string[] {
  const dek = paragraphs[0];
  if (dek === undefined || paragraphs.length < 3 || dek.split(/\s+/).length > DEK_WORDS) return [];
  const rest = paragraphs.slice(1);
  const names = takeLeadingBylines(rest, onDate);
  if (names.length === 0) return [];
  const day =
    (rest[0] ?? '').split(/\s+/).length <= DATELINE_WORDS && rest.length > 1
      ? parseDate(rest[0] ?? '')
      : null;
  if (day) {
    onDate(day);
    rest.shift();
  }
  paragraphs.splice(1, paragraphs.length - 1, ...rest);
  return names;
}

// How far up from the end boilerplate (footer, bylines, credits) is looked for.
const TAIL_LINES = 8;

/** What a line near the end of a body is when it is not article text. */
type TailLine =
  | {kind: 'footer'; title: string; source: string}
  | {kind: 'contributors'; names: string[]}
  | {kind: 'authors'; names: string[]}
  | {kind: 'credit'};

/**
 * Whether `line` opens with the ASCII letter `lower` in either case: the one first character the anchored tail
 * patterns below can match there (their `iu` case folding maps no other character onto these letters), tested
 * before them so an ordinary paragraph runs none of their name classes.
 */
function opensWith(line: string, lower: string): boolean {
  return (line.charCodeAt(0) | 0x20) === lower.charCodeAt(0);
}

// The words one of BIO's verbs needs, as written in the pattern (a plain test before its name classes).
const BIO_WORDS = /covers|reports |writes |is a|is the/;

/**
 * A credit line of several parts ("(Reporting by Ana Lima in Lisbon; Additional reporting by Tom Berg; Editing by
 * Kim Lee)"), brackets and all: its reporters, or null unless every part is a credit.
 */
function readCreditParts(line: string): TailLine | null {
  const inner = line.startsWith('(') && /\)\.?$/.test(line) ? line.replace(/^\(|\)\.?$/g, '') : line;
  if (!inner.includes(';') && inner === line) return null;
  const names: string[] = [];
  for (const part of inner.split(/\s*;\s*/)) {
    const credit = readTailLine(part.trim());
    if (credit?.kind === 'contributors') names.push(...credit.names);
    else if (credit?.kind !== 'credit') return null;
  }
  return names.length > 0 ? {kind: 'contributors', names} : {kind: 'credit'};
}

/** Reads a paragraph as end-of-article boilerplate (feed footer, byline, credit, reporter bio), or null. */
function readTailLine(line: string): TailLine | null {
  const footer = mayBeFeedFooter(line) ? FEED_FOOTER.exec(line) : null;
  if (footer?.[1] && footer[2]) {
    return {kind: 'footer', title: cleanLine(footer[1]), source: cleanLine(footer[2])};
  }
  if (
    RULE_LINE.test(line) ||
    ((opensWith(line, 'c') || opensWith(line, 'a') || !/^\w/.test(line)) && COPYRIGHT.test(line))
  )
    return {kind: 'credit'};
  if (line.startsWith('(') || line.includes(';')) {
    const parts = readCreditParts(line);
    if (parts !== null) return parts;
  }
  // (The places after the names are cut only from a line that reads as a credit: "in" or "from" is rare in one.
  // A line without "contributed" or "reporting" is none: cutting makes neither word, since what CONTRIBUTOR_ROLE cuts
  // opens the line and REPORTED_FROM's cut is followed by a space, punctuation, "and", "contributed" or the end, and
  // neither word is spelt across such a seam. So their classes, ~13 M instructions to compile, wait for one.)
  const contributes = line.includes('contributed');
  const credit =
    (contributes || opensWith(line, 'r') || opensWith(line, 'a') || opensWith(line, 'w')) &&
    (contributes || REPORTING_WORD.test(line));
  const plain = credit ? line.replace(CONTRIBUTOR_ROLE, '').replace(REPORTED_FROM, '') : line;
  const contributed =
    (contributes ? CONTRIBUTED().exec(plain) : null) ??
    ((opensWith(plain, 'r') || opensWith(plain, 'a') || opensWith(plain, 'w')) && REPORTING_WORD.test(plain)
      ? REPORTING_BY().exec(plain)
      : null);
  if (contributed?.[1]) return {kind: 'contributors', names: splitNames(contributed[1])};
  const bio = BIO_WORDS.test(line) && line.split(/\s+/).length <= 30 ? BIO().exec(line) : null;
  if (bio?.[1]) return {kind: 'authors', names: [cleanLine(bio[1])]};
  const by = readByLine(line);
  if (by !== null) return {kind: 'authors', names: by.names};
  return (opensWith(line, 'e') || opensWith(line, 'c') || opensWith(line, 'w')) && EDITING_BY.test(line)
    ? {kind: 'credit'}
    : null;
}

// A label rather than a sentence: a few words with no closing punctuation ("Share this:", "Related posts").
const LABEL_WORDS = 6;
const isLabel = (line: string): boolean =>
  line.split(/\s+/).length <= LABEL_WORDS && !/[.!?…"”’')]$/u.test(line);

/**
 * Takes a feed footer ("The post … appeared first on …") out of the last lines wherever it sits, returning the
 * writers bylines after it name. A saved page often goes on after the footer with share buttons and "Related"
 * labels: those go too, as do bylines and credits. Sentences after it stay body text, since they may be the
 * article's own last paragraphs, and dropping them would lose text without a word.
 */
function takeFeedFooter(paragraphs: string[], parts: BodyParts): string[] {
  const authors: string[] = [];
  for (let at = paragraphs.length - 1; at >= Math.max(1, paragraphs.length - TAIL_LINES); at--) {
    // (The footer's own pattern first: the byline patterns of readTailLine are for the lines after it.)
    const text = paragraphs[at] ?? '';
    const footer = mayBeFeedFooter(text) && FEED_FOOTER.test(text) ? readTailLine(text) : null;
    if (footer?.kind !== 'footer') continue;
    parts.title ??= footer.title;
    parts.source ??= footer.source;
    for (const text of paragraphs.splice(at).slice(1)) {
      const line = readTailLine(text);
      if (line?.kind === 'contributors') parts.contributors.push(...line.names);
      else if (line?.kind === 'authors') authors.push(...line.names);
      else if (line === null && !isLabel(text)) paragraphs.push(text);
    }
    break;
  }
  return authors;
}

/**
 * Reads title, source, bylines and paragraphs out of an article body (plain text or Markdown). Byline lines are
 * read where writers put them: first (before or after the title line) and last (before or after a feed footer).
 * When the title is already known (front matter), a first line is only dropped if it repeats that title.
 */
export function parseBody(body: string, knownTitle: string | null = null): BodyParts {
  const parts: BodyParts = {
    title: null,
    source: null,
    authors: [],
    contributors: [],
    date: null,
    paragraphs: [],
    analysed: null,
  };
  const dateline = takeDateline(body);
  parts.date = dateline.date;
  const paragraphs = splitParagraphs(dateline.body).filter((p) => !isChromeLine(p));

  const heading = /^#{1,6}\s+(.+?)\s*#*$/.exec(paragraphs[0] ?? '');
  if (heading?.[1]) {
    parts.title = cleanLine(heading[1]);
    paragraphs.shift();
  }
  // A dateline above the text comes first, then the day a leading byline gives.
  const onDate = (date: string): void => void (parts.date ??= date);
  const leading = takeLeadingBylines(paragraphs, onDate);

  const trailing = takeFeedFooter(paragraphs, parts);
  // Boilerplate sits at the end: read upwards until a line is ordinary body text.
  for (let guard = 0; guard < TAIL_LINES && paragraphs.length > 1; guard++) {
    const line = readTailLine(paragraphs[paragraphs.length - 1] ?? '');
    if (line === null) break;
    if (line.kind === 'footer') {
      parts.title ??= line.title;
      parts.source ??= line.source;
    } else if (line.kind === 'contributors') parts.contributors.unshift(...line.names);
    else if (line.kind === 'authors') trailing.unshift(...line.names);
    paragraphs.pop();
  }

  const first = paragraphs[0];
  const title = knownTitle ?? parts.title;
  if (title !== null) {
    if (first !== undefined && paragraphs.length > 1 && sameText(first, title)) paragraphs.shift();
  } else if (first !== undefined && paragraphs.length > 1 && looksLikeHeadline(first)) {
    parts.title = first;
    paragraphs.shift();
  }
  leading.push(...takeLeadingBylines(paragraphs, onDate));
  if (leading.length === 0) leading.push(...takeBylineAfterDek(paragraphs, onDate));
  parts.authors = [...new Set([...leading, ...trailing])];
  const marked = readWikiMarkupAll(paragraphs);
  parts.paragraphs = marked.shown;
  parts.analysed = marked.analysed;
  return parts;
}

const NOT_ASCII_WORD = /[^a-z0-9]+/g;

/** True when two lines say the same words, whatever their case and punctuation. */
export function sameText(a: string, b: string): boolean {
  const fold = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  // fold keeps every ASCII letter and digit of the lower-cased text in order, so two texts whose ASCII letters and
  // digits differ fold apart: told first without fold's letter and number classes (~6 M instructions to compile).
  const ascii = (t: string) => t.toLowerCase().replace(NOT_ASCII_WORD, '');
  return ascii(a) === ascii(b) && fold(a) === fold(b);
}
