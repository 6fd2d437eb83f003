import {describe, expect, it} from 'vitest';
import {entitiesStage} from '../../src/extract/entities.js';
import {KIND_SURE_MARGIN} from '../../src/extract/entities/kind-weights.js';
import {newDoc} from '../../src/extract/pipeline.js';
import {splitSentences} from '../../src/extract/sentences.js';
import {entityTrace} from '../helpers/explain-entities.js';

// Kind errors of the shapes issue 9 lists from news brief had not seen (a faith typed as a place, a firm as a place,
// a paper as a person, an event as a body, a region as a person), each in made-up text: the general pattern, and
// the evidence that now weighs against the wrong kind.
const kindOf = (paragraphs: string[], name: string): string =>
  entityTrace(paragraphs).find((e) => e.subject === name)?.outcome ?? 'absent';

describe('entity kinds: evidence against the wrong kind', () => {
  it('a faith after "in" is no place: its adjective is a faith\'s, or it is what one converts to', () => {
    expect(kindOf(['He was educated and nurtured in Islam.'], 'Islam')).toBe('dropped');
    expect(kindOf(['Others were raised in Hinduism.'], 'Hinduism')).toBe('dropped');
    expect(kindOf(['Amira Sadek converted to Velism in 2004 and was nurtured in Velism.'], 'Velism')).toBe(
      'dropped',
    );
    // Look-alike: an unknown word only ever after "in" is still a place.
    expect(kindOf(['Schools closed in Velmar, and roads in Velmar flooded.'], 'Velmar')).toBe('place');
  });

  it('a facility named after a person, title and all, is a place; a place word that is a surname stays a name', () => {
    const base = ['Soldiers were infected at General Tomas Virk Riquelme Base on the island.'];
    expect(kindOf(base, 'General Tomas Virk Riquelme Base')).toBe('place');
    expect(kindOf(base, 'Tomas Virk Riquelme Base')).toBe('absent');
    expect(kindOf(['Flights to Ana Lind Airport resumed on Monday.'], 'Ana Lind Airport')).toBe('place');
    // Look-alikes: a title and a person whose surname is a place word that is not a facility's.
    expect(kindOf(['General Tomas Hill said the troops would stay.'], 'Tomas Hill')).toBe('person');
    expect(kindOf(['Senator Ana Street told reporters she would vote.'], 'Ana Street')).toBe('person');
  });

  it("a name that only ever modifies a noun for a vessel is the vessel's, title and all; a country stays a place", () => {
    const ship = ['Nine cases were found on the Sergeant Varno supply vessel that visited the base.'];
    expect(kindOf(ship, 'Varno')).toBe('dropped');
    expect(kindOf(['The Holm ferry left at dawn, and the Holm ferry came back at noon.'], 'Holm')).toBe(
      'dropped',
    );
    // Look-alikes: a place the gazetteer knows, and a titled person named elsewhere without the vessel.
    expect(kindOf(['A Japanese bomber attacked a U.S. vessel in February.'], 'U.S.')).toBe('place');
    const captain = [
      'Sergeant Varno Pell boarded the supply vessel.',
      'Sergeant Varno Pell said the crew was well.',
    ];
    expect(kindOf(captain, 'Varno Pell')).toBe('person');
  });

  it('an office named only as where something happens is a place; one that acts is a body', () => {
    expect(kindOf(['The mayor told reporters in the Round Office on Monday.'], 'Round Office')).toBe('place');
    const acts = [
      'The Varnian Patent Office said the claim was void.',
      'Staff met in the Varnian Patent Office.',
    ];
    expect(kindOf(acts, 'Varnian Patent Office')).toBe('organization');
  });

  it('a name of two or three words followed by ", <known region>" is a place in it, unless a given name opens it', () => {
    expect(
      kindOf(['The bridge links Manhattan with Fort Varnlee, New Jersey, by road.'], 'Fort Varnlee'),
    ).toBe('place');
    expect(kindOf(['Flooding hit Cedar Varnholm, Iowa, on Monday.'], 'Cedar Varnholm')).toBe('place');
    // Look-alike: a person named before a state, as a list of witnesses gives it.
    expect(kindOf(['Witnesses included Anna Holm, Ohio, and others.'], 'Anna Holm')).not.toBe('place');
  });

  it("a name ending in a field's word that no given name opens is no person, though it speaks", () => {
    const text = ['Immunologist Ana Varn of Brevik Research said the virus spreads fast.'];
    expect(kindOf(text, 'Brevik Research')).not.toBe('person');
    // Look-alike: a given name opens a person's name whatever its last word.
    expect(kindOf(['Tomas Trade said the port would open.'], 'Tomas Trade')).toBe('person');
  });

  it('an acronym spoken to ("in remarks to VBC", "comments to the VBC") is a body, as one "told" is', () => {
    expect(kindOf(['Ana Varn warned, in remarks to VBC on Monday, that the talks had failed.'], 'VBC')).toBe(
      'organization',
    );
    expect(kindOf(['In comments to the VNT on Monday, the mayor denied it.'], 'VNT')).toBe('organization');
    // Look-alike: an acronym nothing treats as a body is a term.
    expect(kindOf(['The DNA samples were sent to a laboratory.'], 'DNA')).not.toBe('organization');
  });

  it('"the village of X": a lower-case noun for a place, then "of", makes an unknown name that place', () => {
    expect(kindOf(['They came from the village of Poolangudi.'], 'Poolangudi')).toBe('place');
    expect(kindOf(['Storms hit the island of Grand Velmar.'], 'Grand Velmar')).toBe('place');
    // With words that qualify the noun between: a people's adjective, an adjective or two.
    expect(kindOf(['Boats reached the Varnian island of Kelmora.'], 'Kelmora')).toBe('place');
    expect(
      kindOf(['Voters in the small electoral district of Brevmoor went to the polls.'], 'Brevmoor'),
    ).toBe('place');
    // Look-alike: a noun for no place ("the son of", "the people of") is no place's noun. (Round s48g: "the people
    // of X" places X by another cue, place-ways.ts PEOPLE_OF, so the test asks only that this rule stays silent.)
    expect(kindOf(['The son of Ardo Pell spoke.'], 'Ardo Pell')).not.toBe('place');
    const people = entityTrace(['The people of Kelmora voted.']).find((e) => e.subject === 'Kelmora');
    expect(people?.rules ?? []).not.toContain('kind-noun');
  });

  it('a band is a body when the text says so ("the rock band X", "supergroup X", "X Incorporated")', () => {
    expect(kindOf(['He co-founded the rock band Velmora in 1966.'], 'Velmora')).toBe('organization');
    expect(kindOf(['They were in another supergroup Brass Lantern with him.'], 'Brass Lantern')).toBe(
      'organization',
    );
    expect(kindOf(['He left Varnby Incorporated in 1962.'], 'Varnby Incorporated')).toBe('organization');
    // Look-alike: a band's member named after the noun is a person.
    expect(kindOf(['The band leader Ardo Pell said the tour was over.'], 'Ardo Pell')).toBe('person');
  });

  it('after "According to (a noun phrase) X,", what follows the comma is the subject, not an apposition of X', () => {
    const text = [
      'According to semi-official news agency Velnews, the prosecutor general of Tehran, Ardo Pell, said so.',
    ];
    expect(kindOf(text, 'Velnews')).toBe('organization');
    // Look-alike: a real apposition after a name mid-sentence still describes it.
    expect(kindOf(['Reporters met Ardo Pell, the prosecutor general of Tehran.'], 'Ardo Pell')).toBe(
      'person',
    );
  });

  it('a channel\'s capitals and number ("TVN24") reporting something is a body, like an acronym', () => {
    const text = ['He was in a serious condition; VTK24 reported he received surgery.'];
    expect(kindOf(text, 'VTK24')).toBe('organization');
    // Look-alike: the same shape that nothing treats as a body is no name ("MH17 crashed").
    expect(kindOf(['Flight VK17 crashed in a field.'], 'VK17')).not.toBe('organization');
  });

  it('a trade noun before a name outweighs a town of the same name in the city list', () => {
    const text = [
      'Engineers at Burnaby found cracks in the bridge in Oslo.',
      'The engineering firm Burnaby designed it.',
    ];
    expect(kindOf(text, 'Burnaby')).toBe('organization');
    // Look-alike: the same town without the noun stays a place.
    expect(kindOf(['Engineers in Burnaby found cracks in the bridge.'], 'Burnaby')).toBe('place');
  });

  it('a masthead word ("Weekly", "Daily") ends a paper\'s name, not a person\'s', () => {
    expect(kindOf(['Writing in LA Weekly, critic Ardo Pell praised the show.'], 'LA Weekly')).toBe(
      'organization',
    );
    expect(kindOf(['The Varnby Daily said the road would close.'], 'Varnby Daily')).toBe('organization');
    expect(kindOf(['Writing in LA Weekly, critic Ardo Pell praised the show.'], 'Ardo Pell')).toBe('person');
  });

  it('a name after "during" is an event, not a body, unless it modifies a noun', () => {
    const text = [
      'Pilgrims gathered during the Hajj.',
      'Millions attend the Hajj each year, and the Hajj ends on Friday.',
    ];
    expect(kindOf(text, 'Hajj')).toBe('dropped');
    expect(kindOf(['During the Varna Council meeting, the Varna Council voted.'], 'Varna Council')).toBe(
      'organization',
    );
  });

  it("a region after a town is the town's, not the holder of the role before the town", () => {
    const text = ['Tomas Virk, the former mayor of Kenosha, Indiana, came in first.'];
    expect(kindOf(text, 'Indiana')).toBe('place');
    expect(kindOf(text, 'Tomas Virk')).toBe('person');
    // Look-alike: an apposition before a name that is no region still makes a person.
    expect(kindOf(['Next came the chancellor of the college, Ardo Pell.'], 'Ardo Pell')).toBe('person');
  });

  it('a clause before a comma ("the man was a …,") is no apposition of the name after it', () => {
    const text = ['Police said the man was a 44-year-old contract worker from Varnshire, England.'];
    expect(kindOf(text, 'England')).toBe('place');
  });

  it('a person noun before a name that modifies a noun is an adjective ("his official Varnlink account")', () => {
    expect(kindOf(['The statement was posted to his official Varnlink account.'], 'Varnlink')).not.toBe(
      'person',
    );
    expect(kindOf(['The statement was read by official Ardo Pell.'], 'Ardo Pell')).toBe('person');
  });

  it('only a person dies: not a brand with an inner capital', () => {
    expect(kindOf(['Users called it the death of VarnOS.'], 'VarnOS')).toBe('organization');
    expect(kindOf(['Users mourned the death of Ardo Pell.'], 'Ardo Pell')).toBe('person');
  });

  it('the end of a journey ("from London to X") is a place', () => {
    expect(kindOf(['I was in the plane from London to Sydney.'], 'Sydney')).toBe('place');
  });

  it('an adjective\'s ending ("Geological") opens no personal name', () => {
    expect(kindOf(['The Geological Survey said the quake was strong.'], 'Geological Survey')).not.toBe(
      'person',
    );
  });
});

describe('entity kinds: an opening phrase', () => {
  it('"Speaking to X, the mayor said": the role after the comma is the subject\'s, not X\'s', () => {
    const text = ['Speaking to Varna Radio, the mayor of Varnby said the road was shut.'];
    expect(kindOf(text, 'Varna Radio')).toBe('organization');
  });
});

describe('entity kinds: how strongly the article decides (kindMargin, for the library)', () => {
  const marginOf = (paragraphs: string[], name: string): number | undefined => {
    const doc = newDoc({title: '', paragraphs});
    doc.sentences = splitSentences(paragraphs);
    entitiesStage.run(doc);
    return [...doc.people, ...doc.places, ...doc.organizations].find((e) => e.name === name)?.kindMargin;
  };

  it('is small where the cues of two kinds nearly balance, large where one kind has them all', () => {
    const weak = marginOf(['Pilgrims prayed in the Grand Mosque on Friday.'], 'Grand Mosque') ?? -1;
    const sure = marginOf(['The Grand Mosque said it would reopen.'], 'Grand Mosque') ?? -1;
    expect(weak).toBeGreaterThanOrEqual(0);
    expect(weak).toBeLessThan(KIND_SURE_MARGIN);
    expect(sure).toBeGreaterThanOrEqual(KIND_SURE_MARGIN);
  });
});

describe('people of the story, not of its credits (issue 9: bylines, credits, captions)', () => {
  it.each([
    [
      'a credit in capitals',
      'A man walks past the hall in Varnby. THE CANADIAN PRESS/Anna Holm',
      'Anna Holm',
    ],
    ['a credit label with dots', 'Credit...Tomas Virk for The Varnby Times', 'Tomas Virk'],
    ["a name and an outlet's initials ending a caption", 'Smoke over the port. Ardo Pell / VBC', 'Ardo Pell'],
    ['a byline with dots', 'Anna Holm · VBC News · Posted: Jan 06, 2020', 'Anna Holm'],
    ["the writer's note", 'Anna Holm is a senior reporter with VBC News.', 'Anna Holm'],
    ["the writer's handle", 'Contact Tomas Virk at tvirk@example.com', 'Tomas Virk'],
    ['a Reuters-style credit', 'Reporting by Anna Holm; Editing by Tomas Virk', 'Tomas Virk'],
  ])('%s is metadata', (_, text, name) => {
    expect(kindOf(['The council met on Monday.', text], name)).toBe('metadata');
  });

  it('a person the story names is still a person, credit or not', () => {
    const text = ['Ardo Pell said the mayor lied.', 'Smoke over the port. Ardo Pell / VBC'];
    expect(entityTrace(text).some((e) => e.subject === 'Ardo Pell' && e.outcome === 'person')).toBe(true);
  });
});

describe('titles and ages that belong to a place or to someone else', () => {
  it('a title word opening a place after "in" is no title', () => {
    expect(kindOf(['The quake was recorded in Sultan Varnak.'], 'Varnak')).not.toBe('person');
    expect(kindOf(['In Varnby, President Holm spoke.'], 'Holm')).toBe('person');
  });

  it('an age after a location is the age of the person before it', () => {
    const text = ['Bishop Ardo Pell of the Varnby diocese in the Philippines, 79, died on Monday.'];
    expect(kindOf(text, 'Philippines')).not.toBe('person');
    expect(kindOf(text, 'Ardo Pell')).toBe('person');
  });

  it('an acronym in brackets after the name it abbreviates is mid-sentence, though "(" opens it', () => {
    const text = ['A scientist at the Varnby Institute for Glacier Research (VIGR) led the study.'];
    expect(kindOf(text, 'Varnby Institute for Glacier Research')).toBe('organization');
    // Look-alike: a bracket that opens a sentence of its own still opens it.
    expect(kindOf(['(Stormy weather closed roads.)'], 'Stormy')).toBe('dropped');
  });

  it('an adjective after a title word is an office ("Chief Technical Officer")', () => {
    expect(kindOf(['I am more of a CTO [Chief Technical Officer] than a CEO.'], 'Technical')).not.toBe(
      'person',
    );
  });
});

describe('single words at the start of sentences (issue 9: "We\'ve", "Apple")', () => {
  it('a word that speaks only as "it" or only opening sentences is no person', () => {
    expect(
      kindOf(['Vellum said on Monday that sales rose.', 'Vellum also said it would hire.'], 'Vellum'),
    ).toBe('organization');
    expect(kindOf(["We've been here before, he said.", "We've seen it all."], "We've")).not.toBe('person');
  });

  it('one that speaks and is "he" or "she" is a person', () => {
    expect(kindOf(['Kelmar told reporters that he would run.', 'Kelmar said he was tired.'], 'Kelmar')).toBe(
      'person',
    );
  });

  it('"he" or "she" after another clause\'s subject is that subject\'s, not the word\'s', () => {
    // The shape of a hospital's statement in articles/ ("Charité said in a statement, Navalny would be …").
    const text = [
      'Ardo Pell was flown to Velmira in Varnby.',
      'Velmira said in a statement, Pell would be undergoing tests. His family would be consulted.',
    ];
    expect(kindOf(text, 'Velmira')).not.toBe('person');
    expect(
      kindOf(['Kelmar said in a statement that he would run.', 'Kelmar said he was tired.'], 'Kelmar'),
    ).toBe('person');
  });
});

describe('names a tester found typed wrong (street, town, a rank inside a name)', () => {
  it('a road\'s last word after a given name makes a street, not a person; "Lane" is a surname too', () => {
    // From articles/: "the intersection of Martine Avenue and S. Lexington Avenue".
    expect(
      kindOf(['The pipe burst at the intersection of Martine Avenue and Main Street.'], 'Martine Avenue'),
    ).toBe('place');
    expect(kindOf(['Crews closed Anna Road on Monday.'], 'Anna Road')).toBe('place');
    expect(kindOf(['The actor Nathan Lane said the show would go on.'], 'Nathan Lane')).toBe('person');
  });

  it('"according to" names its source after it, so the name before it does not speak', () => {
    // From articles/: a list of towns that ends just before "according to".
    const towns = [
      'Appliances came from Dolgellau, Harlech, Bala, and Blaenau Ffestiniog according to a fire service statement.',
    ];
    expect(kindOf(towns, 'Blaenau Ffestiniog')).not.toBe('person');
    // A speech verb after the name still makes it speak.
    expect(
      kindOf(['Ardo Pell, a nurse, said the road was shut. Pell said he would wait.'], 'Ardo Pell'),
    ).toBe('person');
  });

  it('two words the lexicon lacks, only ever after a preposition of place, are a place, as one such word is', () => {
    // From articles/: "in a another block of flats in La Llagosta, killed another person".
    expect(kindOf(['A fire in a block of flats in La Llagosta killed a man.'], 'La Llagosta')).toBe('place');
    expect(kindOf(['The plane flew from Jakarta to Pangkal Pinang on Monday.'], 'Pangkal Pinang')).toBe(
      'place',
    );
    // A people's or a faith's word is no unknown word ("… Region in Muslim Mindanao", a longer name cut at "in").
    const cut = kindOf(['Voters in Muslim Mindanao backed the law.'], 'Muslim Mindanao');
    expect(cut).not.toBe('place');
  });

  it('a noble rank between given names and a surname is a word of the name, not a title', () => {
    const trace = entityTrace(['The producer Sacha Baron Cohen may have edited the footage.']);
    expect(trace.find((e) => e.subject === 'Sacha Baron Cohen')?.outcome).toBe('person');
    // Opening the name, or before "of", it is a rank.
    expect(kindOf(['Baron Ardo Pell opened the fair.'], 'Ardo Pell')).toBe('person');
    expect(kindOf(['The Duke of Varnholm opened the fair.'], 'Duke of Varnholm')).not.toBe('person');
    // After a place it is a rank too ("Varnholm" is no given name).
    expect(kindOf(['Crowds in Berlin cheered Count Ardo Pell.'], 'Ardo Pell')).toBe('person');
  });
});

describe('names a second tester found typed wrong (a licence, a product, a group as people)', () => {
  it('after a title, known words opened by an adjective and ending in no name are no personal name', () => {
    const text = ['The code is released under the Varnix General Public License.'];
    expect(kindOf(text, 'Public License')).toBe('absent');
    // Look-alikes: an adjective that opens a name before a surname, or before a word the lexicon lacks.
    expect(kindOf(['Judge Gray Miller ruled on Monday.'], 'Gray Miller')).toBe('person');
    expect(kindOf(['YouTuber Lovely Velmar posted a video.'], 'Lovely Velmar')).toBe('person');
  });

  it('a name a verb follows after "X said" opens the clause said: it does not speak', () => {
    const text = ['Ardo Pell said Varnix Linux was named after a friend.'];
    expect(kindOf(text, 'Varnix Linux')).not.toBe('person');
    // Look-alike: the speaker after the verb, inverted, still speaks.
    expect(kindOf(['"We will ship in May," said Tavo Rinsku.'], 'Tavo Rinsku')).toBe('person');
  });

  it('a last word for a group of people ("Family", "Brothers") names a group, not a person', () => {
    const text = ['He was part of The Wyatt Family faction for years.'];
    expect(kindOf(text, 'Wyatt Family')).toBe('organization');
    // Look-alike: a family named by a common word is no body.
    expect(kindOf(['The First Family left the White House.'], 'First Family')).not.toBe('organization');
  });
});

describe("a court case and an institution's division typed as places", () => {
  it('the parties of a court case "X v. Y" are its name, not places', () => {
    const text = ['The ruling in the Varnco v. Holm case was upheld.'];
    expect(kindOf(text, 'Varnco')).toBe('dropped');
    // Look-alike: an unknown word only after "in" is still a place.
    expect(kindOf(['Schools closed in Varnco, and roads in Varnco flooded.'], 'Varnco')).toBe('place');
  });

  it('an administrative division after an institution\'s word is the body\'s ("Police Prefecture")', () => {
    const text = ['Four officers were killed at the Varnby Police Prefecture on Thursday.'];
    expect(kindOf(text, 'Varnby Police Prefecture')).toBe('organization');
    // Look-alike: a division after any other word is a region.
    expect(kindOf(['Floods hit the Varnby Prefecture on Thursday.'], 'Varnby Prefecture')).toBe('place');
  });
});
