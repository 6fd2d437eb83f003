import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {extract, toExtractInput} from '../../src/extract/index.js';
import {readArticleFile} from '../../src/library/read-article.js';
import {tempDir} from '../helpers/temp-dir.js';

// A made-up article in the shape of a Wikinews page saved as text: each quote's original wording follows it after
// a language note, and extraction must not read that wording for facts, quotes or names.
const ARTICLE = `# Mayor of Eastport found safe

Mayor Kim Doyun of Eastport was found safe on Friday after a search of 9 hours, police said.

His daughter told police he "left home four hours ago after leaving words like a will." ((ko))Korean language: \u200d4~5시간 전에 아버지가 유언 같은 말을 남기고 집을 나갔는데 전화기가 꺼져 있다 Officers searched the hills north of the city.

The city's deputy mayor, Ana Ruiz, said, "The mayor is safe and resting." ((es))Spanish language: \u200dEl alcalde Carlos Mendoza Ortega está a salvo y descansando.
`;

describe('original-language text marked as a quote’s original', () => {
  const dir = tempDir();
  const path = join(dir, 'eastport.md');
  writeFileSync(path, ARTICLE);
  const read = readArticleFile(path);
  if (!read.ok) throw new Error(read.skipped.reason);
  const analysis = extract(toExtractInput(read.article));
  const all = JSON.stringify(analysis);

  it('gives no fact, quote or summary text from the original', () => {
    expect(all).not.toMatch(/[\uac00-\ud7af]/u);
    expect(all).not.toContain('alcalde');
    expect(all).not.toContain('((');
  });
  it('reads no names out of the original', () => {
    const names = [...analysis.people, ...analysis.places, ...analysis.organizations].map((e) => e.name);
    expect(names.join('|')).not.toMatch(/Mendoza/);
  });
  it('still reads the English around it', () => {
    expect(analysis.quotes.map((q) => q.text)).toContain('The mayor is safe and resting.');
    expect(analysis.people.map((p) => p.name)).toContain('Ana Ruiz');
  });
});
