// Made-up texts, one or two sentences each, of every shape of quote the issue measured brief getting wrong on news it
// had never seen (issue 9, "What the errors look like"): missed quotes, wrong speakers, extra quotes. Each row is a
// general pattern written with invented names, not a sentence of any article; a look-alike row says where the
// pattern must NOT give a speaker. Read by tests/extract/quote-shapes.test.ts.

/** One made-up case: the paragraphs, the quote's first words, and what brief should say of it. */
export interface Shape {
  /** The error class of the issue it stands for. */
  shape: string;
  text: string[];
  /** The quote's first words (as written inside the marks). */
  quote: string;
  /** The expected speaker (null: unattributed); `false`: not a quote at all (a label, a scare quote). */
  speaker: string | null | false;
  /** The article's byline, when the case is about one. */
  authors?: string[];
  /** Why brief does not get this row yet: the test then expects it to fail, so a fix is noticed. */
  open?: string;
}

/** Missed quotes: real speech brief did not keep, or kept without the speaker the text gives. */
export const MISSED: readonly Shape[] = [
  // A whole paragraph of quotation with no speech verb, its speaker named in the paragraph before.
  {
    shape: 'paragraph after the speaker’s paragraph',
    text: [
      'Harbour master Ines Calloway has run the port for twenty years and spoke to reporters on Monday.',
      '“We lost three boats in one night. Nobody expected the water to rise that fast.”',
    ],
    quote: 'We lost three boats',
    speaker: 'Ines Calloway',
  },
  {
    shape: 'paragraph after the speaker’s paragraph',
    text: [
      'Tobias Renn, who farms barley outside the town, said the river had never come so close to his fields.',
      '“My father saw the flood of 1970. Even he never saw anything like this.”',
    ],
    quote: 'My father saw',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'paragraph after the speaker’s paragraph',
    text: [
      'For nurse Marta Veldt, the night shift is the hardest part of the job.',
      '“You are alone with forty patients and one doctor for the whole building.”',
    ],
    quote: 'You are alone',
    speaker: 'Marta Veldt',
  },
  // "…," <name or description> <any verb>: the verb is known by its place, not by a list.
  {
    shape: 'name + verb outside the list after the quote',
    text: ['“That is simply not true,” Senator Ada Brill fumed.'],
    quote: 'That is simply',
    speaker: 'Ada Brill',
  },
  {
    shape: 'name + verb outside the list after the quote',
    text: [
      'Ada Brill ran for governor in 2016.',
      '“I was never going to win that race,” then-candidate Brill conceded later.',
    ],
    quote: 'I was never going',
    speaker: 'Ada Brill',
  },
  {
    shape: 'name + verb outside the list after the quote',
    text: ['“The winters were longer back then,” Tobias Renn reminisced.'],
    quote: 'The winters were',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'name + verb outside the list after the quote',
    text: ['“We have no money left for the roads,” Mayor Tobias Renn lamented on Tuesday.'],
    quote: 'We have no money',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'name + verb outside the list after the quote',
    text: ['Ines Calloway listened.', '“Then we start again tomorrow,” she shrugged.'],
    quote: 'Then we start',
    speaker: 'Ines Calloway',
  },
  {
    shape: 'name + verb outside the list after the quote',
    text: ['“It was a mistake to close the school,” Renn, a former teacher, conceded.'],
    quote: 'It was a mistake',
    speaker: 'Renn',
  },
  {
    shape: 'name + verb outside the list after the quote',
    text: ['“This is a good day for the town,” beamed Mayor Tobias Renn.'],
    quote: 'This is a good day',
    speaker: 'Tobias Renn',
  },
  // Look-alikes: where the shape does not place a speech verb, any verb is not one.
  {
    shape: 'name + verb outside the list after the quote',
    text: ['“We will rebuild the harbour and the school by spring.” Tobias Renn disagreed with the plan.'],
    quote: 'We will rebuild',
    speaker: null,
  },
  {
    shape: 'name + verb outside the list after the quote',
    text: ['After the “trial of the century,” Tobias Renn moved to the coast.'],
    quote: 'trial of the century',
    speaker: false,
  },
  {
    shape: 'name + verb outside the list after the quote',
    text: ['“You will close the school and the pool by Friday,” Tobias Renn was told by the inspector.'],
    quote: 'You will close',
    speaker: null,
  },
  // The mirror: <name> <verb>, “…” / <name> <verb>: “…”, any verb.
  {
    shape: 'name + verb outside the list before the quote',
    text: ['Ada Brill shrugged, “We will see what the voters want.”'],
    quote: 'We will see',
    speaker: 'Ada Brill',
  },
  {
    shape: 'name + verb outside the list before the quote',
    text: ['Tobias Renn put it bluntly: “The town is broke and the banks know it.”'],
    quote: 'The town is broke',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'name + verb outside the list before the quote',
    text: ['Asked about the closure, Ines Calloway sighed: “There is nothing left to close.”'],
    quote: 'There is nothing left',
    speaker: 'Ines Calloway',
  },
  // A quote opening the sentence, the speaker in the next sentence.
  {
    shape: 'quote first, speaker in the next sentence',
    text: [
      '“We are not leaving this valley.” Ines Calloway said it twice, to make sure the officials heard.',
    ],
    quote: 'We are not leaving',
    speaker: 'Ines Calloway',
  },
  {
    shape: 'quote first, speaker in the next sentence',
    text: [
      'The crowd waited in the rain.',
      '“Nobody asked us before they built the wall.” That was how Tobias Renn, a shop owner, summed up the mood.',
    ],
    quote: 'Nobody asked us',
    speaker: 'Tobias Renn',
  },
  // A verb or a colon before the quote.
  {
    shape: 'verb or colon before the quote',
    text: [
      'In a letter to the council, Ada Brill wrote that “the plan puts every family on the coast at risk.”',
    ],
    quote: 'the plan puts',
    speaker: 'Ada Brill',
  },
  {
    shape: 'verb or colon before the quote',
    text: ['Tobias Renn took to social media on Friday night: “I will not resign over a lie.”'],
    quote: 'I will not resign',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'verb or colon before the quote',
    text: ['The council sent Tobias Renn a short reply: “The answer is no, and it will stay no.”'],
    quote: 'The answer is no',
    speaker: null,
  },
  // A quote inside a sentence whose verb is not one of speech.
  {
    shape: 'quote inside a sentence without a speech verb',
    text: ['Ada Brill believes the tax is “a punishment for anyone who works nights”.'],
    quote: 'a punishment for anyone',
    speaker: 'Ada Brill',
  },
  {
    shape: 'quote inside a sentence without a speech verb',
    text: ['For Tobias Renn, the new bridge is “the best thing to happen to this town in fifty years”.'],
    quote: 'the best thing',
    speaker: 'Tobias Renn',
  },
  // Added for issue 9's second pass: more of each missed shape, and look-alikes that must stay unattributed.
  {
    shape: 'paragraph after the speaker’s paragraph',
    text: [
      'Lena Ostrova is the executive director of the Lorvan Food Bank.',
      '“Demand has doubled since the spring and donations have not kept up.”',
    ],
    quote: 'Demand has doubled',
    speaker: 'Lena Ostrova',
  },
  {
    shape: 'paragraph after the speaker’s paragraph',
    text: [
      'Paul Grant has lived on Harbour Street for thirty years. He says the floods are getting worse.',
      '“Every spring the water comes a little higher up the steps.”',
    ],
    quote: 'Every spring the water',
    speaker: 'Paul Grant',
  },
  {
    shape: 'paragraph after the speaker’s paragraph',
    text: [
      'According to Marta Veldt, the clinic turns away a dozen patients a day.',
      '“We simply do not have the staff to see them all.”',
    ],
    quote: 'We simply do not',
    speaker: 'Marta Veldt',
  },
  {
    shape: 'paragraph after the speaker’s paragraph',
    text: [
      'The storm hit the coast on Monday, two days after Tobias Renn left office.',
      '“Nobody was ready for this, not the town and not the province.”',
    ],
    quote: 'Nobody was ready',
    speaker: null,
  },
  {
    shape: 'name + verb outside the list after the quote',
    text: [
      '“We will be back next year, and we will be louder,” Ines Calloway, who organized the first march in the town a decade ago, promised.',
    ],
    quote: 'We will be back',
    speaker: 'Ines Calloway',
  },
  {
    shape: 'name + verb outside the list after the quote',
    text: ['“That decision belongs to the voters,” Tobias Renn shot back.'],
    quote: 'That decision belongs',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'name + verb outside the list after the quote',
    text: ['“Nobody should have to wait that long,” the health minister, Ada Brill, told reporters.'],
    quote: 'Nobody should have',
    speaker: 'Ada Brill',
  },
  {
    shape: 'quote first, speaker in the next sentence',
    text: [
      '“It was the worst night of my life.” Ines Calloway, who lost her home in the fire, said she still cannot sleep.',
    ],
    quote: 'It was the worst night',
    speaker: 'Ines Calloway',
  },
  {
    shape: 'quote first, speaker in the next sentence',
    text: [
      '“It was the worst night of my life.” That is how Ines Calloway describes the fire that took her home.',
    ],
    quote: 'It was the worst night',
    speaker: 'Ines Calloway',
  },
  {
    shape: 'quote first, speaker in the next sentence',
    text: [
      'The council voted on Monday.',
      '“It is a victory for every family on the coast.” Tobias Renn, who led the campaign, was in the gallery for the vote.',
    ],
    quote: 'It is a victory',
    speaker: null,
  },
  {
    shape: 'verb or colon before the quote',
    text: ['Ada Brill’s message to the council was simple: “Fix the roads before you fix anything else.”'],
    quote: 'Fix the roads',
    speaker: 'Ada Brill',
  },
  {
    shape: 'verb or colon before the quote',
    text: ['Asked whether she would run again, Ines Calloway was blunt: “Not a chance.”'],
    quote: 'Not a chance',
    speaker: 'Ines Calloway',
  },
  {
    shape: 'verb or colon before the quote',
    text: [
      'Calling it “just another delay”, Ines Calloway told reporters the bridge would not open this year.',
    ],
    quote: 'just another delay',
    speaker: 'Ines Calloway',
  },
  {
    shape: 'verb or colon before the quote',
    text: ['Calling it as “a betrayal of every worker”, Tobias Renn left the meeting.'],
    quote: 'a betrayal of every',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'verb or colon before the quote',
    text: ['Mayor Ada Brill accused the company of “cheating”.'],
    quote: 'cheating',
    speaker: 'Ada Brill',
  },
  {
    shape: 'quote inside a sentence without a speech verb',
    text: ['Tobias Renn hopes the new bridge will “bring the two halves of the town together again.”'],
    quote: 'bring the two halves',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'quote inside a sentence without a speech verb',
    text: ['Tobias Renn was charged with “conduct unbecoming a member of the town council” in May.'],
    quote: 'conduct unbecoming',
    speaker: null,
  },
  {
    shape: 'paragraph after the speaker’s paragraph',
    text: [
      'When the water finally went down on Thursday morning, after three days, Tobias Renn went back to his farm.',
      '“The fences were gone and the barn was full of mud.”',
    ],
    quote: 'The fences were gone',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'paragraph after the speaker’s paragraph',
    text: [
      'Tobias Renn owns the bakery on Main Street. It has been in his family for three generations.',
      '“My grandfather baked bread here during the war.”',
    ],
    quote: 'My grandfather baked',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'paragraph after the speaker’s paragraph',
    text: [
      'Ines Calloway runs the shelter on Dock Road.',
      '“Every night we turn people away.” The shelter has forty beds.',
    ],
    quote: 'Every night we turn',
    speaker: 'Ines Calloway',
  },
  {
    shape: 'paragraph after the speaker’s paragraph',
    text: [
      'The river rose two metres overnight, forcing Tobias Renn from his home.',
      '“Nobody could have stopped water like that, not even the army.”',
    ],
    quote: 'Nobody could have',
    speaker: null,
  },
  {
    shape: 'quote first, speaker in the next sentence',
    text: [
      'The council met on Monday.',
      '“We are not going to stop.” Ines Calloway, the group’s founder, has been protesting outside the hall for ten years.',
    ],
    quote: 'We are not going',
    speaker: 'Ines Calloway',
  },
  {
    shape: 'quote first, speaker in the next sentence',
    text: ['“We are not going to stop.” That’s what Ines Calloway told the council on Monday.'],
    quote: 'We are not going',
    speaker: 'Ines Calloway',
  },
  {
    shape: 'verb or colon before the quote',
    text: [
      'Ada Brill, the premier, was asked about the strike. Her answer was short: “Nobody wins a strike.”',
    ],
    quote: 'Nobody wins',
    speaker: 'Ada Brill',
  },
  {
    shape: 'verb or colon before the quote',
    text: [
      'When reached by phone, Tobias Renn declined to comment, but later wrote in an email that the decision was “deeply unfair to the workers.”',
    ],
    quote: 'deeply unfair',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'verb or colon before the quote',
    text: ['Calling it a “betrayal of trust” Ines Calloway left the meeting.'],
    quote: 'betrayal of trust',
    speaker: 'Ines Calloway',
  },
  {
    shape: 'verb or colon before the quote',
    text: ['Tobias Renn talked about how the town had been forgotten “until now.”'],
    quote: 'until now',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'quote inside a sentence without a speech verb',
    text: ['Tobias Renn knew the mill would be “closed for good by Christmas, whatever the union did.”'],
    quote: 'closed for good',
    speaker: null,
  },
  {
    shape: 'quote inside a sentence without a speech verb',
    text: ['Ines Calloway wants the province to “step up and pay its fair share of the costs.”'],
    quote: 'step up and pay',
    speaker: 'Ines Calloway',
  },
  {
    shape: 'verb or colon before the quote',
    text: ['The message from Tobias Renn was clear: “Nobody touches the harbour while I am mayor.”'],
    quote: 'Nobody touches',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'verb or colon before the quote',
    text: [
      'The letter to Tobias Renn was short: “Your licence to fish in the bay is withdrawn from Monday.”',
    ],
    quote: 'Your licence',
    speaker: null,
  },
  {
    shape: 'name + verb outside the list after the quote',
    text: ['“Get off my property,” Tobias Renn can be heard saying in the video.'],
    quote: 'Get off my property',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'name + verb outside the list after the quote',
    text: ['“Nobody told us anything for three days,” Ines Calloway is quoted as saying.'],
    quote: 'Nobody told us',
    speaker: 'Ines Calloway',
  },
  {
    shape: 'name + verb outside the list after the quote',
    text: ['“Nobody told us anything,” Ines Calloway would later tell investigators.'],
    quote: 'Nobody told us',
    speaker: 'Ines Calloway',
  },
];

/** Wrong speakers: a quote given to no one, or to the wrong one, when the text says who spoke. */
export const WRONG: readonly Shape[] = [
  // Null although the text names the speaker: a verb before the quote, a title, a pronoun after.
  {
    shape: 'title → the person holding it',
    text: ['Mayor Tobias Renn opened the bridge on Monday.', '“It took us ten years,” the mayor said.'],
    quote: 'It took us ten years',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'title → the person holding it',
    text: ['Mayor Tobias Renn opened the bridge on Monday.', '“It took us ten years,” said the mayor.'],
    quote: 'It took us ten years',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'title → the person holding it',
    text: [
      'Ada Brill, the city’s mayor, opened the bridge on Monday.',
      '“It took us ten years to build,” the mayor told reporters.',
    ],
    quote: 'It took us ten years',
    speaker: 'Ada Brill',
  },
  {
    shape: 'title → the person holding it',
    text: [
      'Tobias Renn, the team’s coach since 2015, watched from the bench.',
      '“We play for the town, not for ourselves,” the coach said.',
    ],
    quote: 'We play for the town',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'title → the person holding it',
    text: [
      'Senator Ada Brill met Governor Tobias Renn in the capital.',
      '“We agreed on nothing but the weather,” the governor said.',
    ],
    quote: 'We agreed on nothing',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'title → the person holding it',
    text: [
      'Ada Brill, the mayor’s wife, opened the bridge on Monday.',
      '“It took us ten years to build,” the mayor told reporters.',
    ],
    quote: 'It took us ten years',
    speaker: null,
  },
  {
    shape: 'title → the person holding it',
    text: [
      '“The ice is melting from below,” said glaciologist Karen Alley.',
      '“We need more data before we can say how fast,” the Wooster professor added.',
    ],
    quote: 'We need more data',
    speaker: 'Karen Alley',
  },
  {
    shape: 'title → the person holding it',
    text: [
      '“The ice is melting from below,” said glaciologist Karen Alley.',
      '“We need more data before we can say how fast,” her husband added.',
    ],
    quote: 'We need more data',
    speaker: null,
  },
  {
    shape: 'title → the person holding it',
    text: [
      '“We will keep every clinic open,” said Health Minister Ada Brill.',
      'The plan was criticised by the city’s archbishop. “We must pray for the clinics to close,” the archbishop said.',
    ],
    quote: 'We must pray',
    speaker: null,
  },
  {
    shape: 'title → the person holding it',
    text: [
      'Governor Ada Brill signed the bill on Tuesday.',
      'The governor posted her reasons online saying, “Every life is precious to the people of this state.”',
    ],
    quote: 'Every life is precious',
    speaker: 'Ada Brill',
  },
  {
    shape: 'pronoun after the quote → the subject who last spoke',
    text: [
      'Ines Calloway thanked the volunteers and Mayor Tobias Renn for their help.',
      '“We could not have done it alone,” she said.',
    ],
    quote: 'We could not',
    speaker: 'Ines Calloway',
  },
  {
    shape: 'pronoun after the quote → the subject who last spoke',
    text: [
      'Tobias Renn was elected in 2019 after beating Paul Grant in a close race.',
      '“I never thought I would win,” he admitted.',
    ],
    quote: 'I never thought',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'another person of the article instead of the one speaking',
    text: [
      'The harbour master, Ines Calloway, said the crews must face “a full inquiry”, adding Tobias Renn will lead it.',
    ],
    quote: 'a full inquiry',
    speaker: 'Ines Calloway',
  },
  {
    // Look-alike: "according to" names the source after it.
    shape: 'another person of the article instead of the one speaking',
    text: ['The boat came in at “very low speed” according to Tobias Renn, who saw it.'],
    quote: 'very low speed',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'pronoun after the quote → the subject who last spoke',
    text: [
      'On Friday, the day she left the race, Ines Calloway endorsed her former rival, Maria Lund.',
      '“Today I am leaving for the same reason I entered,” she said.',
    ],
    quote: 'Today I am leaving',
    speaker: 'Ines Calloway',
  },
  {
    shape: 'pronoun after the quote → the subject who last spoke',
    text: [
      'Tobias Renn said the plant would close, a decision that angered Paul Grant.',
      '“It is the only way to save the company,” he said.',
    ],
    quote: 'It is the only way',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'pronoun after the quote → the subject who last spoke',
    text: [
      '“We lost by a hundred votes,” said Paul Grant, who was beaten by Tobias Renn.',
      '“I will run again in four years,” he added.',
    ],
    quote: 'I will run again',
    speaker: 'Paul Grant',
  },
  {
    shape: 'verb before the quote',
    text: [
      'Health expert Marta Veldt spoke to the radio on Monday.',
      'She went on to say, “People think of the disease as belonging to the place where it was first found.”',
    ],
    quote: 'People think of the disease',
    speaker: 'Marta Veldt',
  },
  {
    shape: 'verb before the quote',
    text: ['Ines Calloway told the council on Monday, “The pool stays open all summer.”'],
    quote: 'The pool stays',
    speaker: 'Ines Calloway',
  },
  // Another person of the article: the one named last instead of the one speaking.
  {
    shape: 'the speaking subject, not the person named last',
    text: [
      '“He was my teacher and my friend,” said Ines Calloway, who studied under Tobias Renn for a decade.',
    ],
    quote: 'He was my teacher',
    speaker: 'Ines Calloway',
  },
  {
    shape: 'the speaking subject, not the person named last',
    text: ['Ada Brill said Tobias Renn had “lied to everyone in the room”.'],
    quote: 'lied to everyone',
    speaker: 'Ada Brill',
  },
  {
    shape: 'the speaking subject, not the person named last',
    text: [
      'According to Ada Brill, Tobias Renn told the board: “The money is gone and I cannot bring it back.”',
    ],
    quote: 'The money is gone',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'the speaking subject, not the person named last',
    text: [
      'Tobias Renn met Paul Grant at the port.',
      '“Paul has always been fair with us,” Renn said after the meeting.',
    ],
    quote: 'Paul has always',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'the speaking subject, not the person named last',
    text: ['Ines Calloway spoke after the vote.', '“Tobias Renn deserves the credit for this,” she said.'],
    quote: 'Tobias Renn deserves',
    speaker: 'Ines Calloway',
  },
  {
    shape: 'the speaking subject, not the person named last',
    text: [
      'In a recording, one voice audibly says Tobias Renn “has been paid to keep quiet about the port”.',
    ],
    quote: 'has been paid',
    speaker: null,
  },
  {
    shape: 'the speaking subject, not the person named last',
    text: [
      'Mayor Tobias Renn resigned over a tape on which someone, apparently Paul Grant, says Renn “took the money from the harbour fund”.',
    ],
    quote: 'took the money',
    speaker: 'Paul Grant',
  },
  {
    shape: 'the speaking subject, not the person named last',
    text: [
      'Tobias Renn said the report had called the harbour “a danger to every boat in the bay.” Then Ada Brill posted a photograph of the harbour.',
    ],
    quote: 'a danger to every boat',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'the speaking subject, not the person named last',
    text: ['“We have lost a friend and a brother,” writes Renn’s longtime partner Paul Grant on his blog.'],
    quote: 'We have lost a friend',
    speaker: 'Paul Grant',
  },
  {
    shape: 'title → the person holding it',
    text: [
      'Judge Ada Brill struck down the law on Friday.',
      'Part of the judge’s ruling reads “no town may close its harbour to the boats of another town.”',
    ],
    quote: 'no town may close',
    speaker: 'Ada Brill',
  },
  // An organization instead of the person; an organization only as the subject of the speech verb.
  {
    shape: 'a person of an organization, not the organization',
    text: ['Tobias Renn, a spokesman for the Harbour Authority, said: “All ferries run again from Monday.”'],
    quote: 'All ferries run',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'a person of an organization, not the organization',
    text: ['“We cannot confirm any of it,” said Ines Calloway of the Lorvan Water Board.'],
    quote: 'We cannot confirm',
    speaker: 'Ines Calloway',
  },
  {
    shape: 'a person of an organization, not the organization',
    text: ['“Prices will fall by spring,” Lorvan Water Board chief Ines Calloway said.'],
    quote: 'Prices will fall',
    speaker: 'Ines Calloway',
  },
  {
    shape: 'an organization as the subject of the speech verb',
    text: ['“All ferries are cancelled today,” the Harbour Authority said in a statement.'],
    quote: 'All ferries are cancelled',
    speaker: 'Harbour Authority',
  },
  {
    shape: 'an organization as the subject of the speech verb',
    text: [
      'The Harbour Authority closed the port after Tobias Renn reported the leak.',
      '“The oil has reached the beach at two places,” a statement read.',
    ],
    quote: 'The oil has reached',
    speaker: null,
  },
  // Never a byline.
  {
    shape: 'never a byline',
    text: ['By Ada Brill', '“We waited for the bus for three hours in the snow,” a commuter said.'],
    quote: 'We waited for the bus',
    speaker: null,
    authors: ['Ada Brill'],
  },
  {
    shape: 'never a byline',
    text: [
      'Ada Brill reported from the station.',
      'The bus never came.',
      '“We waited for three hours in the snow and nobody told us anything.”',
    ],
    quote: 'We waited for three hours',
    speaker: null,
    authors: ['Ada Brill'],
  },
  // Added for issue 9's second pass.
  {
    shape: 'title → the person holding it',
    text: [
      'Premier Ada Brill met the mayors on Monday.',
      'The premier, speaking after a meeting with Tobias Renn, said “we are closer than we have ever been.”',
    ],
    quote: 'we are closer',
    speaker: 'Ada Brill',
  },
  {
    shape: 'the speaking subject, not the person named last',
    text: [
      'Ines Calloway, who replaced Tobias Renn as leader in May, said the party “must listen before it speaks.”',
    ],
    quote: 'must listen',
    speaker: 'Ines Calloway',
  },
  {
    shape: 'an organization as the subject of the speech verb',
    text: ['“We are looking into every complaint,” a Lorvan Water Board spokesperson said.'],
    quote: 'We are looking',
    speaker: 'Lorvan Water Board',
  },
  {
    shape: 'an organization as the subject of the speech verb',
    text: ['“We are looking into every complaint,” a spokesperson for the Lorvan Water Board said.'],
    quote: 'We are looking',
    speaker: 'Lorvan Water Board',
  },
  {
    shape: 'an organization as the subject of the speech verb',
    text: [
      'The Lorvan Water Board’s rules forbid “any work of a political or military character,” a Lorvan Water Board spokesperson stated.',
      'The spokesperson added that they “would not take sides in any dispute between members.”',
    ],
    quote: 'would not take sides',
    speaker: 'Lorvan Water Board',
  },
  {
    shape: 'an organization as the subject of the speech verb',
    text: ['“We are looking into every complaint,” a spokesperson said.'],
    quote: 'We are looking',
    speaker: null,
  },
  {
    shape: 'an organization as the subject of the speech verb',
    text: ['The Lorvan Water Board defended the price rise as “necessary”.'],
    quote: 'necessary',
    speaker: 'Lorvan Water Board',
  },
  {
    shape: 'title → the person holding it',
    text: [
      'Ines Calloway, 54, has lived on the street since 1990.',
      '“I am not leaving this house,” the 54-year-old said.',
    ],
    quote: 'I am not leaving',
    speaker: 'Ines Calloway',
  },
  {
    shape: 'title → the person holding it',
    text: [
      'Tobias Renn, a former teacher, runs the shelter.',
      '“Every bed is full tonight,” the former teacher said.',
    ],
    quote: 'Every bed is full',
    speaker: 'Tobias Renn',
  },
  {
    shape: 'title → the person holding it',
    text: [
      'Transport Minister Ada Brill flew to the crash site.',
      'The local health minister said, “The injured have been taken to the two hospitals nearest the airport.”',
    ],
    quote: 'The injured have been',
    speaker: null,
  },
  {
    shape: 'title → the person holding it',
    text: [
      'Dr. Lena Ostrova treated the victims.',
      '“Most had burns to their hands and faces,” the doctor said.',
    ],
    quote: 'Most had burns',
    speaker: 'Lena Ostrova',
  },
  {
    shape: 'title → the person holding it',
    text: [
      'Dr. Lena Ostrova treated the victims.',
      '“Most had burns to their hands and faces,” the nurse said.',
    ],
    quote: 'Most had burns',
    speaker: null,
  },
  {
    shape: 'a person of an organization, not the organization',
    text: [
      '“The pipes are old and we have no money to replace them,” the Lorvan Water Board’s Ines Calloway said.',
    ],
    quote: 'The pipes are old',
    speaker: 'Ines Calloway',
  },
  {
    shape: 'a person of an organization, not the organization',
    text: [
      '“The pipes are old and we have no money to replace them,” Ines Calloway’s lawyer Paul Grant said.',
    ],
    quote: 'The pipes are old',
    speaker: 'Paul Grant',
  },
];

/** Extra quotes: quoted words that are not speech (GUIDE.md), unless a speech verb takes them. */
export const EXTRA: readonly Shape[] = [
  {
    shape: 'scare quote',
    text: ['The so-called “reform” left the town with fewer buses than before.'],
    quote: 'reform',
    speaker: false,
  },
  {
    shape: 'scare quote',
    // ("what he calls a “pop-up” bakery" would be his wording, as "called it an “interesting” case" is.)
    text: ['The “pop-up” bakery Tobias Renn runs from his garage sold out by noon.'],
    quote: 'pop-up',
    speaker: false,
  },
  {
    shape: 'label',
    text: ['Residents put up signs reading “No Wall” along the road.'],
    quote: 'No Wall',
    speaker: false,
  },
  {
    shape: 'title of a work',
    text: ['Ines Calloway’s first novel, “The Salt Road”, sold ten thousand copies.'],
    quote: 'The Salt Road',
    speaker: false,
  },
  {
    shape: 'nickname',
    text: ['The ferry, nicknamed “the old lady”, was retired in May.'],
    quote: 'the old lady',
    speaker: false,
  },
  {
    shape: 'a short phrase a speech verb takes is speech',
    text: ['Ada Brill called the plan “reckless and cruel” on Monday.'],
    quote: 'reckless and cruel',
    speaker: 'Ada Brill',
  },
  {
    shape: 'a short phrase a speech verb takes is speech',
    text: ['Several councillors condemned the plan as a “grave abuse of power” and “contrary to law”.'],
    quote: 'contrary to law',
    speaker: null,
  },
  {
    shape: 'a short phrase a speech verb takes is speech',
    text: [
      'Several councillors condemned the decision of the harbour board, citing the move as a “grave abuse of power” and “contrary to law”.',
    ],
    quote: 'contrary to law',
    speaker: null,
  },
  {
    shape: 'label',
    text: ['Ada Brill runs a shop selling “everything a fisherman could ever need”.'],
    quote: 'everything a fisherman',
    speaker: false,
  },
];
