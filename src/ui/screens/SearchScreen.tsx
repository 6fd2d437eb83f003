import React from 'react';
import {Box, Text} from 'ink';
import type {EntitySearchResult} from '../../search/index.js';
import type {EntityArticle} from '../../store/index.js';
import {KIND_FILTERS, type SearchView} from '../state/app-state.js';
import {scrollIntoView} from '../state/cursor.js';
import {RESULT_LINES, searchPage} from '../state/metrics.js';
import {displayWidth, fit, fitWords, safeLine, truncateStart} from '../text.js';
import {theme} from '../theme.js';
import {noneOfKind} from '../../search/other-kinds.js';

const KIND_LABEL = {all: 'all', person: 'people', place: 'places', organization: 'organizations'} as const;
const KIND_TAG = {person: 'person', place: 'place', organization: 'org'} as const;

/** "in Title one · Title two": where a result is named, most first, to fit `width`. */
function whereLine(articles: readonly EntityArticle[], width: number): string {
  if (articles.length === 0) return '';
  return fitWords(`in ${articles.map((a) => safeLine(a.title)).join(' · ')}`, width);
}

/**
 * The search box, the kind filter and the windowed results: kind, name (and the form that matched: "Kyiv (also
 * Kiev)"), article count, and under each the articles naming it most.
 */
/**
 * What a kind that finds nothing says of the others, shortened to fit `columns`: the key to press is what a narrow
 * screen keeps ("no people match; 45 organizations do — Tab: other kinds", then without its first part).
 */
export function otherKindsHint(
  none: string,
  elsewhere: {text: string; count: number},
  columns: number,
): string {
  const others = `${elsewhere.text} ${elsewhere.count === 1 ? 'does' : 'do'} — Tab: other kinds`;
  const full = `${none}; ${others}`;
  return displayWidth(full) <= columns ? full : others;
}

/** What a marked query (the last one, shown again selected) says beside it. */
const MARKED_HINT = '  typing replaces, → edits';
/** The header before the hint, and the hint said before anything is typed. */
const HEAD = 'Search people, places, organizations · ';
const FIRST_HINT = 'type a name; most named first';
/** Said while the entity list is linked (a first '/' at 100,000 articles): results follow when it is. */
export const LINKING = 'linking names…';
/**
 * Said beside results an earlier version's list gave while the latest articles' names are linked (an index run in a
 * large library): the widest form that fits, "before the latest articles" at 80 columns.
 */
const EARLIER = ['from before the latest articles', 'before the latest articles'] as const;

/** The header's words after "Search people, places, organizations · ". */
function headerStatus(
  view: SearchView,
  count: string,
  hint: string | undefined,
  linking: boolean,
  earlier: boolean,
  columns: number,
): string {
  if (!earlier) return linking ? LINKING : view.query.trim() ? count : (hint ?? '');
  const what = view.query.trim() ? count : 'most named';
  const forms = EARLIER.map((e) => `${what} · ${e}`);
  return forms.find((f) => displayWidth(`${HEAD}${f}`) <= columns) ?? forms.at(-1) ?? what;
}

/** Fewest columns of the query kept beside the marked hint; on a narrower line the hint goes. */
const MIN_QUERY = 12;

/** Columns for the query after "/ ": the cursor takes one, the marked hint its width when shown. */
function queryWidth(columns: number, hint: boolean): number {
  return columns - 2 - (hint ? displayWidth(MARKED_HINT) : 1);
}

/**
 * One result's two lines: kind, name (and the form that matched) and article count; under it where it is named.
 * Memoised, and given what it shows rather than the result, so that a row whose text did not change is not worked
 * out (fitted to the screen) or drawn again.
 */
const ResultRow = React.memo(function ResultRow({
  kind,
  name,
  articleCount,
  named,
  columns,
  selected,
}: {
  kind: keyof typeof KIND_TAG;
  /** The name and, when another form matched, that form: "Kyiv (also Kiev)". */
  name: string;
  articleCount: number;
  named: readonly EntityArticle[];
  columns: number;
  selected: boolean;
}) {
  const articles = `${articleCount} article${articleCount === 1 ? '' : 's'}`;
  const nameWidth = Math.max(10, columns - 8 - 14 - 2);
  return (
    <Box flexDirection="column">
      <Text wrap="truncate" {...(selected ? theme.selected : {})}>
        <Text {...theme.accent}>{fit(KIND_TAG[kind], 8)}</Text>
        {fit(name, nameWidth)}
        <Text {...theme.muted}>
          {' '.repeat(Math.max(0, 14 - displayWidth(articles)))}
          {articles}
        </Text>
      </Text>
      <Text wrap="truncate" {...theme.muted}>
        {' '.repeat(8)}
        {whereLine(named, Math.max(10, columns - 8))}
      </Text>
    </Box>
  );
});

export function SearchScreen({
  view,
  results,
  where,
  elsewhere = null,
  indexing = null,
  linking = false,
  earlier = false,
  columns,
  rows,
}: {
  view: SearchView;
  /**
   * What the running index has still to do ("12 articles still to analyse"), or null: names are found in analyses,
   * so "nothing matches" says those may yet hold one (a search typed during a first index found nothing and said no
   * more).
   */
  indexing?: string | null;
  results: readonly EntitySearchResult[];
  /** The entity list is still being linked: the results are the last ready ones (or none) until it is. */
  linking?: boolean;
  /** The results are an earlier version's, from before the latest articles (their names still being linked). */
  earlier?: boolean;
  /** What other kinds match when the kind filter leaves nothing ("1 place"), or null. */
  elsewhere?: {text: string; count: number} | null;
  /** The articles naming an entity most (read for the visible results only). */
  where: (key: string) => readonly EntityArticle[];
  columns: number;
  rows: number;
}) {
  const page = searchPage(rows);
  const selected = Math.max(0, Math.min(view.selected, results.length - 1));
  const start = scrollIntoView(view.top, selected, page, results.length);
  const count = `${results.length} ${results.length === 1 ? 'match' : 'matches'}`;
  // Cut, the hint read "type a name; most na…": its second half goes whole where it does not fit.
  const hint = columns >= displayWidth(`${HEAD}${FIRST_HINT}`) ? FIRST_HINT : FIRST_HINT.split(';')[0];
  const markedHint = view.marked && columns - 2 - displayWidth(MARKED_HINT) >= MIN_QUERY;
  return (
    <Box flexDirection="column" width={columns}>
      <Text wrap="truncate">
        <Text {...theme.title}>Search</Text>
        <Text
          {...theme.muted}
        >{` people, places, organizations · ${headerStatus(view, count, hint, linking, earlier, columns)}`}</Text>
      </Text>
      <Text wrap="truncate">
        <Text {...theme.accent}>/ </Text>
        {/* A query longer than the line shows its end, where the typing is ("/ " and the cursor take 3; a marked
            query leaves room for its hint while it keeps MIN_QUERY columns, and drops the hint after). */}
        <Text {...(view.marked ? theme.selected : {})}>
          {truncateStart(safeLine(view.query), queryWidth(columns, markedHint))}
        </Text>
        {view.marked ? (
          markedHint ? (
            <Text {...theme.muted}>{MARKED_HINT}</Text>
          ) : null
        ) : (
          <Text {...theme.selected}> </Text>
        )}
      </Text>
      <Text wrap="truncate">
        {KIND_FILTERS.map((k, i) => (
          <Text key={k} {...(k === view.kind ? theme.focus : theme.muted)}>
            {i > 0 ? '  ' : ''}
            {k === view.kind ? `[${KIND_LABEL[k]}]` : KIND_LABEL[k]}
          </Text>
        ))}
      </Text>
      {/* Each result takes RESULT_LINES lines: a box of one line per result squeezed each into one line, the
          "where" line drawn over the name (and Ink drawing the frame cell by cell to overlay them). */}
      <Box flexDirection="column" height={page * RESULT_LINES} overflow="hidden">
        {view.query.trim() !== '' && results.length === 0 ? (
          <Text {...theme.muted} wrap="truncate">
            {view.kind !== 'all' && elsewhere
              ? otherKindsHint(noneOfKind(view.kind), elsewhere, columns)
              : linking && !earlier
                ? LINKING
                : indexing
                  ? `nothing matches yet: ${indexing}`
                  : earlier
                    ? "nothing matches yet: linking the latest articles' names…"
                    : 'nothing matches'}
          </Text>
        ) : null}
        {/* Rows are keyed by their place on the screen, not by entity: a new query then updates the rows'
            text instead of unmounting them and mounting others (each with its Yoga layout nodes), and a row whose
            text did not change is not drawn again (ResultRow is memoised). */}
        {results.slice(start, start + page).map((r, i) => {
          const shown = safeLine(r.matched);
          const alias =
            r.matched === r.entity.name ? '' : r.alternate ? ` (also ${shown})` : ` (as ${shown})`;
          return (
            <ResultRow
              key={i}
              kind={r.entity.kind}
              name={safeLine(r.entity.name) + alias}
              articleCount={r.entity.articleCount}
              named={where(r.entity.key)}
              columns={columns}
              selected={start + i === selected}
            />
          );
        })}
      </Box>
    </Box>
  );
}
