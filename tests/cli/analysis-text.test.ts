import {describe, expect, it} from 'vitest';
import {formatAnalysis, wrapForTerminal} from '../../src/cli/analysis-text.js';
import {showCommand} from '../../src/cli/commands.js';
import {displayWidth} from '../../src/ui/text.js';
import {tempDir} from '../helpers/temp-dir.js';
import type {Analysis} from '../../src/extract/index.js';

const empty: Analysis = {summary: [], people: [], places: [], organizations: [], quotes: [], facts: []};

describe('brief show / extract text output', () => {
  it('names a quote’s speaker, and says “unattributed” when it has none', () => {
    const text = formatAnalysis({
      ...empty,
      quotes: [
        {text: 'We will rebuild,', speaker: 'Olena Petrenko'},
        {text: 'The sirens went on all night.', speaker: null},
      ],
    });
    // The clause's comma stays in the extracted text, not inside the marks of a quote shown on its own.
    expect(text).toContain('Olena Petrenko — “We will rebuild”');
    expect(text).toContain('unattributed — “The sirens went on all night.”');
    expect(text).not.toContain('unnamed');
  });

  it.each([
    ['Heartbroken and numb,', 'Heartbroken and numb'],
    ['We will rebuild ,', 'We will rebuild'],
    ['One, two, three', 'One, two, three'],
    ['Is it over?', 'Is it over?'],
  ])('shows the quote %j as “%s”', (quote, shown) => {
    expect(formatAnalysis({...empty, quotes: [{text: quote, speaker: 'Erick Rowan'}]})).toContain(
      `Erick Rowan — “${shown}”\n`,
    );
  });
});

// In a terminal the text was left for the terminal to wrap: at 60 columns "including four chi" / "ldren", and each
// continuation ran to the margin under the item's indent.
describe('brief show in a terminal', () => {
  const SENTENCE =
    'An hourslong barrage of Russian missiles and drones killed at least 15 people in the capital, including four children.';

  it('word-wraps each line under its indent, two columns further in for an item', () => {
    const text = formatAnalysis({
      ...empty,
      summary: [SENTENCE],
      facts: [{text: SENTENCE, sentence: SENTENCE, values: []}],
    });
    const wrapped = wrapForTerminal(`${text}Text\n\n${SENTENCE}\n`, 60);
    const lines = wrapped.split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(59);
    expect(lines).toContain('  An hourslong barrage of Russian missiles and drones');
    expect(lines).toContain('  • An hourslong barrage of Russian missiles and drones');
    expect(lines).toContain('    killed at least 15 people in the capital, including');
    expect(lines).toContain('An hourslong barrage of Russian missiles and drones killed');
    // No word cut in two, and nothing lost.
    expect(wrapped.replace(/\s+/g, ' ')).toBe(`${text}Text\n\n${SENTENCE}\n`.replace(/\s+/g, ' '));
  });

  it('stops at 100 columns in a wider terminal, and leaves lines that fit as they are', () => {
    const long = `  ${SENTENCE} ${SENTENCE}`;
    expect(
      wrapForTerminal(long, 200)
        .split('\n')
        .map(displayWidth)
        .every((w) => w <= 100),
    ).toBe(true);
    expect(wrapForTerminal('  Olena Petrenko — “We will rebuild”', 40)).toBe(
      '  Olena Petrenko — “We will rebuild”',
    );
  });

  it('gives emoji sequences as every terminal counts them, in lines that fit and lines it wraps', () => {
    const family = 'Family 👨\u200d👩\u200d👧 day 👍🏽';
    expect(wrapForTerminal(family, 80)).toBe('Family 👨👩👧 day 👍');
    expect(wrapForTerminal(`${SENTENCE} ${family}`, 60)).toContain('👨👩👧 day 👍');
  });

  it('brief show wraps in a terminal and not in a pipe', async () => {
    const lib = tempDir({
      'ferry.md': `---\ntitle: Ferry returns\ndate: 2024-02-02\n---\n\n${SENTENCE} ${SENTENCE}\n`,
    });
    const shown = async (terminal: boolean) => {
      const out: string[] = [];
      const io = {out: (t: string) => void out.push(t), err: () => {}, terminal, columns: 60};
      expect(await showCommand(lib, 'ferry', false, io)).toBe(0);
      return out.join('');
    };
    expect((await shown(true)).split('\n').every((l) => displayWidth(l) <= 59)).toBe(true);
    expect(await shown(false)).toContain(`\n${SENTENCE} ${SENTENCE}\n`);
  }, 60_000);
});
