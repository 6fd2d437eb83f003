import {describe, expect, it} from 'vitest';
import type {Fact} from '../../src/extract/index.js';
import {allocate, articleLayout} from '../../src/ui/state/article-layout.js';
import {chartLines, PANEL_STAGES, panelLines, quoteText} from '../../src/ui/state/article-panels.js';
import {occurrenceLines, occurrenceOffset, visibleOccurrenceLines} from '../../src/ui/state/entity-lines.js';
import fc from 'fast-check';
import {
  barCells,
  barLabel,
  figureLabel,
  figureText,
  keyFigures,
  unitKey,
} from '../../src/ui/state/key-figures.js';
import {
  FRAME_RULES,
  figureAction,
  frameRule,
  NO_BAR_RULES,
  noBarRule,
  type FrameFigure,
} from '../../src/ui/state/figure-frames.js';
import {bullet, highlight, line, lineText, withEllipsis, type Line} from '../../src/ui/state/lines.js';
import {panelWindow, titleRule} from '../../src/ui/state/panel-window.js';
import {displayWidth} from '../../src/ui/text.js';
import {analysis, entity} from './helpers/library.js';

const fact = (text: string, ...values: [number, string][]): Fact => ({
  text,
  sentence: text,
  values: values.map(([value, unit]) => ({value, unit})),
});

// A fact of a longer sentence: facts that share one are parts of one statement.
const inSentence = (sentence: string, text: string, ...values: [number, string][]): Fact => ({
  ...fact(text, ...values),
  sentence,
});

describe('figureText', () => {
  it('writes figures as en-US formatting does: grouped by threes, at most three decimals', () => {
    const table: [number, string][] = [
      [598, '598'],
      [1000, '1,000'],
      [1234567, '1,234,567'],
      [2.5, '2.5'],
      [1234.5678, '1,234.568'],
      [0.1, '0.1'],
      [100.0004, '100'],
    ];
    for (const [value, text] of table) expect(figureText(value)).toBe(text);
  });

  it('agrees with toLocaleString for whole figures and figures of up to three decimals', () => {
    fc.assert(
      fc.property(fc.integer({min: -1e15, max: 1e15}), fc.integer({min: 0, max: 3}), (n, places) => {
        const value = n / 10 ** places;
        expect(figureText(value)).toBe(value.toLocaleString('en-US'));
      }),
    );
  });
});

describe('keyFigures', () => {
  it('charts units that appear together first: drones and missiles, launched vs shot down', () => {
    const charts = keyFigures([
      fact('killed 15 people', [15, 'people']),
      fact('100 people sheltered', [100, 'people']),
      fact('launched 598 drones and 31 missiles', [598, 'drones'], [31, 'missiles']),
      fact('shot down 563 drones and 26 missiles', [563, 'drones'], [26, 'missiles']),
    ]);
    expect(charts.map((c) => c.unit)).toEqual(['drones', 'missiles']);
    expect(charts[0]?.figures.map((f) => f.value)).toEqual([598, 563]);
  });

  it.each([
    ['a single figure', [fact('598 drones', [598, 'drones'])]],
    ['years', [fact('in 2019', [2019, 'year']), fact('in 2020', [2020, 'year'])]],
    ['percentages', [fact('20%', [20, '%']), fact('30%', [30, '%'])]],
    ['unitless numbers', [fact('7', [7, '']), fact('9', [9, ''])]],
    ['one value twice', [fact('5 dead', [5, 'dead']), fact('5 dead again', [5, 'dead'])]],
    ['zero and negative', [fact('0 cars', [0, 'cars']), fact('-3 cars', [-3, 'cars'])]],
    ['different units', [fact('3 cars', [3, 'cars']), fact('4 trucks', [4, 'trucks'])]],
    ['the parts of one measurement', [fact('six feet five inches tall', [6, 'feet'], [5, 'feet'])]],
    [
      'people counted for different things',
      [
        fact('killed at least 15 people', [15, 'people']),
        fact('100 people sheltered in the station', [100, 'people']),
      ],
    ],
    [
      'lengths of different things',
      [fact('a 75 km road was closed', [75, 'km']), fact('The disk is 35 km wide', [35, 'km'])],
    ],
    [
      'money spent on different things',
      [
        fact('The council will spend $4 million', [4e6, 'dollars']),
        fact('The bridge cost $2.3 billion', [2.3e9, 'dollars']),
      ],
    ],
  ])('draws nothing for %s', (_, facts) => {
    expect(keyFigures(facts)).toEqual([]);
  });

  it.each([
    [
      // 2019-01-04-nancy-pelosi-again-elected-speaker-as-116th-u-s-congress-sworn-in.md: members of a party, and
      // those of them who defected, are one unit word for two different things.
      'members of a party beside those who defected',
      [
        fact(
          'The new members of the House, which include 235 Democrats and 199 Republicans',
          [235, 'Democrats'],
          [199, 'Republicans'],
        ),
        fact('Altogether, fifteen Democrats defected', [15, 'Democrats']),
      ],
    ],
    [
      'a part beside its whole',
      [
        fact('he admitted his guilt in eight murders', [8, 'murders']),
        fact('Six of the murders took place in 2015', [6, 'murders']),
      ],
    ],
    [
      'a rate beside a total, in one sentence',
      [
        inSentence('At least 55,000 deaths, rising by 1,000 deaths per day.', 'At least 55,000 deaths', [
          55000,
          'deaths',
        ]),
        inSentence(
          'At least 55,000 deaths, rising by 1,000 deaths per day.',
          'rising by 1,000 deaths per day',
          [1000, 'deaths'],
        ),
      ],
    ],
    [
      'amounts of money of one sentence spent on different things',
      [
        inSentence('He paid US$750 in taxes and owed US$300 million on loans.', 'He paid US$750 in taxes', [
          750,
          'dollars',
        ]),
        inSentence(
          'He paid US$750 in taxes and owed US$300 million on loans.',
          'owed US$300 million on loans',
          [3e8, 'dollars'],
        ),
      ],
    ],
    [
      'magnitudes, a scale',
      [fact('a magnitude 6.3 quake', [6.3, 'magnitude']), fact('a magnitude 5 quake', [5, 'magnitude'])],
    ],
  ])('draws no chart of %s', (_, facts) => {
    expect(keyFigures(facts)).toEqual([]);
  });

  it('gives bar labels the room they need, up to 45% of the panel, and cuts a longer one at a word', () => {
    const strike = analysis({
      facts: [
        fact('Russia launched 598 drones and 31 missiles', [598, 'drones'], [31, 'missiles']),
        fact('Ukraine’s defenses shot down 563 drones and 26 missiles', [563, 'drones'], [26, 'missiles']),
      ],
    });
    const label = (width: number) =>
      chartLines(strike, width)
        .map(lineText)
        .find((l) => l.includes(' 563'))
        ?.split('█')[0];
    // Wide: the whole label, though it is longer than 30 columns.
    expect(label(120)).toBe('Ukraine’s defenses shot down drones ');
    // Narrow: cut after a whole word, no space left before "…".
    expect(label(66)).toBe('Ukraine’s defenses shot down… ');
  });

  it('charts counts that share a frame: a parallel list, one sentence, one action, one toll', () => {
    const kyiv = keyFigures([
      fact('Russia launched 598 drones and 31 missiles', [598, 'drones'], [31, 'missiles']),
      fact('Ukraine’s defenses shot down 563 drones and 26 missiles', [563, 'drones'], [26, 'missiles']),
    ]);
    expect(kyiv.map((c) => [c.unit, c.figures.map((f) => f.value)])).toEqual([
      ['drones', [598, 563]],
      ['missiles', [31, 26]],
    ]);
    const sentence =
      'Both parents faced twelve counts of torture, nine counts of child abuse, and seven counts of cruelty.';
    const [counts] = keyFigures([
      inSentence(
        sentence,
        'faced twelve counts of torture, nine counts of child abuse',
        [12, 'counts'],
        [9, 'counts'],
      ),
      inSentence(sentence, 'seven counts of cruelty', [7, 'counts']),
    ]);
    expect(counts?.figures.map((f) => f.value)).toEqual([12, 9, 7]);
    const [toll] = keyFigures([
      fact('At least seven people were killed', [7, 'people']),
      fact('Fourteen people were injured in the crash', [14, 'people']),
      fact('120 people were in the building', [120, 'people']),
    ]);
    expect(toll?.figures.map((f) => f.value)).toEqual([14, 7]);
  });

  const figure = (text: string, unit: string, over: Partial<FrameFigure> = {}): FrameFigure => ({
    fact: 0,
    sentence: text,
    action: figureAction(text, unit),
    units: new Set([unit]),
    measure: false,
    ...over,
  });

  // rule id → two figures it puts in one frame, and two it must not.
  const frameTable: Record<string, [FrameFigure, FrameFigure][]> = {
    'one-sentence': [
      [
        figure('twelve counts of torture', 'counts', {sentence: 'S'}),
        figure('seven counts of cruelty', 'counts', {fact: 1, sentence: 'S'}),
      ],
      [
        figure('He paid US$750 in taxes', 'dollars', {sentence: 'S', measure: true}),
        figure('owed US$300 million on loans', 'dollars', {fact: 1, sentence: 'S', measure: true}),
      ],
    ],
    'parallel-lists': [
      [
        figure('Russia launched 598 drones and 31 missiles', 'drones', {
          units: new Set(['drone', 'missile']),
        }),
        figure('shot down 563 drones and 26 missiles', 'drones', {
          fact: 1,
          units: new Set(['drone', 'missile']),
        }),
      ],
      [
        figure('which include 235 Democrats and 199 Republicans', 'Democrats', {
          units: new Set(['democrat', 'republican']),
        }),
        figure('Altogether, fifteen Democrats defected', 'Democrats', {
          fact: 1,
          units: new Set(['democrat']),
        }),
      ],
    ],
    'same-action': [
      [
        figure('The first strike killed 15 people', 'people'),
        figure('A second strike killed 6 people', 'people', {fact: 1}),
      ],
      [
        figure('killed at least 15 people', 'people'),
        figure('100 people sheltered in the station', 'people', {fact: 1}),
      ],
    ],
    'one-toll': [
      [
        figure('At least seven people were killed', 'people'),
        figure('Fourteen people were injured', 'people', {fact: 1}),
      ],
      [
        figure('Fourteen people were injured', 'people'),
        figure('120 people were in the building', 'people', {fact: 1}),
      ],
    ],
  };

  it.each(FRAME_RULES.map((r) => r.id))(
    'frame rule %s joins its example and not its false positive',
    (id) => {
      const [positive, negative] = frameTable[id] ?? [];
      expect(positive && frameRule(...positive)).toBe(id);
      expect(negative && frameRule(...negative)).toBeNull();
    },
  );

  // rule id → a fact it keeps out of the chart, and one it must not.
  const noBarTable: Record<string, [string, string]> = {
    'part-of': [
      'Six of the murders took place in 2015',
      'The new members of the House of Representatives, which include 235 Democrats',
    ],
    'change-or-rate': [
      'the number rising by over 1,000 deaths per day',
      'Ukraine’s defenses shot down 563 drones',
    ],
  };

  it.each(NO_BAR_RULES.map((r) => r.id))(
    'no-bar rule %s keeps out its example and not its false positive',
    (id) => {
      const [positive, negative] = noBarTable[id] ?? ['', ''];
      expect(noBarRule(positive)).toBe(id);
      expect(noBarRule(negative)).toBeNull();
    },
  );

  it('charts a unit of people only for the same action, and labels each bar with what it counts', () => {
    const [chart] = keyFigures([
      fact('The first strike killed 15 people', [15, 'people']),
      fact('A second strike killed 6 people', [6, 'people']),
      fact('200 people sheltered in the station', [200, 'people']),
    ]);
    expect(chart?.figures).toEqual([
      {label: 'The first strike killed people', value: 15},
      {label: 'A second strike killed people', value: 6},
    ]);
    const [drones] = keyFigures([
      fact('Russia launched 598 drones and 31 missiles', [598, 'drones'], [31, 'missiles']),
      fact('Ukraine’s defenses shot down 563 drones and 26 missiles', [563, 'drones'], [26, 'missiles']),
    ]);
    expect(drones?.figures.map((f) => f.label)).toEqual([
      'Russia launched drones',
      'Ukraine’s defenses shot down drones',
    ]);
    expect(barLabel('Three of them were rescued', 'rescued')).toBe('Three of them were rescued');
  });

  it.each([
    // A figure after another is labelled by the words between them when they say something of it: the fact's
    // head ("six electoral college votes") labelled the bar of 279 with another figure.
    [
      "six electoral college votes, for a total by NBC's reckoning of 279 electoral votes",
      'electoral votes',
      279,
      "a total by NBC's reckoning of electoral votes",
    ],
    ['The storm killed 15 people and injured at least 40', 'people', 40, 'injured people'],
    // Only a joiner between them: the fact's head names the action of both.
    ['Russia launched 598 drones and 31 missiles', 'missiles', 31, 'Russia launched missiles'],
    ['Russia launched 598 drones and 31 missiles', 'drones', 598, 'Russia launched drones'],
    ['between 2,000 and 3,000 troops', 'troops', 3000, 'between troops'],
  ] as const)('labels the bar of %j for %s %i as %j', (text, unit, value, label) => {
    expect(barLabel(text, unit, value)).toBe(label);
  });

  it.each([
    ['Russia launched 598 drones and 31 missiles', 'Russia launched'],
    ['Ukraine’s defenses shot down 563 drones', 'Ukraine’s defenses shot down'],
    ['killed at least 15 people', 'killed'],
    ['598 drones were launched', '598 drones were launched'],
    ['Three of them were rescued', 'Three of them were rescued'],
    ['a 5 km run', 'a 5 km run'],
  ])('labels %j as %j', (text, label) => {
    expect(figureLabel(text)).toBe(label);
  });

  it('folds plurals and scales bars', () => {
    expect(unitKey('Drones')).toBe(unitKey('drone'));
    expect(unitKey('casualties')).toBe(unitKey('casualty'));
    expect(unitKey('glass')).toBe('glass');
    expect(barCells(598, 598, 20)).toBe(20);
    expect(barCells(1, 1000, 20)).toBe(1);
    expect(barCells(0, 10, 20)).toBe(0);
  });
});

describe('panels and layout', () => {
  const a = analysis({
    summary: ['One two three four five six seven eight nine ten eleven twelve.'],
    people: [{...entity('A Very Long Name Indeed For A Person', 3), role: 'minister of everything'}],
    quotes: [{text: 'We go on', speaker: null}],
  });

  it("cuts a person's role within the role's own room: a word end only where it keeps half of it", () => {
    const spoke = analysis({
      people: [{...entity('Svitlana Vodolaha', 1), role: 'a spokeswoman for the city’s emergency service'}],
    });
    // articles/kyiv-strike.txt's spokeswoman in a 35-column panel: the role has 11 columns after the name.
    const line = lineText(panelLines('people', spoke, 35)[0] ?? {segments: []});
    expect(line.trim()).toBe('Svitlana Vodolaha · a spokesw… 1×');
    // With room, the cut falls between words.
    const wide = lineText(panelLines('people', spoke, 50)[0] ?? {segments: []});
    expect(wide).toContain('Svitlana Vodolaha · a spokeswoman for the…');
  });

  it('fits every line to the panel width', () => {
    for (const panel of ['summary', 'facts', 'quotes', 'people', 'places', 'organizations'] as const) {
      for (const l of panelLines(panel, a, 24))
        expect(displayWidth(lineText(l)), panel).toBeLessThanOrEqual(24);
    }
    expect(lineText(panelLines('quotes', a, 40)[0] ?? {segments: []})).toBe('unattributed — “We go on”');
    // Dimmed, where a named speaker is in the accent colour.
    expect(panelLines('quotes', a, 40)[0]?.segments[0]).toEqual({text: 'unattributed', role: 'muted'});
    const named = analysis({quotes: [{text: 'We go on', speaker: 'Ada Brill'}]});
    expect(panelLines('quotes', named, 40)[0]?.segments[0]).toEqual({text: 'Ada Brill', role: 'accent'});
    expect(lineText(panelLines('places', a, 40)[0] ?? {segments: []})).toBe('  no places found');
    expect(lineText(panelLines('summary', null, 40)[0] ?? {segments: []})).toBe('analysing…');
  });

  // The column a panel's first line starts at.
  const start = (lines: readonly Line[]) => {
    const text = lineText(lines[0] ?? {segments: []});
    return text.length - text.trimStart().length;
  };

  it.each(['summary', 'facts', 'quotes', 'people', 'places', 'organizations'] as const)(
    'starts %s\'s "none found", "analysing…" and failure lines where its entries start',
    (panel) => {
      const full = analysis({
        summary: ['Storm closes the coast road.'],
        facts: [fact('The storm cut power to 4,000 homes', [4000, 'homes'])],
        quotes: [{text: 'We go on', speaker: 'Ada Brill'}],
        people: [entity('Ada Brill', 2)],
        places: [entity('Port Alden', 3)],
        organizations: [entity('Coast Guard', 1)],
      });
      const entries = start(panelLines(panel, full, 40));
      expect(lineText(panelLines(panel, analysis(), 40)[0] ?? {segments: []})).toMatch(/^ *no .* found$/);
      expect(start(panelLines(panel, analysis(), 40))).toBe(entries);
      expect(start(panelLines(panel, null, 40))).toBe(entries);
      const failures = [{stage: PANEL_STAGES[panel], reason: 'boom'}];
      const failed = panelLines(panel, analysis({failures}), 40);
      expect(failed.map(lineText).join(' ')).toMatch(/failed: +boom/);
      // Its wrapped lines keep the same left edge too.
      for (const l of failed) expect(start([l])).toBe(entries);
    },
  );

  it.each([
    // wants, total lines (a title each included), focus → content lines per panel
    // Everything fits: each panel takes what it needs, the rest stays below the column (no hole in it).
    [[3, 6, 1], 41, 0, [3, 6, 1]],
    [[1, 1, 1], 12, 1, [1, 1, 1]],
    // Not enough: the focused panel first, as much as it needs; the others share the rest.
    [[10, 10, 10], 12, 0, [9, 0, 0]],
    [[2, 10, 10], 12, 0, [2, 4, 3]],
    // Panels that need little get all of it; the spare goes to the ones that need more.
    [[4, 1, 12, 2], 16, 0, [4, 1, 5, 2]],
    [[5, 5], 3, 1, [0, 1]],
    // Not even a line per title: nothing but titles.
    [[5, 5, 5], 2, 0, [0, 0, 0]],
    // No focused panel in this column (the other column has it): shared by need alone.
    [[15, 8, 6], 41, -1, [15, 8, 6]],
    [[63, 20, 15], 41, -1, [13, 13, 12]],
  ] as [number[], number, number, number[]][])(
    'allocate(%j, %i, focus %i) → %j',
    (wants, total, focus, heights) => {
      expect(allocate(wants, total, focus)).toEqual(heights);
    },
  );

  it('never gives a panel more than it needs or the column more than its lines', () => {
    for (const total of [2, 6, 10, 30, 60]) {
      for (const focus of [-1, 0, 3, 5]) {
        const wants = [4, 9, 1, 20, 3, 2];
        const h = allocate(wants, total, focus);
        expect(h.reduce((s, x) => s + x, 0) + wants.length).toBeLessThanOrEqual(
          Math.max(total, wants.length),
        );
        h.forEach((x, i) => expect(x).toBeLessThanOrEqual(wants[i] ?? 0));
      }
    }
  });

  it('is two columns from 100 columns wide, one below', () => {
    expect(articleLayout(a, 100, 30, 0).columns).toHaveLength(2);
    expect(articleLayout(a, 99, 30, 0).columns).toHaveLength(1);
    const narrow = articleLayout(a, 60, 12, 2);
    const used = narrow.columns[0]?.reduce((s, p) => s + p.height + 1, 0);
    expect(used).toBeLessThanOrEqual(12);
  });
});

describe('quoteText', () => {
  it.each([
    [
      'Russia chooses ballistics instead of the negotiating table,',
      'Russia chooses ballistics instead of the negotiating table',
    ],
    ['We will rebuild,  ', 'We will rebuild'],
    ['Yes, we will.', 'Yes, we will.'],
    ['Why?', 'Why?'],
    ['\u001b[31mred,', 'red'],
  ])('%j is shown as %j', (text, shown) => {
    expect(quoteText(text)).toBe(shown);
  });
});

describe('panel window', () => {
  const facts = [
    ...bullet('first fact, two lines', 20, '• ', undefined, 0),
    ...bullet('second fact, also two lines', 20, '• ', undefined, 1),
  ];
  const box = (height: number) => ({id: 'facts' as const, width: 20, height, lines: facts, selects: false});

  it('ends a line cut from the rest of its entry with "…", within the width', () => {
    const cut = panelWindow(box(3), 0);
    expect(cut.lines.map(lineText)).toEqual(['• first fact, two', '  lines', '• second fact, also…']);
    expect(cut).toMatchObject({up: false, down: true});
    // Cut between two entries: nothing to mark.
    expect(panelWindow(box(2), 0).lines.map(lineText).join('|')).not.toContain('…');
    expect(panelWindow(box(2), 5)).toMatchObject({up: true, down: false});
  });

  it('never cuts a bar chart after its first bar: the chart stays below the foot whole', () => {
    const strike = analysis({
      facts: [
        fact('Russia launched 598 drones and 31 missiles', [598, 'drones'], [31, 'missiles']),
        fact('Ukraine’s defenses shot down 563 drones and 26 missiles', [563, 'drones'], [26, 'missiles']),
      ],
    });
    const lines = panelLines('facts', strike, 80);
    const charts = (height: number) =>
      panelWindow({id: 'facts', width: 80, height, lines, selects: false}, 0).lines.map(lineText);
    const missiles = lines.map(lineText).findIndex((l) => l.startsWith('Key figures: missiles'));
    expect(missiles).toBeGreaterThan(0);
    // A foot right after the missiles chart's first bar: neither its title nor that bar shows, and the arrow says more.
    const cut = charts(missiles + 2);
    expect(
      cut.filter((l) => l.startsWith('Key figures: missiles') || (l.includes('█') && l.includes('missiles'))),
    ).toEqual([]);
    expect(cut.join('|')).toContain('Key figures: drones');
    expect(panelWindow({id: 'facts', width: 80, height: missiles + 2, lines, selects: false}, 0).down).toBe(
      true,
    );
    // Room for the whole chart: its title and both bars.
    expect(charts(missiles + 3).slice(missiles)).toEqual([
      expect.stringMatching(/^Key figures: missiles/),
      expect.stringMatching(/█ 31$/),
      expect.stringMatching(/█ 26$/),
    ]);
    // A chart taller than the window is shown as far as it fits rather than not at all.
    const chartOnly = chartLines(strike, 80).slice(1);
    expect(
      panelWindow({id: 'facts', width: 80, height: 2, lines: chartOnly, selects: false}, 0).lines.map(
        lineText,
      )[0],
    ).toBe('Key figures: drones');
  });

  it('has no arrows when the panel has no lines', () => {
    expect(panelWindow(box(0), 2)).toEqual({lines: [], up: false, down: false});
  });

  it.each([
    ['abcdef', 6, 'abcde…'],
    ['abc   ', 10, 'abc…'],
    ['ab', 3, 'ab…'],
    // A wrapped line of articles/kyiv-strike.txt's summary that fills its width: the last word gives way whole.
    ['killed at least 15 people in', 28, 'killed at least 15 people…'],
    ['killed at least 15 people in', 29, 'killed at least 15 people in…'],
  ])('withEllipsis(%j, %i) → %j', (text, width, expected) => {
    expect(lineText(withEllipsis(line(text), width))).toBe(expected);
  });

  it('draws a title rule to the exact width, cutting a long title without "…"', () => {
    expect(titleRule('▶ Full text ', 20)).toBe(`▶ Full text ${'─'.repeat(8)}`);
    expect(titleRule('  Organizations (12) ', 8)).toBe('  Organi');
    expect(titleRule('x', 0)).toBe('');
  });
});

describe('entity lines', () => {
  it('highlights whole-word forms only', () => {
    const segs = highlight(
      'Zelensky met Zelenskyy and Mr. Zelensky',
      ['Zelensky', 'Mr. Zelensky'],
      'highlight',
    );
    expect(segs.filter((s) => s.role === 'highlight').map((s) => s.text)).toEqual([
      'Zelensky',
      'Mr. Zelensky',
    ]);
    expect(highlight('no match', [], 'highlight')).toEqual([{text: 'no match'}]);
  });

  it('marks what a whole-word pattern of the forms would, longest form first (random texts)', () => {
    // The reference: the regular expression highlight() used before it scanned for the forms itself.
    const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const reference = (text: string, forms: string[]): string[] => {
      const usable = [...new Set(forms.map((f) => f.trim()).filter((f) => f.length > 1))].sort(
        (x, y) => y.length - x.length,
      );
      if (usable.length === 0) return [];
      const pattern = new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${usable.map(escape).join('|')})(?![\\p{L}\\p{N}])`,
        'gu',
      );
      return [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`);
    };
    const marked = (text: string, forms: string[]): string[] => {
      let at = 0;
      const out: string[] = [];
      for (const s of highlight(text, forms, 'highlight')) {
        if (s.role === 'highlight') out.push(`${at}:${s.text}`);
        at += s.text.length;
      }
      return out;
    };
    // Pieces that meet at word edges in every way: letters (accented, Cyrillic, an astral math letter), digits,
    // an emoji, punctuation, spaces and the forms' own words.
    const pieces = [
      'Ana',
      'Anna',
      'Ana Vel',
      'Vel',
      'é',
      'Ж',
      '𝐀',
      '7',
      '😀',
      ' ',
      ' ',
      ',',
      '.',
      "'s",
      '-',
      'Mr.',
      '(',
      'a',
    ];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const formSets = [
      ['Ana', 'Ana Vel', 'Vel'],
      ['Anna', 'Ana'],
      ['Mr. Vel', 'Vel', ' Ana '],
      ['7 Ana', 'a', 'Ж'],
      ['𝐀na', 'é Vel'],
    ];
    let matches = 0;
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({length: 1 + next(14)}, () => pieces[next(pieces.length)]).join('');
      const forms = formSets[i % formSets.length] ?? [];
      const expected = reference(text, forms);
      matches += expected.length;
      expect(marked(text, forms), `${JSON.stringify(text)} ${JSON.stringify(forms)}`).toEqual(expected);
    }
    // The texts hold many matches (and many near misses), not only lines with none.
    expect(matches).toBeGreaterThan(1000);
  });

  it('highlights the same with a pattern kept from earlier lines, past the number of patterns kept', () => {
    const marked = (text: string, forms: string[]) =>
      highlight(text, forms, 'highlight')
        .filter((s) => s.role === 'highlight')
        .map((s) => s.text);
    const text = 'Olena Petrenko met Petrenko, then Dmytro Petrenko and Olena again';
    expect(marked(text, ['Olena Petrenko', 'Petrenko'])).toEqual(['Olena Petrenko', 'Petrenko', 'Petrenko']);
    // Many other entities' forms in between, and the same twice in a row (the kept pattern's lastIndex).
    for (let i = 0; i < 100; i++) marked(text, [`Name${i}`, 'Olena']);
    expect(marked(text, ['Olena', 'Name1'])).toEqual(['Olena', 'Olena']);
    expect(marked(text, ['Olena', 'Name1'])).toEqual(['Olena', 'Olena']);
    expect(marked(text, ['Olena Petrenko', 'Petrenko'])).toEqual(['Olena Petrenko', 'Petrenko', 'Petrenko']);
    expect(marked(text, ['Dmytro Petrenko'])).toEqual(['Dmytro Petrenko']);
  });

  it('lists each article with its sentences and quotes, and scrolls the selected one into view', () => {
    const occ = (i: number) => ({
      articleId: `a${i}`,
      title: `Article ${i}`,
      date: '2024-01-01',
      mentions: 1,
      sentences: [`Sentence ${i} names X.`],
      quotes: [{text: `quote ${i}`, speaker: 'X'}],
    });
    const lines = occurrenceLines([occ(0), occ(1), occ(2)], ['X'], 60);
    expect(lines.map(lineText)).toContain('  · Sentence 1 names X.');
    expect(lines.map(lineText)).toContain('  — “quote 2”');
    expect(occurrenceOffset(lines, 0, 4)).toBe(0);
    expect(lines[occurrenceOffset(lines, 1, 4)]?.item).toBe(1);
    expect(occurrenceOffset(lines, 2, 4)).toBe(lines.length - 4);
  });

  it('lays out only the articles that can be on screen, showing the same lines as laying out all of them', () => {
    // Made-up articles of 0-3 sentences and quotes each, some long enough to wrap.
    const occurrence = fc.record({
      title: fc.string({maxLength: 30}),
      sentences: fc.array(fc.constantFrom('X spoke.', 'A long sentence in which X says a great deal more.'), {
        maxLength: 3,
      }),
      quotes: fc.array(fc.constantFrom('Yes.', 'We will rebuild the bridge and the school.'), {maxLength: 2}),
    });
    fc.assert(
      fc.property(
        fc.array(occurrence, {minLength: 1, maxLength: 12}),
        fc.nat(40),
        fc.nat(20),
        fc.integer({min: 1, max: 30}),
        (raw, first, pick, height) => {
          const occurrences = raw.map((o, i) => ({
            articleId: `a${i}`,
            title: o.title,
            date: null,
            mentions: 1,
            sentences: o.sentences,
            quotes: o.quotes.map((text) => ({text, speaker: 'X'})),
          }));
          const selected = first + (pick % occurrences.length);
          const all = occurrenceLines(occurrences, ['X'], 40, first);
          const some = visibleOccurrenceLines(occurrences, ['X'], 40, first, selected, height);
          const shown = (lines: typeof all) => {
            const at = occurrenceOffset(lines, selected, height);
            return lines.slice(at, at + height).map((l) => [l.item, lineText(l)]);
          };
          expect(shown(some)).toEqual(shown(all));
          expect(some.length).toBeLessThanOrEqual(all.length);
        },
      ),
    );
  });
});
