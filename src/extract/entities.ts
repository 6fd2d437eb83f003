import type {Form} from './entities/classify.js';
import {readContext} from './entities/context.js';
import {nameKey} from './entities/gazetteer.js';
import {groupForms, toEntity} from './entities/merge.js';
import {findSpans} from './entities/spans.js';
import type {Doc, Stage} from './pipeline.js';
import type {Entity} from './types.js';

/** Collects every capitalised name of the article, grouped by written form, with contexts. */
function collectForms(doc: Doc): Form[] {
  const forms = new Map<string, Form>();
  const sentences = [{text: doc.input.title, index: -1, paragraph: -1}, ...doc.sentences];
  sentences.forEach((sentence, i) => {
    const following = sentences[i + 1];
    const next = following && following.paragraph === sentence.paragraph ? following.text : '';
    for (const span of findSpans(sentence.text, sentence.index)) {
      const key = nameKey(span.text);
      if (key === '') continue;
      let form = forms.get(key);
      if (!form) {
        form = {text: span.text, spans: [], contexts: [], midSentence: false};
        forms.set(key, form);
      }
      form.spans.push(span);
      form.contexts.push(readContext(sentence.text, span.start, span.end, next));
      // Title words are capitalised in headlines, so the title never proves a capital meaningful.
      if (!span.initial && sentence.index >= 0) form.midSentence = true;
    }
  });
  return [...forms.values()];
}

/** Adds the bylines as people, joining an entry that already names them. */
function addAuthors(people: Entity[], authors: readonly string[]): void {
  for (const author of authors) {
    const key = nameKey(author);
    if (key === '') continue;
    const known = people.find((p) => nameKey(p.name) === key || p.aliases.some((a) => nameKey(a) === key));
    if (!known) people.push({name: author.trim(), aliases: [], mentions: 1});
  }
}

/** The outlet named in a feed footer is an organization the file names, even though the footer is not body text. */
function addOutlet(organizations: Entity[], outlet: string | null | undefined): void {
  const key = outlet ? nameKey(outlet) : '';
  if (!outlet || key === '') return;
  const known = organizations.find(
    (o) => nameKey(o.name) === key || o.aliases.some((a) => nameKey(a) === key),
  );
  if (known) known.mentions += 1;
  else organizations.push({name: outlet.trim(), aliases: [], mentions: 1});
}

/** Finds people, places and organizations, merging the forms of each into one entry. */
export const entitiesStage: Stage = {
  name: 'entities',
  needs: ['sentences'],
  fills: ['people', 'places', 'organizations'],
  run: (doc) => {
    const groups = groupForms(collectForms(doc));
    const byMentions = (a: Entity, b: Entity) => b.mentions - a.mentions;
    doc.people = groups
      .filter((g) => g.kind === 'person')
      .map(toEntity)
      .sort(byMentions);
    doc.places = groups
      .filter((g) => g.kind === 'place')
      .map(toEntity)
      .sort(byMentions);
    doc.organizations = groups
      .filter((g) => g.kind === 'organization')
      .map(toEntity)
      .sort(byMentions);
    addAuthors(doc.people, doc.input.authors ?? []);
    addOutlet(doc.organizations, doc.input.outlet);
  },
};
