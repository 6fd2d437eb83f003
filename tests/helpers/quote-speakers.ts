import {entitiesStage} from '../../src/extract/entities.js';
import {newDoc} from '../../src/extract/pipeline.js';
import {quotesStage} from '../../src/extract/quotes.js';
import {splitSentences} from '../../src/extract/sentences.js';

/** Each quote of a made-up story as "speaker ← its first three words" (speaker "null" when none), in order. */
export const speakers = (paragraphs: string[], title = ''): string[] => {
  const doc = newDoc({title, paragraphs, authors: []});
  doc.sentences = splitSentences(paragraphs);
  entitiesStage.run(doc);
  quotesStage.run(doc);
  return doc.quotes.map((q) => `${q.speaker ?? 'null'} ← ${q.text.split(' ').slice(0, 3).join(' ')}`);
};
