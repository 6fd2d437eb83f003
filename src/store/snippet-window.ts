// The markers FTS5's highlight() puts around each match (written as char codes to keep controls out of the source).
const OPEN = String.fromCharCode(1);
const CLOSE = String.fromCharCode(2);

// Words of context kept before the first match of a window.
const LEAD = 4;

/** Words of a whitespace-split text, each with the matches it holds part of ("toll\x02,\x01kyiv": two). */
function words(marked: string): {text: string; matches: number[]}[] {
  const out: {text: string; matches: number[]}[] = [];
  let open = -1;
  let count = 0;
  for (const text of marked.split(/\s+/u)) {
    if (text === '') continue;
    const matches = open < 0 ? [] : [open];
    for (const c of text) {
      if (c === OPEN) matches.push((open = count++));
      else if (c === CLOSE) open = -1;
    }
    out.push({text, matches});
  }
  return out;
}

/**
 * About `size` words of a text whose matches FTS5 marked (highlight()), around the run of words holding the most
 * whole matches, with "…" where it cuts the text. A match is never cut: FTS5's own snippet() may end its window
 * inside a phrase ("the previous [death]…" for "death toll"), as it counts a phrase where it starts.
 */
export function snippetWindow(marked: string, size = 16): string {
  const list = words(marked);
  const spans = new Map<number, {first: number; last: number}>();
  list.forEach((w, i) => {
    for (const m of w.matches) {
      const span = spans.get(m);
      if (span) span.last = i;
      else spans.set(m, {first: i, last: i});
    }
  });
  let best = {start: 0, end: Math.min(size, list.length), score: -1};
  for (const span of spans.values()) {
    const start = Math.max(0, Math.min(span.first - LEAD, list.length - size));
    const end = Math.max(start + size, span.last + 1);
    let score = 0;
    for (const s of spans.values()) if (s.first >= start && s.last < end) score++;
    if (score > best.score) best = {start, end, score};
  }
  let {start, end} = best;
  // A match the window's edges cross is taken whole (spans come in order, so one pass each way suffices).
  for (const s of [...spans.values()].reverse()) if (s.first < start && s.last >= start) start = s.first;
  for (const s of spans.values()) if (s.first < end && s.last >= end) end = s.last + 1;
  end = Math.min(end, list.length);
  const text = list
    .slice(start, end)
    .map((w) => w.text)
    .join(' ');
  return `${start > 0 ? '…' : ''}${text}${end < list.length ? '…' : ''}`;
}
