import type {Stage} from './pipeline.js';
import {captionParagraphs, withoutDateline} from './summary/filters.js';
import {rankSummary} from './summary/rank.js';

/** Sentences in a summary unless asked otherwise. */
export const SUMMARY_SENTENCES = 3;

/** Picks the summary sentences: extractive, in article order, lead-weighted, without repeats or boilerplate. */
export const summaryStage: Stage = {
  name: 'summary',
  needs: ['sentences', 'people', 'places', 'organizations', 'facts', 'factBackground'],
  fills: ['summary'],
  run: (doc) => {
    // The names the article keeps coming back to: a sentence that names them is about the story.
    const names = [...doc.people, ...doc.places, ...doc.organizations]
      .filter((e) => e.mentions >= 2)
      .sort((a, b) => b.mentions - a.mentions)
      .slice(0, 5)
      .map((e) => e.name);
    const captions = captionParagraphs(doc.sentences);
    const shown = doc.sentences.filter((s) => !captions.has(s.paragraph)).map((s) => s.text);
    const first = shown[0];
    doc.summary = rankSummary(
      shown,
      {
        title: doc.input.title,
        names,
        // A sentence whose facts only date the past ("In 2016, a user shared a news article") is background.
        factSentences: new Set(
          doc.facts.map((f) => f.sentence).filter((text) => !doc.factBackground.has(text)),
        ),
      },
      SUMMARY_SENTENCES,
    ).map((text) => (text === first ? withoutDateline(text) : text));
  },
};
