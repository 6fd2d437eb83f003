import {parse as parseYaml} from 'yaml';
import {cleanLine} from './sanitize.js';

/** The fields brief reads from YAML front matter; anything else in it is ignored. */
export interface FrontMatter {
  title: string | null;
  source: string | null;
  authors: string[];
  date: string | null;
  url: string | null;
}

/** Front matter split off a file's text, or the reason it could not be read. */
export type FrontMatterResult =
  | {kind: 'none'; body: string}
  | {kind: 'ok'; fields: FrontMatter; body: string}
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
  let data: unknown;
  try {
    data = parseYaml(yamlText, {prettyErrors: false, uniqueKeys: false});
  } catch (err) {
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return {kind: 'error', reason: `malformed front matter: ${cleanLine(message ?? '')}`};
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {kind: 'error', reason: 'malformed front matter: expected key: value pairs'};
  }
  return {kind: 'ok', fields: readFields(data as Record<string, unknown>), body};
}

function readFields(data: Record<string, unknown>): FrontMatter {
  const lower = new Map(Object.entries(data).map(([k, v]) => [k.toLowerCase(), v]));
  const pick = (...keys: string[]): unknown => keys.map((k) => lower.get(k)).find((v) => v !== undefined);
  return {
    title: asText(pick('title', 'headline')),
    source: asText(pick('source', 'publisher', 'site', 'outlet')),
    authors: asList(pick('authors', 'author', 'byline')),
    date: asDate(pick('date', 'published', 'pubdate', 'published_at')),
    url: asText(pick('url', 'link', 'canonical')),
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
  const items = Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? value.split(/\s*(?:,|;|\band\b)\s*/)
      : [];
  return items.map(asText).filter((v): v is string => v !== null);
}

/** Normalises a date-like value to YYYY-MM-DD, or null when it is not a date. */
export function asDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) || !/\d{4}/.test(text) ? null : new Date(parsed).toISOString().slice(0, 10);
}
