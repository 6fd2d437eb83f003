import type {Analysis, Entity} from '../extract/types.js';
import {cleanLine, withoutClauseComma} from '../library/sanitize.js';
import type {ArticleMeta} from '../library/types.js';
import {plainEmoji} from '../ui/plain-emoji.js';
import {displayWidth, wrapText} from '../ui/text.js';

// Plain text for a terminal or a pipe: one item per line, so `grep` and `less` work on it; no colours, and every
// field made one clean line. Piped, lines are whole; in a terminal they are word-wrapped (wrapForTerminal).

function entityLine(e: Entity): string {
  const role = e.role ? ` (${cleanLine(e.role)})` : '';
  return `${cleanLine(e.name)}${role}`;
}

function section(heading: string, items: string[]): string {
  return `${heading}\n${items.length > 0 ? items.map((i) => `  ${i}`).join('\n') : '  (none found)'}\n\n`;
}

/** The title and the line under it: source, date, authors, and the web address on its own line. */
export function formatHeader(meta: ArticleMeta): string {
  const by = meta.authors.length > 0 ? `by ${meta.authors.map(cleanLine).join(', ')}` : null;
  const line = [meta.source, meta.date, by]
    .filter((p): p is string => Boolean(p))
    .map(cleanLine)
    .join(' · ');
  return `${cleanLine(meta.title)}\n${line ? `${line}\n` : ''}${meta.url ? `${cleanLine(meta.url)}\n` : ''}`;
}

/** An article's analysis as readable text: summary, key facts, quotes with speakers, then the names. */
export function formatAnalysis(analysis: Analysis): string {
  return [
    section('Summary', analysis.summary.map(cleanLine)),
    section(
      'Key facts',
      analysis.facts.map((f) => `• ${cleanLine(f.text)}`),
    ),
    section(
      'Quotes',
      // Speaker null: no rule could tell who said it, and the text says so rather than guess.
      analysis.quotes.map(
        (q) =>
          `${q.speaker ? cleanLine(q.speaker) : 'unattributed'} — “${withoutClauseComma(cleanLine(q.text))}”`,
      ),
    ),
    section('People', analysis.people.map(entityLine)),
    section('Places', analysis.places.map(entityLine)),
    section('Organizations', analysis.organizations.map(entityLine)),
  ].join('');
}

/** The widest a wrapped line gets, however wide the terminal: the reader's full text stops there too. */
const READING_WIDTH = 100;

/**
 * Text for a terminal `columns` wide, each line word-wrapped (to at most 100 columns) under its own indent: a
 * summary sentence, a fact's "• " or a quote goes on two columns further in, a paragraph of the text at its margin.
 * The terminal's own wrapping cut words in two ("four chi" / "ldren") and let continuations run to the margin.
 */
export function wrapForTerminal(text: string, columns: number): string {
  const width = Math.min(READING_WIDTH, Math.max(20, columns - 1));
  // Emoji sequences as every terminal counts them (ui/plain-emoji.ts), in lines that fit as in lines wrapped.
  return plainEmoji(text)
    .split('\n')
    .map((line) => {
      if (displayWidth(line) <= width) return line;
      const lead = /^ */.exec(line)?.[0] ?? '';
      const hang = lead === '' ? '' : `${lead}  `;
      const [first = '', ...rest] = wrapText(line.slice(lead.length), width - lead.length);
      const more = rest.length === 0 ? [] : wrapText(rest.join(' '), width - hang.length);
      return [`${lead}${first}`, ...more.map((l) => `${hang}${l}`)].join('\n');
    })
    .join('\n');
}
