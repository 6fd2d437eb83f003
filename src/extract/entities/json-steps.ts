import {stepClock, STEP_MS} from '../../library/steps.js';

// A long JSON array parsed a slice at a time: JSON.parse of the gazetteer's 0.8 MB of place names was one step of
// 75-100 ms on a busy machine, which a key pressed meanwhile waited for. The array's items are found by scanning
// for where each ends (brackets outside strings), parsed `per` at a time, with a pause about every STEP_MS (a
// pause every 400 items made steps of 6-13 ms).

/** Items parsed by one JSON.parse of a stepwise parse. */
const PER = 50;

/**
 * The array under `"key":[` in the JSON object `text`, parsed `per` items at a time, pausing about every STEP_MS.
 * Text of another shape (no such key) is parsed whole: slower, never wrong.
 */
export function* jsonArraySteps<T>(text: string, key: string, per = PER): Generator<void, T[]> {
  const head = `${JSON.stringify(key)}:[`;
  const at = text.indexOf(head);
  const found = at < 0 ? null : yield* arrayAt<T>(text, at + head.length, per, stepClock(STEP_MS, 1));
  return found ? found.items : ((JSON.parse(text) as Record<string, T[]>)[key] ?? []);
}

/**
 * Arrays that follow one another in `text`, each opened by its head exactly as JSON.stringify writes it
 * (`"main":{"keys":[`), with only closing brackets and commas between one array's end and the next head; null
 * when the text is not of that shape (the caller parses it whole).
 */
export function* jsonArraysSteps(
  text: string,
  heads: readonly string[],
  per = PER,
): Generator<void, unknown[][] | null> {
  const due = stepClock(STEP_MS, 1);
  const out: unknown[][] = [];
  let pos = 0;
  for (const head of heads) {
    const at = text.indexOf(head, pos);
    if (at < 0 || (out.length > 0 && !/^[\s,}]*$/.test(text.slice(pos, at)))) return null;
    const found = yield* arrayAt<unknown>(text, at + head.length, per, due);
    if (!found) return null;
    out.push(found.items);
    pos = found.end + 1;
  }
  return out;
}

/** The array whose items start at `from` (just after its "["), parsed `per` items at a time (pausing when `due`),
 * and where its "]" is; null when it has no end. */
function* arrayAt<T>(
  text: string,
  from: number,
  per: number,
  due: () => boolean,
): Generator<void, {items: T[]; end: number} | null> {
  const items: T[] = [];
  const take = (a: number, b: number): void => {
    const part = text.slice(a, b).replace(/^\s*,/, '');
    if (part.trim() !== '') for (const item of JSON.parse(`[${part}]`) as T[]) items.push(item);
  };
  let depth = 0;
  let count = 0;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) depth += 1;
    else if (c === 0x5d || c === 0x7d) {
      if (depth === 0) {
        take(from, i);
        return {items, end: i};
      }
      depth -= 1;
    } else if (c === 0x2c && depth === 0 && ++count % per === 0) {
      // The comma after an item: the items before it are parsed, the next part starts at the comma.
      take(from, i);
      from = i;
      if (due()) yield;
    }
  }
  return null;
}

/**
 * The JSON text of `obj` with each item of its array under `key` on a line of its own, that array last: JSON.parse
 * reads it as it reads JSON.stringify's, and lineItems finds its items without parsing them. The build writes the
 * place names so: a worker parses the few it looks up instead of 0.8 MB before its first article.
 */
export function jsonWithLines(obj: Record<string, unknown>, key: string): string {
  const items = obj[key];
  if (!Array.isArray(items)) return JSON.stringify(obj);
  const rest = Object.fromEntries(Object.entries(obj).filter(([k]) => k !== key));
  const head = JSON.stringify(rest);
  const open = head === '{}' ? '{' : `${head.slice(0, -1)},`;
  return `${open}${JSON.stringify(key)}:[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]}`;
}

/**
 * The JSON texts of the items of the array `key` in text jsonWithLines wrote (each for JSON.parse), found by the
 * line breaks between them (JSON has none inside a string); null for text of another layout.
 */
export function lineItems(text: string, key: string): string[] | null {
  const head = `${JSON.stringify(key)}:[\n`;
  const at = text.indexOf(head);
  if (at < 0 || !text.endsWith('\n]}')) return null;
  const body = text.slice(at + head.length, text.length - 3);
  return body === '' ? [] : body.split(',\n');
}
