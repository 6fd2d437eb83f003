// Made-up rows for the attribution gaps of issue 9's sixth round (known misses of earlier rounds and the unseen-set
// shapes, each checked on invented text and counted across `articles/`). Each class has a look-alike where the
// rule must not give a speaker. Read by tests/extract/quote-shapes.test.ts, like quote-shapes.ts.
import type {Shape} from './quote-shapes.js';

/** Rows of the sixth round, by class. */
export const ROUND6: readonly Shape[] = [
  // A surname opened by a capital and an apostrophe ("O'Neill") after a given name that is also a word ("Crystal").
  {
    shape: 'a surname with an apostrophe after a given name that is a word',
    text: ['Crystal O’Neill said the clinic would open on Monday. “We have enough staff,” she said.'],
    quote: 'We have enough',
    speaker: 'Crystal O’Neill',
  },
  {
    shape: 'a surname with an apostrophe after a given name that is a word',
    text: ["“We have enough staff for the first week,” said Hope D'Aubery, the clinic's director."],
    quote: 'We have enough',
    speaker: "Hope D'Aubery",
  },
  // Look-alike: a word before an apostrophe and a capital is no name ("rock 'N' Roll").
  {
    shape: 'a surname with an apostrophe after a given name that is a word',
    text: ["The band played Rock 'N' Roll all night. “We have enough songs for a week,” a fan said."],
    quote: 'We have enough',
    speaker: null,
  },
  // "“…,” X of the Y office told …": a phrase placing the speaker between the name and the verb.
  {
    shape: 'a phrase of where the speaker works between name and verb',
    text: [
      '“We will rebuild the pier before summer,” Ada Brill of the county harbour preservation office told those gathered.',
    ],
    quote: 'We will rebuild',
    speaker: 'Ada Brill',
  },
  {
    shape: 'a phrase of where the speaker works between name and verb',
    text: ['“We will rebuild the pier before summer,” Tobias Renn from the harbour board said.'],
    quote: 'We will rebuild',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'a phrase of where the speaker works between name and verb',
    text: [
      '“We will rebuild the pier before the start of the summer,” Tobias Renn of the union, which has struck twice, said.',
    ],
    quote: 'We will rebuild',
    speaker: 'Tobias Renn',
  },
  // Look-alikes: the phrase opens a clause of its own, whose subject is someone else; a name after "of" is no subject.
  {
    shape: 'a phrase of where the speaker works between name and verb',
    text: [
      'The board met. “We will rebuild the pier before the start of the summer,” Tobias Renn of the union that said it would strike wrote.',
    ],
    quote: 'We will rebuild',
    speaker: null,
  },
  {
    shape: 'a phrase of where the speaker works between name and verb',
    text: [
      '“We will rebuild the pier before the start of the summer,” the lawyer of Tobias Renn from the harbour board said.',
    ],
    quote: 'We will rebuild',
    speaker: null,
  },
  // "the mayor said" when the article gives the role in a clause of its own ("X is the town's mayor").
  {
    shape: 'a role given in a clause of its own',
    text: [
      'Tobias Renn is the town’s mayor. Ada Brill runs the shelter. “We have never seen lines like this,” the mayor said.',
    ],
    quote: 'We have never',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'a role given in a clause of its own',
    text: [
      'Tobias Renn, who was elected mayor in 2019, visited the shelter run by Ada Brill. “We have never seen lines like this,” the mayor said.',
    ],
    quote: 'We have never',
    speaker: 'Tobias Renn',
  },
  // Look-alike: the role is someone else's ("the mayor’s wife" is no mayor).
  {
    shape: 'a role given in a clause of its own',
    text: [
      'Ada Brill is the mayor’s wife. Tobias Renn runs the shelter. “We have never seen lines like this,” the mayor said.',
    ],
    quote: 'We have never',
    speaker: null,
  },
  // "the latter said" / "the former said": of two people named together just before.
  {
    shape: 'the former or the latter of two people',
    text: [
      'Mayor Tobias Renn met council member Ada Brill on Monday. “We agreed on nothing at all tonight,” the latter said.',
    ],
    quote: 'We agreed',
    speaker: 'Ada Brill',
  },
  {
    shape: 'the former or the latter of two people',
    text: [
      'Tobias Renn and Ada Brill both ran for the seat. The former told reporters, “I will not concede tonight, whatever the count says.”',
    ],
    quote: 'I will not',
    speaker: 'Tobias Renn',
  },
  // Look-alikes: one person and two bodies; two people in separate sentences; "the former president".
  {
    shape: 'the former or the latter of two people',
    text: [
      'Tobias Renn met the board and the council. “We agreed on nothing at all tonight,” the latter said.',
    ],
    quote: 'We agreed',
    speaker: null,
  },
  {
    shape: 'the former or the latter of two people',
    text: [
      'Tobias Renn spoke first. Ada Brill spoke second. “We agreed on nothing at all tonight,” the latter said.',
    ],
    quote: 'We agreed',
    speaker: null,
  },
  {
    shape: 'the former or the latter of two people',
    text: [
      'Tobias Renn met Ada Brill on Monday. “We agreed on nothing at all tonight,” the former president said.',
    ],
    quote: 'We agreed',
    speaker: null,
  },
  // A writing by someone ("A statement by X read", "The letter signed by X said"): its author.
  {
    shape: 'a writing by a named author',
    text: [
      'A statement by Tobias Renn read, “The harbour will stay closed until the storm has passed and the pier is safe.”',
    ],
    quote: 'The harbour will',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'a writing by a named author',
    text: [
      'The letter signed by Ada Brill said, “The harbour will stay closed until the storm has passed and the pier is safe.”',
    ],
    quote: 'The harbour will',
    speaker: 'Ada Brill',
  },
  // Look-alikes: a writing about someone, a report on a body: what they are about, not who wrote them.
  {
    shape: 'a writing by a named author',
    text: [
      'A statement about Tobias Renn read, “The harbour will stay closed until the storm has passed and the pier is safe.”',
    ],
    quote: 'The harbour will',
    speaker: null,
  },
  {
    shape: 'a writing by a named author',
    text: [
      'The report on the Harbour Authority found: “The harbour will stay closed until the storm has passed and the pier is safe.”',
    ],
    quote: 'The harbour will',
    speaker: null,
  },
  // Short words cried out after a speech verb ("shouted “…!”"): speech, kept even with no one named.
  {
    shape: 'a short exclamation after a speech verb',
    text: ['Thousands marched to the square. The crowd chanted “Resign now!” outside the palace.'],
    quote: 'Resign now',
    speaker: null,
  },
  {
    shape: 'a short exclamation after a speech verb',
    text: ['Members of the council protested by shouting “shame on you!” during the vote.'],
    quote: 'shame on you',
    speaker: null,
  },
  {
    shape: 'a short exclamation after a speech verb',
    text: ['Tobias Renn took the floor. He answered by shouting “not in my town!” at the minister.'],
    quote: 'not in my town',
    speaker: 'Tobias Renn',
  },
  // Look-alikes: a title or a sign shaped like an exclamation or a question is still a label.
  {
    shape: 'a short exclamation after a speech verb',
    text: ['The band played “Help!” twice during the concert.'],
    quote: 'Help',
    speaker: false,
  },
  {
    shape: 'a short exclamation after a speech verb',
    text: ['A banner reading “Why not?” hung from the bridge.'],
    quote: 'Why not',
    speaker: false,
  },
  // "the commission said": a word of a body's name used as its noun, for the body whose name holds it.
  {
    shape: 'a body by a word of its name',
    text: [
      'The Harbour Safety Commission met on Monday.',
      'In a statement, the commission said, “The pier will stay closed until the storm has passed.”',
    ],
    quote: 'The pier will',
    speaker: 'Harbour Safety Commission',
  },
  {
    shape: 'a body by a word of its name',
    text: [
      'The Harbour Workers Party withdrew its candidate on Friday.',
      '“The Harbour Workers Party complies with the royal command,” the party informed the press.',
    ],
    quote: 'The Harbour Workers',
    speaker: 'Harbour Workers Party',
  },
  // Look-alikes: no body of the article holds the word; "the media" names no one body.
  {
    shape: 'a body by a word of its name',
    text: [
      'The Harbour Authority met on Monday.',
      'In a statement, the commission said, “The pier will stay closed until the storm has passed.”',
    ],
    quote: 'The pier will',
    speaker: null,
  },
  {
    shape: 'a body by a word of its name',
    text: [
      'The Daily Courier ran the story. Tobias Renn said the media was falsely claiming he had been “in hiding for weeks”.',
    ],
    quote: 'in hiding for',
    speaker: null,
  },
  // A quote in the first person inside a sentence about one person, no speech verb: that person's words.
  {
    shape: 'a first-person quote in a sentence about a person',
    text: [
      'Ada Brill joined the choir at 19. Then still a student, she saw the role as a “chance to face my fears,” and took it.',
    ],
    quote: 'chance to face',
    speaker: 'Ada Brill',
  },
  {
    shape: 'a first-person quote in a sentence about a person',
    text: [
      'Tobias Renn has sailed for two years, his love of the sea having “started with my grandfather’s boat.”',
    ],
    quote: 'started with my',
    speaker: 'Tobias Renn',
  },
  // Look-alikes: two people named before the quote; nobody at all (a song's title).
  {
    shape: 'a first-person quote in a sentence about a person',
    text: ['Tobias Renn met Ada Brill, who saw the role as a “chance to face my fears,” at the harbour.'],
    quote: 'chance to face',
    speaker: false,
  },
  {
    shape: 'a first-person quote in a sentence about a person',
    text: ['The band opened with “All my love for the harbour” at the festival.'],
    quote: 'All my love',
    speaker: false,
  },
  // Short quotes whose speaker the sentence gives, but which were dropped as labels: "According to him, …"; the
  // verb's object running long in one clause.
  {
    shape: 'a short quote whose speaker the sentence gives',
    text: [
      'Tobias Renn spoke on Monday. According to him, the attack was among the largest ever and was done with the help of “honourable people inside the town”.',
    ],
    quote: 'honourable people',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'a short quote whose speaker the sentence gives',
    text: [
      'The Harbour Fund said in May the new pier might be for the town comparable to the great harbours of the north as an “economic game changer”.',
    ],
    quote: 'economic game',
    speaker: 'Harbour Fund',
  },
  // Look-alikes: "according to police" names no one; a clause break between the verb and a far short quote.
  {
    shape: 'a short quote whose speaker the sentence gives',
    text: [
      'According to police, Tobias Renn was driving a truck “erratically and at great speed” on the road.',
    ],
    quote: 'erratically',
    speaker: null,
  },
  {
    shape: 'a short quote whose speaker the sentence gives',
    text: [
      'The Harbour Fund said in May that the pier, which was closed for most of the past two winters after storms, was an “economic game changer”.',
    ],
    quote: 'economic game',
    speaker: false,
  },
  // "the Prime Minister said": the title words before the role are part of it, not any minister's.
  {
    shape: 'a capitalised title of several words',
    text: [
      'Prime Minister Ada Brill met Finance Minister Tobias Renn on Monday. “We will not raise taxes this year, whatever the markets say,” the Prime Minister said.',
    ],
    quote: 'We will not',
    speaker: 'Ada Brill',
  },
  {
    shape: 'a capitalised title of several words',
    text: [
      'Prime Minister Ada Brill met Finance Minister Tobias Renn on Monday. The Finance Minister said, “We will not raise taxes this year, whatever the markets say.”',
    ],
    quote: 'We will not',
    speaker: 'Tobias Renn',
  },
  // A subordinate clause opening the sentence has its own subject, not the speaker ("After X failed, the mayor said").
  {
    shape: 'a capitalised title of several words',
    text: [
      'Prime Minister Ada Brill spoke on Monday.',
      'After Finance Minister Tobias Renn failed to buy enough boats, the Prime Minister told the town it was “a failure of the whole government.”',
    ],
    quote: 'a failure of',
    speaker: 'Ada Brill',
  },
  // A writing from or by someone right before the colon: its author.
  {
    shape: 'a writing from someone before a colon',
    text: [
      'King Aldric IV spoke on Friday. The palace issued the following statement from the king: “Even though she gave up her title, she remains a member of our family.”',
    ],
    quote: 'Even though',
    speaker: 'Aldric IV',
  },
  {
    shape: 'a writing from someone before a colon',
    text: [
      'The palace read out a message from Ada Brill: “Even though she gave up her title, she remains a member of our family.”',
    ],
    quote: 'Even though',
    speaker: 'Ada Brill',
  },
  // Look-alike: a writing about someone is not theirs.
  {
    shape: 'a writing from someone before a colon',
    text: [
      'The palace issued the following statement about Ada Brill: “Even though she gave up her title, she remains a member of our family.”',
    ],
    quote: 'Even though',
    speaker: null,
  },
  // A verb opening the sentence, then a body, a title and a person: the person speaks.
  {
    shape: 'a body, a title and a person after the verb',
    text: [
      'Scientists were cautious. Remarked Harbour Research Fund scientist Ada Brill, “It is too early to say the fish are back for good.”',
    ],
    quote: 'It is too early',
    speaker: 'Ada Brill',
  },
  // Look-alike: the person after "to" is whom the body wrote to.
  {
    shape: 'a body, a title and a person after the verb',
    text: [
      'Scientists were cautious. Wrote the Harbour Research Fund to Ada Brill, “It is too early to say the fish are back for good.”',
    ],
    quote: 'It is too early',
    speaker: null,
  },
  // A pronoun after a sentence opening with an unnamed person ("One of the victims …", "A witness told …"): that
  // person, whom the text does not name, not the last woman or man named before.
  {
    shape: 'a pronoun after an unnamed person or an object',
    text: [
      'Prosecutor Ada Brill said the men were cruel.',
      'One of the victims decided to allow her name to be made public. She said she did this to show others “there is nothing to be ashamed of in speaking out”.',
    ],
    quote: 'there is nothing',
    speaker: null,
  },
  {
    shape: 'a pronoun after an unnamed person or an object',
    text: [
      'Ada Brill runs the shop. A witness told police the car was speeding. She said, “It came out of nowhere and hit the wall before anyone could move.”',
    ],
    quote: 'It came out',
    speaker: null,
  },
  // A sentence naming someone only as an object ("the character of X") between the speaker and the pronoun.
  {
    shape: 'a pronoun after an unnamed person or an object',
    text: [
      'Ada Brill talked of being cast in a pilot. Faced with losing the character of Mira Solberg, the producers made her a regular. “It was a good day,” she recalls.',
    ],
    quote: 'It was a good day',
    speaker: 'Ada Brill',
  },
  // Look-alikes: "A lot of people" is no person; nobody but the object in the paragraph.
  {
    shape: 'a pronoun after an unnamed person or an object',
    text: [
      'Ada Brill runs the shop. A lot of people came by on Monday. She said, “It came out of nowhere and hit the wall before anyone could move.”',
    ],
    quote: 'It came out',
    speaker: 'Ada Brill',
  },
  {
    shape: 'a pronoun after an unnamed person or an object',
    text: ['The producers cast Mira Solberg in the role. “It was a good day,” she recalls.'],
    quote: 'It was a good day',
    speaker: 'Mira Solberg',
  },
];
