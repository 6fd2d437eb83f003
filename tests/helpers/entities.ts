import {entitiesStage} from '../../src/extract/entities.js';
import {newDoc, type Doc} from '../../src/extract/pipeline.js';
import {quotesStage} from '../../src/extract/quotes.js';
import {splitSentences} from '../../src/extract/sentences.js';

/** Runs the pipeline up to entities over `paragraphs` (and bylines), as extract() would. */
export function runEntities(paragraphs: string[], authors: string[] = []): Doc {
  const doc = newDoc({title: '', paragraphs, authors});
  doc.sentences = splitSentences(paragraphs);
  entitiesStage.run(doc);
  return doc;
}

/** Runs the pipeline up to quotes over `paragraphs`: entities, then quotes and their speakers. */
export function runQuotes(paragraphs: string[]): Doc {
  const doc = runEntities(paragraphs);
  quotesStage.run(doc);
  return doc;
}

/** The people found, each as "name" or "name · role". */
export function peopleOf(paragraphs: string[]): string[] {
  return runEntities(paragraphs).people.map((p) => (p.role ? `${p.name} · ${p.role}` : p.name));
}

/** The entities of one kind, each as its name and aliases sorted, in order of name: how grouping tests compare. */
export function namesOf(paragraphs: string[], kind: 'people' | 'places' | 'organizations'): string[][] {
  const found = runEntities(paragraphs)[kind];
  return found
    .map((e) => [e.name, ...e.aliases].sort())
    .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}
