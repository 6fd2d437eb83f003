// Made-up rows for the shapes a reading of every unattributed quote of `articles/` found (issue 9, third audit):
// a participle after the quote taken for the speaker's verb, and a body speaking through a writing the text names
// ("reads an X press release", "X's statement read" with X the last word of the body's full name). Each has a
// look-alike where no speaker may be given. Read by tests/extract/quote-shapes.test.ts, like quote-shapes.ts.
import type {Shape} from './quote-shapes.js';

/** Speakers the sentence gives before the quote, or through the writing that carries it. */
export const AUDIT: readonly Shape[] = [
  // "X, a role, wrote of Y, “…”, recalling …": the participle is X's too; what follows it is its object.
  {
    shape: 'a participle after the quote is the subject’s',
    text: [
      'Ines Calloway, the harbour master, wrote of the storm, “We lost three boats in one night”, recalling the flood.',
    ],
    quote: 'We lost three boats',
    speaker: 'Ines Calloway',
  },
  {
    shape: 'a participle after the quote is the subject’s',
    text: [
      'Tobias Renn wrote of Ada Brill, “She was calm and always kind to the crew”, recalling their first voyage.',
    ],
    quote: 'She was calm',
    speaker: 'Tobias Renn',
  },
  // Look-alike: nobody before the quote, and the noun phrase after the participle is its object, not a speaker.
  {
    shape: 'a participle after the quote is the subject’s',
    text: [
      'The storm reached the coast at night.',
      '“The water rose faster than anyone on the harbour had ever seen it rise”, recalling the flood of 1970.',
    ],
    quote: 'The water rose',
    speaker: null,
  },
  // "“…”, reads an X press release": the body that issued the writing.
  {
    shape: 'a body speaking through a writing it issued',
    text: [
      '“We will reopen the port on Monday and the ferries will run as before”, reads a Harbour Authority statement.',
    ],
    quote: 'We will reopen',
    speaker: 'Harbour Authority',
  },
  {
    shape: 'a body speaking through a writing it issued',
    text: ['“We will reopen the port on Monday and the ferries will run as before”, reads a statement.'],
    quote: 'We will reopen',
    speaker: null,
  },
  // "Velkor's statement read" after "Pacific Ring Velkor": the body's name cut to its last word.
  {
    shape: 'a body speaking through a writing it issued',
    text: [
      'Lena Ostrova was signed to the wrestling company Pacific Ring Velkor in 2019. She fought for Velkor until her death. Velkor’s official statement read “We are very sorry to report that Lena Ostrova has passed away.”',
    ],
    quote: 'We are very sorry',
    speaker: 'Pacific Ring Velkor',
  },
  // A speech verb in a form the list lacked ("pleaded", "demanding", "reveals"): every form of a listed verb is listed.
  {
    shape: 'a speech verb in any of its forms',
    text: ['Tobias Renn, the harbour master, pleaded “let the boats back in before the storm”.'],
    quote: 'let the boats',
    speaker: 'Tobias Renn',
  },
  // Two bodies after "by", joined by "and the": "the former" confirming is the first of them (round s39c: a time
  // word between the subject and the verb no longer hides "the former"; it stood for no one before).
  {
    shape: 'a speech verb in any of its forms',
    text: [
      'Inquiries were opened by the Harbour Authority and the Coast Guard, with the former yesterday confirming it was “not sending divers to the wreck at this time.”',
    ],
    quote: 'not sending divers',
    speaker: 'Harbour Authority',
  },
  // "The team wrote" with no team named: the last body named is another kind of body (its name says so), not it.
  {
    shape: 'a body by its kind noun',
    text: [
      'The study used data from the Centers for Disease Control and Prevention on suicides from 2005 to 2015. The team wrote that guns “are far more lethal than any other means, and access to them raises the risk.”',
    ],
    quote: 'are far more lethal',
    speaker: null,
  },
  {
    shape: 'a body by its kind noun',
    text: [
      'Toy maker Velkora showed its new helmets at the fair. Asked about plastic, the company noted that it had switched its packaging, “which was more plant-based plastic for greater environmental concerns.”',
    ],
    quote: 'which was more plant-based',
    speaker: 'Velkora',
  },
  // "the party said" paragraphs after the one party of the article was named: the body, as a title one person
  // alone holds goes to that person however far back.
  {
    shape: 'a body by its kind noun',
    text: [
      'The Varna Reform Party named Ada Brill as its candidate on Monday.',
      'The king said the choice was wrong.',
      'Brill withdrew.',
      'Observers were surprised.',
      '“The Varna Reform Party complies with the royal command,” the party said.',
    ],
    quote: 'The Varna Reform Party complies',
    speaker: 'Varna Reform Party',
  },
  // Look-alike: two parties hold the noun, so "the party" far from both is neither.
  {
    shape: 'a body by its kind noun',
    text: [
      'The Varna Reform Party and the Solvenna Labour Party named Ada Brill as their candidate on Monday.',
      'The king said the choice was wrong.',
      'Brill withdrew.',
      'Observers were surprised.',
      '“We comply with the royal command and will name another candidate soon,” the party said.',
    ],
    quote: 'We comply with',
    speaker: null,
  },
  // A short quote that is a whole sentence of its own, after its speaker's quote: speech, not a scare quote.
  {
    shape: 'a short sentence of speech',
    text: ['“The water came so fast,” said Paolo Renzi, a fisherman who lost his boat. “Nobody warned us.”'],
    quote: 'Nobody warned us',
    speaker: 'Paolo Renzi',
  },
  // Look-alike: the same words inside the writer's sentence are a scare quote.
  {
    shape: 'a short sentence of speech',
    text: ['“The water came so fast,” said Paolo Renzi. The town had a “nobody warned us” feeling.'],
    quote: 'nobody warned us',
    speaker: false,
  },
  // "one resident, X, told": a name in apposition after "one <noun>" is the speaker.
  {
    shape: 'a short sentence of speech',
    text: ['“We lost everything,” one resident, Mira Solberg, told the newspaper.'],
    quote: 'We lost everything',
    speaker: 'Mira Solberg',
  },
  // A pronoun after a sentence about a person named only by a role is that role's holder, not the last name.
  {
    shape: 'a pronoun after a sentence about a role',
    text: [
      'Prime Minister Lena Ostrova defended the plan on Monday.',
      'The governor, who took office in January, was blunt. “This is a failure of leadership,” she told the assembly.',
    ],
    quote: 'This is a failure',
    speaker: null,
  },
  {
    shape: 'a pronoun after a sentence about a role',
    text: [
      'Governor Ines Calloway signed the bill, and Prime Minister Lena Ostrova defended it.',
      'The governor, who took office in January, was blunt. “This is a failure of leadership,” she told the assembly.',
    ],
    quote: 'This is a failure',
    speaker: 'Ines Calloway',
  },
  // Quote first, the next sentence pointing back at it with the speaker's name.
  {
    shape: 'quote first, the next sentence naming whose words',
    text: [
      'The council met on Tuesday. “We will fight this in court and we will win.” So said Tobias Renn, the harbour master, after the vote.',
    ],
    quote: 'We will fight',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'quote first, the next sentence naming whose words',
    text: [
      'The council met on Wednesday. “We will fight this in court and we will win.” Those were the words of Lena Ostrova after the vote.',
    ],
    quote: 'We will fight',
    speaker: 'Lena Ostrova',
  },
];
