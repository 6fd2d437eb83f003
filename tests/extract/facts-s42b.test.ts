// Round s42b: fact texts a reader could not read (made-up text). A verbless fragment of a few words is shown as its
// short sentence; an age at death after a death told as a noun names whose; a time zone's offset is no fact. Each
// with a look-alike where the text or the fact must stay as it was.
import {describe, expect, it} from 'vitest';
import {explainFacts} from '../../src/extract/facts.js';
import type {Sentence} from '../../src/extract/pipeline.js';

const sentences = (texts: readonly string[], oneParagraph = false): Sentence[] =>
  texts.map((text, index) => ({text, paragraph: oneParagraph ? 0 : index, start: 0, index}));
const texts = (lines: readonly string[], title = '', oneParagraph = false): string[] =>
  explainFacts(sentences(lines, oneParagraph), title).facts.map((f) => f.text);

describe('fragment-whole-sentence: a verbless fragment of a few words is shown as its sentence', () => {
  it.each([
    [
      'Ten years later, she led the Varn part of the joint station mission symbolizing that the long race was over.',
      'Ten years later, she led the Varn part of the joint station mission symbolizing that the long race was over',
    ],
    [
      'Six of the boats were, according to the harbour master, "beyond repair" and five of those sank.',
      'Six of the boats were, according to the harbour master, "beyond repair" and five of those sank',
    ],
  ])('%s', (text, shown) => {
    expect(texts([text])).toEqual([shown]);
  });
  // Look-alikes: a short text with its verb stays cut; a fragment of a sentence past 30 words is not shown whole.
  it('a short cut text with a verb, and a fragment of a long sentence, stay as cut', () => {
    expect(texts(['Altogether, fifteen delegates defected.'])).toEqual([
      'Altogether, fifteen delegates defected',
    ]);
    const long =
      'Ten years later, she led the Varn part of the joint station mission symbolizing that the long race between the two old rival agencies of the northern and the southern coast was over at last.';
    expect(texts([long])).toEqual(['Ten years later']);
  });
});

describe('age-with-death: a death told as a noun', () => {
  const title = 'Cosmonaut Ivo Petrak dies aged 85';
  it('"the death of X … He was 85" names whose death', () => {
    expect(
      texts(
        [
          'On Friday, the space agency announced the death of cosmonaut Ivo Petrak.',
          'Petrak was the first to walk on the Varn station.',
          'He was 85.',
        ],
        title,
        true,
      ),
    ).toContain('the death of cosmonaut Ivo Petrak. He was 85');
  });
  // Look-alike: "the death of" a thing, not a named person: the age is left as it was.
  it('the death of no one named leaves the age alone', () => {
    expect(
      texts(['On Friday, the agency announced the death of the old programme.', 'He was 85.'], title, true),
    ).not.toContain('the death of the old programme. He was 85');
  });
});

describe('zone-offset: a time zone offset is no fact', () => {
  it('UTC+0900 counts nothing; a count beside "local time" still does', () => {
    expect(texts(['The mayor was found dead on Friday morning, local time (UTC+0900).'])).toEqual([]);
    expect(texts(['Police counted 900 boats on Friday, local time.'])).toEqual([
      'Police counted 900 boats on Friday',
    ]);
  });
});

describe('year texts cut inside an apposition or at a participle', () => {
  it('"the capital, Varn, fell … in 2014" is shown whole, not from the name', () => {
    expect(texts(['The war began when the capital, Varn, fell to the rebels in 2014.'])).toEqual([
      'The war began when the capital, Varn, fell to the rebels in 2014',
    ]);
  });
  it('"In 2014, also suggesting …" is no text of its own', () => {
    expect(
      texts([
        'In 2014, also suggesting that simple life could survive on Varn, Ruiz and her colleagues, using the chambers at the Varn Space Centre, studied some lichens, including one which can grow high up in the mountains.',
      ]),
    ).toEqual([]);
  });
  // Look-alike: a year clause opening after a comma on its own subject stays as cut.
  it('a clause after a comma opening on its subject stays', () => {
    expect(texts(['Officially, the harbour of Varn closed in 2014, after the storms.'])).toEqual([
      'the harbour of Varn closed in 2014',
    ]);
  });
});
