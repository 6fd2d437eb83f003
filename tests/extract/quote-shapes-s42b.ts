// Made-up rows for round s42b: attribution shapes of wire, newspaper, BBC and sports news (tests/gold/styles and
// probes in src/extract/quotes/ERRORS.md, "Round s42b"). Each class has a look-alike where another speaker (or
// none) must be given. Read by tests/extract/quote-shapes.test.ts, like quote-shapes.ts.
import type {Shape} from './quote-shapes.js';

/** Rows of round s42b, by class. */
export const ROUND_S42B: readonly Shape[] = [
  // A sentence between two quotes of a paragraph reporting someone else's speech hands the second quote on
  // (sieves.ts continues-paragraph; speech-before then reads the reporting sentence).
  {
    shape: 'a second speaker reported between two quotes of a paragraph',
    text: [
      'Inspector Ruth Abara said the van had been stolen the night before. “The driver fled on foot,” she said. A neighbour, Marco Tesi, said he heard a crash. “It sounded like a bomb going off.”',
    ],
    quote: 'It sounded like a bomb',
    speaker: 'Marco Tesi',
  },
  // Look-alike: the sentence between reports the same speaker again.
  {
    shape: 'a second speaker reported between two quotes of a paragraph',
    text: [
      'Inspector Ruth Abara said the van had been stolen the night before. “The driver fled on foot,” she said. Abara said officers found the van near the river. “It was still warm.”',
    ],
    quote: 'It was still warm',
    speaker: 'Ruth Abara',
  },
  // Look-alike: the sentence between names someone without reporting speech; the speaker goes on.
  {
    shape: 'a second speaker reported between two quotes of a paragraph',
    text: [
      'Inspector Ruth Abara described the chase. “The driver fled on foot,” she said. Marco Tesi lives next door. “We searched every garden on the street.”',
    ],
    quote: 'We searched every garden',
    speaker: 'Ruth Abara',
  },
  // "One patient, he said, had told him:": the pronoun and speech verb between commas are an aside of the one
  // reporting; the words are the unnamed patient's (subjects.ts subjectOf).
  {
    shape: 'an aside ", he said," after an unnamed subject',
    text: [
      'Dr. Ivo Petrak, who led the trial, said the results were clear. One patient, he said, had told him: “I feel twenty years younger.”',
    ],
    quote: 'I feel twenty years',
    speaker: null,
  },
  // Look-alike: the pronoun after a lead phrase is the subject ("After the vote, she told …").
  {
    shape: 'an aside ", he said," after an unnamed subject',
    text: [
      'Dr. Ivo Petrak led the trial for three years. After the results came in, he told his team: “We have done it.”',
    ],
    quote: 'We have done it',
    speaker: 'Ivo Petrak',
  },
  // "After the match, the coach shrugged. “…”": a title as the subject of the sentence before a quote that is a
  // sentence of its own stands for the one holding it (subjects.ts subjectOfSentenceBefore).
  {
    shape: 'a title as the subject of the sentence before, no speech verb',
    text: [
      'Coach Bram Kessel watched from the touchline as his side lost. After the match, the coach shrugged. “We were not good enough today, and every one of us in the dressing room knows it.”',
    ],
    quote: 'We were not good enough',
    speaker: 'Bram Kessel',
  },
  // Look-alike: a title nobody in the article holds leaves the quote unattributed.
  {
    shape: 'a title as the subject of the sentence before, no speech verb',
    text: [
      'Coach Bram Kessel watched from the touchline as his side lost. Outside the ground, the referee shrugged. “We were not good enough today, and every one of us in the dressing room knows it.”',
    ],
    quote: 'We were not good enough',
    speaker: null,
  },
  // Look-alike: a plural title is a group, not one speaker.
  {
    shape: 'a title as the subject of the sentence before, no speech verb',
    text: [
      'Coach Bram Kessel watched from the touchline as his side lost. After the match, the coaches shrugged. “We were not good enough today, and every one of us in the dressing room knows it.”',
    ],
    quote: 'We were not good enough',
    speaker: null,
  },
  // "said Harlow United manager Steve Bright": a name, a title noun and a person after the verb; the first name
  // only says whose the title is, whatever the entities stage typed it (quotes/inverted.ts speakerAfter).
  {
    shape: 'a name, a title and a person after an inverted verb',
    text: [
      '“Obviously we are disappointed,” said Harlow United manager Steve Bright. “But we go again on Saturday.”',
    ],
    quote: 'Obviously we are disappointed',
    speaker: 'Steve Bright',
  },
  // Look-alike: two people joined by "and" are no title gap; the first named speaks.
  {
    shape: 'a name, a title and a person after an inverted verb',
    text: [
      'Teresa Vang and Gerald Huff voted against the plan. “We should never have got this far,” said Teresa Vang and Gerald Huff in a joint letter.',
    ],
    quote: 'We should never have',
    speaker: 'Teresa Vang',
  },
  // "The senator, a Republican from Ohio, said the bill “goes too far.” Senator Mark Ellery added …": a title used
  // before its holder is named, one person alone holding it in the article (quotes/resolve.ts roleResolver).
  {
    shape: 'a title used before its one holder is named',
    text: [
      'The senator, a Republican from Ohio, said the bill “goes too far and costs far too much for what it does.” Senator Mark Ellery added that he would vote against it.',
    ],
    quote: 'goes too far',
    speaker: 'Mark Ellery',
  },
  // Look-alike: two people hold the title later; the text does not say which one spoke.
  {
    shape: 'a title used before its one holder is named',
    text: [
      'The senator, a Republican from Ohio, said the bill “goes too far and costs far too much for what it does.” Senator Mark Ellery and Senator Ruth Daly both voted against it.',
    ],
    quote: 'goes too far',
    speaker: null,
  },
  // "The transport minister has defended …. Fiona Gallagher told MPs …": the BBC and wire lede names the role
  // first and the person in the next sentence; "the minister said" later is hers (quotes/roles.ts ledeRole).
  {
    shape: 'a lede giving the role, the name in the next sentence',
    text: [
      'The finance minister has warned that the budget deficit will double. Tomas Vidal told the assembly on Monday that spending had outrun revenue.',
      '“We cannot borrow our way out of this,” the minister said.',
    ],
    quote: 'We cannot borrow',
    speaker: 'Tomas Vidal',
  },
  // Look-alike: the next sentence's person is given another role of their own.
  {
    shape: 'a lede giving the role, the name in the next sentence',
    text: [
      'The finance minister has warned that the budget deficit will double. Tomas Vidal, an economist at Halden University, said spending had outrun revenue.',
      '“We cannot borrow our way out of this,” the minister said.',
    ],
    quote: 'We cannot borrow',
    speaker: null,
  },
  // Look-alike: a person named in the lede's own sentence is not introduced by the next one.
  {
    shape: 'a lede giving the role, the name in the next sentence',
    text: [
      'The finance minister has warned Ada Brill that the budget deficit will double. Tomas Vidal told the assembly on Monday that spending had outrun revenue.',
      '“We cannot borrow our way out of this,” the minister said.',
    ],
    quote: 'We cannot borrow',
    speaker: null,
  },
  // "“…,” police said", "state officials said": wire copy's unnamed group with no determiner is a speech verb's
  // subject; the short quote is speech, unattributed (quotes/subject-first.ts subjectFirst).
  {
    shape: 'a bare plural group after the quote',
    text: ['The bridge was closed on Monday. “Two men were seen leaving the building,” police said.'],
    quote: 'Two men were seen',
    speaker: null,
  },
  {
    shape: 'a bare plural group after the quote',
    text: ['The bridge was closed on Monday. “Two men were seen leaving the building,” witnesses said.'],
    quote: 'Two men were seen',
    speaker: null,
  },
  // Look-alike: a label in quotation marks followed by no verb stays dropped.
  {
    shape: 'a bare plural group after the quote',
    text: ['The bridge, known to locals as “the old grey lady,” police officers guard it.'],
    quote: 'the old grey lady',
    speaker: false,
  },
  // "“…,” Carl Moss's lawyer said": the lawyer (the person the article gives that title), never Moss.
  {
    shape: "a person's title after the quote",
    text: [
      'The defence lawyer, Zoe Brandt, spoke after the hearing. “My client is innocent,” said Brandt.',
      '“We will appeal the verdict in every court we can,” Carl Moss’s lawyer said.',
    ],
    quote: 'We will appeal',
    speaker: 'Zoe Brandt',
  },
  {
    shape: "a person's title after the quote",
    text: ['Carl Moss was arrested in May. “He is a kind man who never hurt anyone,” Moss’s wife said.'],
    quote: 'He is a kind man',
    speaker: null,
  },
  // Look-alike: the person's own name before the verb is the speaker.
  {
    shape: "a person's title after the quote",
    text: ['Carl Moss was arrested in May. “I am a kind man who never hurt anyone,” Moss said.'],
    quote: 'I am a kind man',
    speaker: 'Carl Moss',
  },
  // "According to a statement from the Port Authority, …. “…,” the statement said": the one the paragraph names
  // as issuing that writing (quotes/body-writing.ts definiteWriting).
  {
    shape: '"the statement said" after its issuer',
    text: [
      'According to a statement from Halden Port Authority, the harbour will reopen on Monday. “Safety comes first,” the statement said.',
    ],
    quote: 'Safety comes first',
    speaker: 'Halden Port Authority',
  },
  // Look-alike: two bodies issued it; the text does not say whose words these are.
  {
    shape: '"the statement said" after its issuer',
    text: [
      'Varnco Industries and the Halden Union both issued a statement on Friday. “These are painful decisions for every family in the valley,” the statement said.',
    ],
    quote: 'These are painful',
    speaker: null,
  },
  // "The transport minister has defended …, saying the network is “…”": a participle shares a qualified title
  // opening the sentence (quotes/attribution.ts QUALIFIED_ROLE_OPENS), here the lede's role.
  {
    shape: 'a participle after a qualified title',
    text: [
      'The finance minister has defended the budget, saying the deficit is “no longer a danger to anyone”.',
      'Tomas Vidal told the assembly on Monday that spending had fallen.',
    ],
    quote: 'no longer a danger',
    speaker: 'Tomas Vidal',
  },
  // Look-alike: a group's noun and its verb are no title: the campaign's words stay unattributed.
  {
    shape: 'a participle after a qualified title',
    text: [
      'President Ada Brill refused a virtual debate. The Renn campaign criticized the refusal, accusing the president of “not wanting to face the voters on the economy”.',
    ],
    quote: 'not wanting to face',
    speaker: null,
  },
];
