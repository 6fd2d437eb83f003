import type {Analysis, Entity} from '../../extract/index.js';
import {failureText} from '../../extract/failures.js';
import {withoutClauseComma} from '../../library/sanitize.js';
import {displayWidth, fitWords, safeLine, truncate, truncateWords, wrapText} from '../text.js';
import type {PanelId} from './app-state.js';
import {barCells, figureText, keyFigures} from './key-figures.js';
import {bullet, line, wrapped, type Line} from './lines.js';

/** What the quotes panel shows for a quote whose speaker is null. */
export const UNATTRIBUTED = 'unattributed';

/** Panel titles as shown. */
export const PANEL_TITLES: Record<PanelId, string> = {
  summary: 'Summary',
  facts: 'Key facts',
  quotes: 'Quotes',
  people: 'People',
  places: 'Places',
  organizations: 'Organizations',
};

/**
 * A quote as the reader shows it inside its marks: one line, without the comma that ends the clause it was cut
 * from ("…the negotiating table," he said). The extracted text keeps it; only the display drops it.
 */
export function quoteText(text: string): string {
  return withoutClauseComma(safeLine(text));
}

/** How many entries a panel lists (for its title), or null while not analysed. */
export function panelCount(panel: PanelId, analysis: Analysis | null): number | null {
  return analysis ? analysis[panel].length : null;
}

/**
 * Where each panel's lines start: a name list is indented to its title's text ("  People (3)"), so its "no people
 * found", "analysing…" and failure lines are too; otherwise they sat two columns left of the names in the panel
 * beside them.
 */
const NAME_INDENT = '  ';
const PANEL_INDENT: Record<PanelId, string> = {
  summary: '',
  facts: '',
  quotes: '',
  people: NAME_INDENT,
  places: NAME_INDENT,
  organizations: NAME_INDENT,
};

function entityLines(entities: readonly Entity[], width: number): Line[] {
  return entities.map((e, i) => {
    const count = ` ${e.mentions}×`;
    const room = width - displayWidth(count) - 2;
    const person = safeLine(e.name);
    // The role is cut to its own room, so a word-end cut weighs what is left of the role, not of the whole line:
    // "· a spokeswom…", not "· a…" (the line's half taken by the name).
    const roleRoom = room - displayWidth(person) - 3;
    const name =
      e.role && roleRoom >= 2
        ? `${person} · ${truncateWords(safeLine(e.role), roleRoom)}`
        : truncateWords(person + (e.role ? ` · ${safeLine(e.role)}` : ''), room);
    return {
      item: i,
      segments: [
        {text: `${NAME_INDENT}${name}`},
        {
          text: `${' '.repeat(Math.max(0, width - 2 - displayWidth(name) - displayWidth(count)))}${count}`,
          role: 'muted',
        },
      ],
    };
  });
}

/** Bar charts of comparable figures under the facts, as lines; empty when there is nothing to compare. */
export function chartLines(analysis: Analysis, width: number): Line[] {
  if (width < 24) return [];
  return keyFigures(analysis.facts).flatMap((chart, block) => {
    const max = Math.max(...chart.figures.map((f) => f.value));
    const valueWidth = Math.max(...chart.figures.map((f) => figureText(f.value).length));
    // Labels take the room they need, up to 45% of the panel: a fixed 30 columns cut "Ukraine’s defenses shot
    // down drones" to "…shot down …" beside a bar of 80 columns.
    const labelWidth = Math.min(
      Math.max(...chart.figures.map((f) => displayWidth(safeLine(f.label)))),
      Math.floor(width * 0.45),
    );
    const barWidth = Math.max(1, width - labelWidth - valueWidth - 3);
    return [
      line(''),
      {...line(truncate(`Key figures: ${safeLine(chart.unit)}`, width), 'heading'), block},
      ...chart.figures.map((f) => ({
        block,
        segments: [
          {text: `${fitWords(safeLine(f.label), labelWidth)} `},
          {text: '█'.repeat(barCells(f.value, max, barWidth)), role: 'bar' as const},
          {text: ` ${figureText(f.value)}`},
        ],
      })),
    ];
  });
}

/** "not analysed: too long to analyse (more than 10 s)", "analysed in part: stage quotes failed: …", or null. */
export function failureLine(analysis: Analysis | null): string | null {
  const text = analysis ? failureText(analysis) : null;
  if (!text) return null;
  const timedOut = analysis?.failures?.some((f) => f.stage === 'budget');
  return safeLine(timedOut ? `not analysed: ${text}` : `analysed in part: ${text}`);
}

/** The extraction stage that fills each panel: a panel whose stage failed says so instead of "none found". */
export const PANEL_STAGES: Record<PanelId, string> = {
  summary: 'summary',
  facts: 'facts',
  quotes: 'quotes',
  people: 'entities',
  places: 'entities',
  organizations: 'entities',
};

/**
 * What the panels of an article without an analysis say when the index run stopped before it (`failed`, why): the
 * Summary the reason and what to do, the others only that nothing was analysed. "analysing…" there, for good, said
 * work was going on that had stopped (a full disk: the list's status line said why, cut at 80 columns).
 */
function notAnalysedLines(panel: PanelId, failed: string, width: number): Line[] {
  const indent = PANEL_INDENT[panel];
  if (panel !== 'summary') return [line(`${indent}not analysed`, 'warning')];
  const text = `not analysed: indexing failed: ${failed}. Once what stopped it is mended, start brief again.`;
  return bullet(safeLine(text), width, indent, 'warning');
}

/**
 * The content of one panel at `width` columns: wrapped text, one line per entity, "analysing…" while missing (or,
 * when the index run has failed, `runFailed`, that it was not analysed and why).
 */
export function panelLines(
  panel: PanelId,
  analysis: Analysis | null,
  width: number,
  runFailed: string | null = null,
): Line[] {
  const indent = PANEL_INDENT[panel];
  if (!analysis)
    return runFailed ? notAnalysedLines(panel, runFailed, width) : [line(`${indent}analysing…`, 'muted')];
  // Out of time: no stage ran, so no panel may read as analysed and empty.
  const failed = analysis.failures?.find((f) => f.stage === 'budget' || f.stage === PANEL_STAGES[panel]);
  if (failed?.stage === 'budget') return [line(`${indent}not analysed: out of time`, 'warning')];
  if (failed)
    return bullet(
      safeLine(`not analysed: stage ${failed.stage} failed: ${failed.reason}`),
      width,
      indent,
      'warning',
    );
  const none = (what: string) => [line(`${indent}no ${what} found`, 'muted')];
  switch (panel) {
    case 'summary':
      return analysis.summary.length
        ? wrapped(wrapText(analysis.summary.map(safeLine).join(' '), width).map((t) => line(t)))
        : none('summary');
    case 'facts': {
      if (!analysis.facts.length) return none('key facts');
      return [
        ...analysis.facts.flatMap((f, i) => bullet(safeLine(f.text), width, '• ', undefined, i)),
        ...chartLines(analysis, width),
      ];
    }
    case 'quotes':
      if (!analysis.quotes.length) return none('quotes');
      return analysis.quotes.flatMap((q, i) => {
        // A quote no rule could give a speaker says so, dimmed, rather than guessing a name or showing nothing.
        const speaker = q.speaker ? safeLine(q.speaker) : UNATTRIBUTED;
        const lines = wrapped(
          wrapText(`${speaker} — “${quoteText(q.text)}”`, width - 2).map((t, j) =>
            line(`${j === 0 ? '' : '  '}${t}`, undefined, i),
          ),
        );
        const first = lines[0];
        const firstText = first?.segments[0]?.text ?? '';
        if (first && firstText.startsWith(speaker)) {
          first.segments = [
            {text: speaker, role: q.speaker ? 'accent' : 'muted'},
            {text: firstText.slice(speaker.length)},
          ];
        }
        return i < analysis.quotes.length - 1 ? [...lines, line('')] : lines;
      });
    case 'people':
      return analysis.people.length ? entityLines(analysis.people, width) : none('people');
    case 'places':
      return analysis.places.length ? entityLines(analysis.places, width) : none('places');
    case 'organizations':
      return analysis.organizations.length
        ? entityLines(analysis.organizations, width)
        : none('organizations');
  }
}
