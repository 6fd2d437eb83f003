// "“We are all tired of it.” — Pia Saari, club captain": a pull quote, credited by a dash and the name after it,
// on its own line or the next. No speech verb names the speaker; the dash does.
import {startingIn} from './lookup.js';
import type {QuoteCase, SpeakerVerdict} from './sieves.js';
import {ONLY_SPACE} from './subjects.js';

// A dash opening the credit, and the spaces and invisible joiners news pages leave around it.
const CREDIT_DASH = /^[\s\u200b-\u200d\u2060\ufeff]*(?:[—–―]|--)[\s\u200b-\u200d\u2060\ufeff]*/u;
// What may follow the credited name: the end of the line, or a comma before a title or an outlet.
const CREDIT_END = /^\s*(?:[,(]|$)/u;

/** The person or body a dash line right after the quote names, if the quote stands alone before it. */
export function creditLine(c: QuoteCase): SpeakerVerdict | undefined {
  // The quote opens its paragraph: a pull quote, not words inside the writer's sentence.
  if (!ONLY_SPACE.test(c.masked.slice(0, c.span.open))) return undefined;
  const after = c.masked.slice(c.span.close + 1);
  const dash = CREDIT_DASH.exec(after);
  if (dash) return creditedIn(c.masked, c.here, c.span.close + 1 + dash[0].length);
  // The credit on the next line: nothing else after the quote in its paragraph.
  const below = c.belowMasked?.();
  const next = below === undefined ? null : CREDIT_DASH.exec(below);
  if (!ONLY_SPACE.test(after) || below === undefined || !next) return undefined;
  return creditedIn(below, c.belowMentions?.() ?? [], next[0].length);
}

// The name starting right at `at`, ending its line or followed by a comma: the credited one.
function creditedIn(text: string, mentions: QuoteCase['here'], at: number): SpeakerVerdict | undefined {
  const name = startingIn(mentions, at, at + 1)[0];
  if (!name || !CREDIT_END.test(text.slice(name.end))) return undefined;
  return {speaker: name.name};
}
