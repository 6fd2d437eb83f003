import {parse as parseYaml} from 'yaml';
import {cleanLine} from './sanitize.js';
import {yamlErrorText} from './yaml-errors.js';

/** The fields brief reads from YAML front matter; anything else in it is ignored. */
export interface FrontMatter {
  title: string | null;
  source: string | null;
  authors: string[];
  date: string | null;
  /** The date's time of day as ms since the epoch (parseTime), or null when it gives only a day. */
  time: number | null;
  /** The date field as written when it is not a date (the caller warns and dates the article otherwise). */
  badDate: string | null;
  url: string | null;
  /** The address of the feed that added the article (`feed:`, as brief writes it), or null. */
  feed: string | null;
}

/**
 * Front matter split off a file's text, or the reason it could not be read. `warning`: YAML could not read it, and
 * only its plain `key: value` lines were (the article is still read: a stray bracket in a header must not hide it).
 */
export type FrontMatterResult =
  | {kind: 'none'; body: string}
  | {kind: 'ok'; fields: FrontMatter; body: string; warning?: string}
  | {kind: 'error'; reason: string};

const OPEN = /^---[ \t]*\n/;
const CLOSE = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** Splits and parses a leading `---` YAML block. `text` has normalised line endings. */
export function splitFrontMatter(text: string): FrontMatterResult {
  if (!OPEN.test(text)) return {kind: 'none', body: text};
  const start = text.indexOf('\n') + 1;
  const rest = text.slice(start - 1);
  const close = CLOSE.exec(rest);
  if (!close) return {kind: 'error', reason: 'front matter opened with --- is never closed'};
  const yamlText = rest.slice(1, close.index + 1);
  const body = rest.slice(close.index + close[0].length);
  let data: unknown = simpleFrontMatter(yamlText);
  if (data === null)
    try {
      // (logLevel 'error': the library's warnings, such as an unknown tag "!!js/function", would go to stderr as
      // Node process warnings; the value is read as plain data either way.)
      data = parseYaml(yamlText, {prettyErrors: false, uniqueKeys: false, logLevel: 'error'});
    } catch (err) {
      return salvaged(yamlText, body, yamlErrorText(err));
    }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data))
    return salvaged(yamlText, body, 'expected key: value pairs');
  return {kind: 'ok', fields: readFields(data as Record<string, unknown>), body};
}

// A value a salvaged line may give: not YAML's flow, alias, anchor or block syntax.
const SALVAGE_VALUE = /^[^[{&*|>!%@`]/u;

/** Front matter YAML could not read: the fields of its plain `key: value` lines, and a warning saying so. */
function salvaged(yamlText: string, body: string, why: string): FrontMatterResult {
  const data: Record<string, string> = {};
  for (const line of yamlText.split('\n')) {
    const m = LINE.exec(line);
    const key = m?.[1];
    const raw = m?.[2]?.trim();
    if (!key || !raw || !SALVAGE_VALUE.test(raw) || Object.prototype.hasOwnProperty.call(data, key)) continue;
    const quoted = DOUBLE.exec(raw) ?? SINGLE.exec(raw);
    // A value whose quote is never closed on its line is what YAML stumbled on: left out.
    if (!quoted && /^["']/u.test(raw)) continue;
    data[key] = quoted ? (quoted[1] ?? '') : raw.replace(/\s+#.*$/u, '');
  }
  const fields = readFields(data);
  // A date line read but not a date counts as read: its own warning follows ("date … is not a valid date").
  const read: string[] = (['title', 'date', 'source', 'url'] as const).filter(
    (k) => fields[k] !== null || (k === 'date' && fields.badDate !== null),
  );
  if (fields.authors.length > 0) read.push('authors');
  const warning =
    read.length > 0
      ? `malformed front matter (${why}): read its plain lines only (${read.join(', ')})`
      : `malformed front matter (${why}): the article is read without it`;
  return {kind: 'ok', fields, body, warning};
}

const LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
// Plain values YAML reads as text: starting with a letter, not a null or boolean, no " #" comment and no ": "
// (a nested mapping); and ISO dates, which YAML 1.2's core schema leaves as text.
const PLAIN = /^(?:[A-Za-z](?:(?!: | #)[^\t])*[^\s:]|[A-Za-z]|\d{4}-\d{2}-\d{2})$/;
const NOT_TEXT = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const DOUBLE = /^"([^"\\]*)"$/;
const SINGLE = /^'((?:[^']|'')*)'$/;
// Control characters (but tab and newline) and a byte-order mark: left to the parser, which refuses some of them.
// eslint-disable-next-line no-control-regex
const UNUSUAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufeff]/;

/**
 * The front matter as YAML would read it, when it is only `key: value` lines whose values are plain text, a date or
 * a quoted string without escapes, as brief's own files and most others are; null for anything else (lists,
 * escapes, numbers, comments, repeated keys…), which the YAML parser reads. The parser costs ~1 ms a file when an
 * index worker starts (its code not yet compiled), a fifth of a cold index's reading time.
 */
export function simpleFrontMatter(yamlText: string): Record<string, string | null> | null {
  if (UNUSUAL.test(yamlText)) return null;
  const out: Record<string, string | null> = {};
  for (const line of yamlText.split('\n')) {
    if (line === '') continue;
    const m = LINE.exec(line);
    // A key YAML reads as null or a boolean ("null:") is not that text either.
    if (
      !m?.[1] ||
      Object.prototype.hasOwnProperty.call(out, m[1]) ||
      m[1] === '__proto__' ||
      NOT_TEXT.test(m[1])
    )
      return null;
    const value = m[2] ?? '';
    let text: string | null;
    if (value === '') text = null;
    else if (PLAIN.test(value) && !NOT_TEXT.test(value)) text = value;
    else {
      const quoted = DOUBLE.exec(value) ?? SINGLE.exec(value);
      if (!quoted || quoted[1] === undefined) return null;
      text = value.startsWith("'") ? quoted[1].replace(/''/g, "'") : quoted[1];
    }
    out[m[1]] = text;
  }
  return out;
}

function readFields(data: Record<string, unknown>): FrontMatter {
  const lower = new Map(Object.entries(data).map(([k, v]) => [k.toLowerCase(), v]));
  const pick = (...keys: string[]): unknown => keys.map((k) => lower.get(k)).find((v) => v !== undefined);
  const rawDate = pick('date', 'published', 'pubdate', 'published_at');
  const date = parseDate(rawDate);
  return {
    title: asText(pick('title', 'headline')),
    source: asText(pick('source', 'publisher', 'site', 'outlet')),
    authors: asList(pick('authors', 'author', 'byline')),
    date,
    time: date === null ? null : parseTime(rawDate),
    badDate: date === null && rawDate !== undefined && rawDate !== null ? cleanLine(String(rawDate)) : null,
    url: asText(pick('url', 'link', 'canonical')),
    feed: asText(pick('feed')),
  };
}

function asText(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number') {
    const text = cleanLine(String(value));
    return text === '' ? null : text;
  }
  return null;
}

function asList(value: unknown): string[] {
  // Cleaned before it is split: an escape sequence in the text ("\u001b]52;c;…\u0007") is gone whole, where split
  // first its ";" made authors of its pieces.
  const items = Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? cleanLine(value).split(/\s*(?:,|;|\band\b)\s*/)
      : [];
  return items.map(asText).filter((v): v is string => v !== null);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NUMERIC = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/;
const MONTH_NAME = /\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?(?=[\s,]|$)/i;

/** YYYY-MM-DD when year, month and day make a day of the calendar (years 1000-9999), else null. */
function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// A time of day in a date: "09:30", "23:00:00".
const TIME_OF_DAY = /\d:\d{2}/;

/**
 * The moment a date names, in ms since the epoch, when it gives a time of day ("2024-05-01T09:30:00Z", "Thu, 28
 * Mar 2019 23:00:00 GMT"; without a zone, local time); null for a day alone or what parseDate does not read as a
 * day. Only the articles of one day are ordered by it, so its zone need not agree with the day's.
 */
export function parseTime(value: unknown): number | null {
  if (value instanceof Date) {
    const t = value.getTime();
    // A YAML timestamp of a bare day is midnight UTC: a day, not a time.
    return Number.isNaN(t) || t % 86_400_000 === 0 ? null : t;
  }
  if (typeof value !== 'string' || parseDate(value) === null || !TIME_OF_DAY.test(value)) return null;
  const t = Date.parse(value.trim());
  return Number.isNaN(t) ? null : t;
}

/**
 * Reads a date as written (2019-03-28, 2019/03/28, an ISO timestamp, "March 28, 2019", "Thu, 28 Mar 2019
 * 23:00:00 GMT") as YYYY-MM-DD, or null when it is not a day of the calendar. Nothing is guessed: Date.parse
 * accepts "not a date 1234" (as the year 1234) and rolls 2021-02-30 over to March; the day is taken as
 * written, without converting time zones.
 */
export function parseDate(value: unknown): string | null {
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isNaN(t)
      ? null
      : isoDay(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).trim();
  const numeric = NUMERIC.exec(text);
  if (numeric) return isoDay(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const month = MONTH_NAME.exec(text);
  if (!month?.[1]) return null;
  // Without the month name, the weekday and the time of day, what is left must be one day and one year.
  const rest = text
    .replace(MONTH_NAME, ' ')
    .replace(/\b\d{1,2}:\d{2}(?::\d{2})?\b/g, ' ')
    .replace(/\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?/gi, ' ')
    .replace(/\b(?:gmt|utc|[ecmp][sd]t|z)\b|[+-]\d{4}\b/gi, ' ');
  const parts = rest.split(/[\s,.]+/).filter((p) => p !== '');
  const year = parts.filter((p) => /^\d{4}$/.test(p));
  const day = parts.filter((p) => /^\d{1,2}(?:st|nd|rd|th)?$/i.test(p));
  if (year.length !== 1 || day.length !== 1 || parts.length !== 2) return null;
  const monthIndex = MONTHS.indexOf(month[1].slice(0, 3).toLowerCase()) + 1;
  return isoDay(Number(year[0]), monthIndex, parseInt(day[0] ?? '', 10));
}
