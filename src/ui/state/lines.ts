import type {ThemeRole} from '../theme.js';
import {displayWidth, wordEnd, wrapText} from '../text.js';

/** A run of text drawn in one role. */
export interface Segment {
  text: string;
  role?: ThemeRole;
}

/** One screen line, already fitted to its width; `item` says which entry of a list it belongs to. */
export interface Line {
  segments: Segment[];
  item?: number;
  /** The next line carries on this one's text (a wrapped sentence or entry): cut here, it needs a "…". */
  continues?: boolean;
  /**
   * Lines that read only together, marked with one number (a bar chart's title and bars): a panel's foot never cuts
   * them, since the first bar alone reads as a chart of one (panel-window.ts).
   */
  block?: number;
}

/** A line of one segment. */
export function line(text: string, role?: ThemeRole, item?: number): Line {
  return {segments: [role ? {text, role} : {text}], ...(item === undefined ? {} : {item})};
}

/** Marks every line but the last as carried on by the next: the lines are one wrapped text. */
export function wrapped(lines: Line[]): Line[] {
  return lines.map((l, i) => (i < lines.length - 1 ? {...l, continues: true} : l));
}

/** Wraps text under a hanging prefix ("• " then "  "), tagging every line with `item`. */
export function bullet(text: string, width: number, prefix = '• ', role?: ThemeRole, item?: number): Line[] {
  const indent = ' '.repeat(prefix.length);
  return wrapped(
    wrapText(text, width - prefix.length).map((t, i) => line(`${i === 0 ? prefix : indent}${t}`, role, item)),
  );
}

/** The line ending in "…" within `width` columns (its last characters give way when it is full). */
export function withEllipsis(l: Line, width: number): Line {
  const segments = l.segments.map((s) => ({...s}));
  const last = segments.at(-1);
  if (!last) return line('…');
  last.text = last.text.trimEnd();
  const text = () => segments.map((s) => s.text).join('');
  const chars = (t: string) => [...t];
  const dropTo = (length: number) => {
    while (text().length > length) {
      const from = [...segments].reverse().find((s) => s.text !== '');
      if (!from) break;
      from.text = chars(from.text).slice(0, -1).join('');
    }
  };
  const full = text();
  while (displayWidth(text()) + 1 > width) {
    const from = [...segments].reverse().find((s) => s.text !== '');
    if (!from) break;
    from.text = chars(from.text).slice(0, -1).join('').trimEnd();
  }
  // A word cut short for the "…" ("15 people i…") gives way whole ("15 people…") when a space is near enough.
  const head = text();
  const kept = head.length < full.length ? wordEnd(head, full.charAt(head.length), width) : null;
  if (kept !== null) dropTo(kept.length);
  last.text += '…';
  return {...l, segments, continues: false};
}

/**
 * A footer message wrapped to `width` over at most `max` lines, the last cut with "…" if it must be: a URL the
 * reader reports is shown whole, not cut at the screen's edge.
 */
export function messageLines(text: string, width: number, max: number): string[] {
  const lines = wrapText(text, width);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, Math.max(1, max));
  const last = kept.length - 1;
  kept[last] = lineText(withEllipsis(line(kept[last] ?? ''), width));
  return kept;
}

/**
 * Of a message's forms (longest first), the first that `width` columns hold in `most` lines, else the last: a
 * refresh's line says what `brief refresh` says where the window is wide enough, and fewer words where it is not,
 * rather than taking a third of a small screen.
 */
export function fittedMessage(forms: readonly string[], width: number, most = 2): string {
  return forms.find((f) => wrapText(f, width).length <= most) ?? forms.at(-1) ?? '';
}

/** Plain text of a line. */
export function lineText(l: Line): string {
  return l.segments.map((s) => s.text).join('');
}

// What an entity's screen highlights is found without a regular expression of its forms: such a pattern (any form,
// with no letter or digit either side) is compiled for every entity opened, ~1 ms of its first screen for 40 lines.
// The forms are tried at each place the text has their first character, longest first, as the pattern's
// alternation would be; the prepared forms of the last 32 sets are kept.
const FORMS_KEPT = 32;
const preparedForms = new Map<string, Map<number, string[]> | null>();

/** The usable forms of `forms` (trimmed, two characters or more) by their first code unit, longest first. */
function formsByFirst(forms: readonly string[]): Map<number, string[]> | null {
  const key = JSON.stringify(forms);
  const known = preparedForms.get(key);
  if (known !== undefined) return known;
  const usable = [...new Set(forms.map((f) => f.trim()).filter((f) => f.length > 1))].sort(
    (a, b) => b.length - a.length,
  );
  let byFirst: Map<number, string[]> | null = null;
  for (const form of usable) {
    byFirst ??= new Map();
    const first = form.charCodeAt(0);
    const list = byFirst.get(first);
    if (list) list.push(form);
    else byFirst.set(first, [form]);
  }
  if (preparedForms.size >= FORMS_KEPT) preparedForms.clear();
  preparedForms.set(key, byFirst);
  return byFirst;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isLetterOrDigit(codePoint: number): boolean {
  if (codePoint < 0x80)
    return (
      (codePoint >= 0x30 && codePoint <= 0x39) ||
      (codePoint >= 0x41 && codePoint <= 0x5a) ||
      (codePoint >= 0x61 && codePoint <= 0x7a)
    );
  return LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
}

/** Whether the character that ends just before `at` (a whole surrogate pair, if it is one) is a letter or digit. */
function letterBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  let start = at - 1;
  const low = text.charCodeAt(start);
  if (low >= 0xdc00 && low <= 0xdfff && start > 0) {
    const high = text.charCodeAt(start - 1);
    if (high >= 0xd800 && high <= 0xdbff) start -= 1;
  }
  return isLetterOrDigit(text.codePointAt(start) ?? 0);
}

/** Splits a line's text into segments, marking every whole-word occurrence of any of `forms` with `role`. */
export function highlight(
  text: string,
  forms: readonly string[],
  role: ThemeRole,
  base?: ThemeRole,
): Segment[] {
  const plain = (t: string): Segment => (base ? {text: t, role: base} : {text: t});
  const byFirst = formsByFirst(forms);
  if (!byFirst) return [plain(text)];
  const out: Segment[] = [];
  let last = 0;
  for (let at = 0; at < text.length;) {
    const candidates = byFirst.get(text.charCodeAt(at));
    let found: string | undefined;
    if (candidates && !letterBefore(text, at))
      found = candidates.find((form) => {
        if (!text.startsWith(form, at)) return false;
        const after = text.codePointAt(at + form.length);
        return after === undefined || !isLetterOrDigit(after);
      });
    if (!found) {
      at += 1;
      continue;
    }
    if (at > last) out.push(plain(text.slice(last, at)));
    out.push({text: found, role});
    at += found.length;
    last = at;
  }
  if (last < text.length) out.push(plain(text.slice(last)));
  return out.length ? out : [plain(text)];
}
