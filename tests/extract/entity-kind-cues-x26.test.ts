import {describe, expect, it} from 'vitest';
import {runEntities} from '../helpers/entities.js';

// Names a tester found given the wrong kind, or missed, in news the extractor had never seen. One row per cue: the
// text must give `name` the kind `kind`; the look-alike must not give `fpName` the kind `fpNot` (where a
// look-alike exists). Names are made up, in made-up sentences (a few real names where the case is about them).
type Kind = 'person' | 'place' | 'organization';
interface Row {
  text: string;
  name: string;
  kind: Kind;
  fp?: string;
  fpName?: string;
  fpNot?: Kind;
}

const rows: Record<string, Row> = {
  // cues.ts PERSON_ACTS_AFTER, read by person-shape: unknown given name and surname, then a person's act.
  'person-arrives': {
    text: 'Narendra Modi arrived in Dhaka on Tuesday for two days of talks.',
    name: 'Narendra Modi',
    kind: 'person',
    fp: 'Red Hat arrived on the market in 1993.',
    fpName: 'Red Hat',
    fpNot: 'person',
  },
  // cited-source: "announced" of two words the lexicon lacks is no outlet's cue; a body still announces.
  'person-announces': {
    text: 'Velmir Tarkan announced a new rail link on Tuesday. Microsoft announced a new office in the city.',
    name: 'Velmir Tarkan',
    kind: 'person',
    fp: 'Velmir Tarkan announced a new rail link on Tuesday. Microsoft announced a new office in the city.',
    fpName: 'Microsoft',
    fpNot: 'person',
  },
  'title-before-announces': {
    text: 'Prime Minister Velmir Tarkan announced a new rail link on Tuesday.',
    name: 'Velmir Tarkan',
    kind: 'person',
  },
  // context-later.ts winsSeats in party-before-mp
  'party-wins-seats': {
    text: 'The vote was a triumph as Sinn Féin won the most seats in the election.',
    name: 'Sinn Féin',
    kind: 'organization',
  },
  // kind-features.ts speaks: a verb after "in X" is not X's
  'placed-name-does-not-speak': {
    text: 'Police in Santa Cruz said two men were held on Monday.',
    name: 'Santa Cruz',
    kind: 'place',
  },
  // kind-rules-people.ts personLikeShape: a town of the gazetteer that no given name opens
  'gazetteer-town-no-person': {
    text: 'Officials said Santa Cruz would be hit hardest.',
    name: 'Santa Cruz',
    kind: 'place',
    fp: 'Santa Cruz said it had asked the state for help.',
    fpName: 'Santa Cruz',
    fpNot: 'person',
  },
  // context-later.ts GROUP_CLAIMS with GROUP_ATTACKS and GROUP_WEAPONS
  'group-fires-rockets': {
    text: 'On Monday, Velkam fired rockets at towns in the south. Officials said Velkam had also launched drones.',
    name: 'Velkam',
    kind: 'organization',
    fp: 'On Monday, Varnco launched a new phone.',
    fpName: 'Varnco',
    fpNot: 'organization',
  },
  // context-later.ts GROUP_OF_BEFORE ("-backed") and GROUP_MEMBERS_OF ("leader of")
  'group-backed-and-led': {
    text: 'Residents said Varn-backed Velkam had moved into the town. The leader of Velkam spoke on television.',
    name: 'Velkam',
    kind: 'organization',
  },
  // cues.ts GROUP_MEMBERS_AFTER "leader" (singular too): a body's leader, named after it
  'body-leader-after': {
    text: 'On Monday, Velna Dall leader Ardo Pell said the result was historic.',
    name: 'Velna Dall',
    kind: 'organization',
    fp: 'On Monday, Velna Dall leader Ardo Pell said the result was historic.',
    fpName: 'Ardo Pell',
    fpNot: 'organization',
  },
};

const KEYS = {person: 'people', place: 'places', organization: 'organizations'} as const;

function kindOf(text: string, name: string): Kind | undefined {
  const doc = runEntities([text]);
  for (const kind of ['person', 'place', 'organization'] as const)
    if (doc[KEYS[kind]].some((e) => e.name === name)) return kind;
  return undefined;
}

describe('kind cues met in unseen news', () => {
  for (const [id, row] of Object.entries(rows)) {
    it(`${id}: ${row.name} is a ${row.kind}`, () => {
      expect(kindOf(row.text, row.name)).toBe(row.kind);
    });
    const {fp, fpName, fpNot} = row;
    if (fp && fpName && fpNot)
      it(`${id}: ${fpName} is no ${fpNot}`, () => {
        expect(kindOf(fp, fpName)).not.toBe(fpNot);
      });
  }

  // spans.ts with context-words.ts placeNounBeside: a title word beside a place noun opens the place's name;
  // kind-noun reads the noun (context-later.ts divisionAfter, placeNounOf).
  it.each([
    'Floods hit Sultan Varnak province on Monday.',
    'The river burst its banks in the province of Sultan Varnak on Monday.',
  ])('a title word opening a place beside a place noun is part of the place: %s', (text) => {
    const doc = runEntities([text]);
    expect(doc.people.map((p) => p.name)).toEqual([]);
    expect(doc.places.map((p) => p.name)).toEqual(['Sultan Varnak']);
  });
  it('a title word after "in" makes no person', () => {
    expect(runEntities(['Five people died in Sultan Varnak on Monday.']).people).toEqual([]);
  });
  it('a title before a name with no place noun still makes a person', () => {
    expect(runEntities(['Sultan Varnak opened the new bridge on Monday.']).people.map((p) => p.name)).toEqual(
      ['Varnak'],
    );
  });
});
