import {describe, expect, it} from 'vitest';
import {explainFacts, FACT_RULE_TABLES} from '../../src/extract/facts.js';
import {explain} from '../../src/extract/index.js';
import type {Sentence} from '../../src/extract/pipeline.js';

// One sentence per string, so the table does not depend on the sentence splitter.
const sentences = (texts: readonly string[], oneParagraph = false): Sentence[] =>
  texts.map((text, index) => ({text, paragraph: oneParagraph ? 0 : index, start: 0, index}));
// The rules behind every decision the facts stage made about the numbers of these sentences.
const fired = (texts: readonly string[], title = '', oneParagraph = false): Set<string> =>
  new Set(explainFacts(sentences(texts, oneParagraph), title).trace.flatMap((t) => t.rules));

// An article whose strong facts fill the box, so that details are left out.
const busy = [
  'A fire in a five-story building killed 12 people on Monday, officials said.',
  'Firefighters said 30 people were injured and 200 residents were evacuated.',
  'The city council will spend $4 million on repairs.',
  'Investigators said the fire spread for 45 minutes before crews arrived.',
  'Police arrested 15 people over the weekend.',
];
// Eight strong facts outside quotation marks: a first-person quote's number is left out beside them.
const reported = [
  ...busy,
  'Rescuers pulled 9 survivors from the rubble of the building.',
  'The blaze destroyed 40 homes in the old town.',
  'The city will pay $2 million to the families of the dead.',
];
const filler = Array.from({length: 12}, () => 'The town council met again.');

/** Per rule id: sentences where the rule decides, and similar ones where it must not (its false positives). */
const table: Record<string, {fires: string[]; not: string[]; title?: string; oneParagraph?: boolean}> = {
  // skip: codes and times
  // elided units (s46d)
  'elided-number-of': {
    fires: ['The city reduced the number of polling stations from 180 to 5.'],
    not: ['The city reduced the polling stations, from 180 to 5.'],
  },
  'elided-antecedent': {
    fires: ['Okafor had the most pledged delegates, with 60.'],
    not: ['Her two children, 12 and 14, were at home.'],
  },
  'elided-previous-count': {
    fires: ['Okafor won 60 delegates in the first round.', 'Lindqvist had 54.'],
    not: ['Okafor won 60 delegates in the first round.', 'Lindqvist had 54.'],
    oneParagraph: true,
  },
  'born-text': {
    fires: ['Born Ada Moss in Lorne, Victoria on June 2, 1931, she sang on the radio.'],
    not: ['Born Ada Moss in Lorne, Victoria on June 2, 1931, she sang for six decades.'],
    title: 'Singer Ada Moss dies aged 91',
  },
  'not-finite': {fires: [`They counted ${'9'.repeat(400)} grains.`], not: ['They counted 999 grains.']},
  'ordinal-suffix': {fires: ['The 21st century brought change.'], not: ['The 21 delegates voted.']},
  'decade-suffix': {
    fires: ['Both firms have operated since the 1970s.'],
    not: ['Both firms sold 1970 cars.'],
  },
  'time-suffix': {fires: ['The fire started at 6am local time.'], not: ['The fire burned 6 homes.']},
  'zone-offset': {
    fires: ['Police reported the death on Friday morning, local time (UTC+0900).'],
    not: ['Police reported 900 deaths on Friday, local time.'],
  },
  'glued-suffix-code': {
    fires: ['Water vapour was found on K2-18b by astronomers.'],
    not: ['The road is 12km long.'],
  },
  'glued-to-word': {
    fires: ['Flight MH17 was shot down.'],
    not: ['The rebels shot down 17 planes.'],
  },
  'hyphenated-code': {fires: ['The F-16 jets landed.'], not: ['The team won 3 to 2-1 on Sunday.']},
  'phone-digits': {
    fires: ['Parents can call a helpline on 0800 414 2260 for advice.'],
    not: ['By 2025 300 families had left the valley.'],
  },
  'marked-code': {fires: ['Fans sang #5 all night.'], not: ['Fans sang 5 songs all night.']},
  'clock-minutes': {fires: ['The shooting began around 19:45 CEST.'], not: ['The score was 19 to 45.']},
  'year-range-end': {fires: ['The war of 1914-18 changed Europe.'], not: ['The war of 1914 changed Europe.']},
  'digits-run-on': {fires: ['It cost 200,0000 dollars.'], not: ['It cost 200,000 dollars.']},
  'clock-hours': {fires: ['The ship sank at 2:45 on Monday.'], not: ['The ship carried 245 passengers.']},
  'slash-date': {fires: ['It sank on 3/4/2019 off the coast.'], not: ['It sank with 34 crew on board.']},
  'iso-date': {fires: ['The file is dated 2019-03 in the archive.'], not: ['The file lists 2019 names.']},
  'time-zone-after': {
    fires: ['The ship sank at 1000 UTC on Monday.'],
    not: ['The ship carried 1000 tonnes.'],
  },
  'part-of-day': {fires: ['They left at 6 in the morning.'], not: ['They left 6 people in the morning.']},
  'military-time': {fires: ['The raid began at 0430 hours.'], not: ['The raid lasted 30 hours.']},
  // skip: dates and ages
  'month-before': {fires: ['The law took effect on March 28.'], not: ['The law took effect after 28 votes.']},
  'month-after': {fires: ['The vote was held on 28 March.'], not: ['The vote was won by 28 members.']},
  'weekday-before': {fires: ['They met on Monday 5 at noon.'], not: ['They met 5 officials at noon.']},
  'month-day-year': {
    fires: ['It opened on March 28, 2019.'],
    not: ['It opened with 28 stalls and 2019 visitors.'],
  },
  'day-of-month': {fires: ['It began on the night of 5 march.'], not: ['It began with 5 of the players.']},
  'day-range-end': {
    fires: ['The event ran from March 15 to 17 in Toronto.'],
    not: ['The event drew 15 to 17 teams.'],
  },
  'year-that-dates': {
    fires: ['The 1973 report on the group was never read.'],
    not: ['Police arrested 1500 people.'],
  },
  'relative-date': {
    fires: ['The summit was held nearly two weeks ago.'],
    not: ['The summit lasted two weeks.'],
  },
  'age-years-old': {fires: ['A 45-year-old man was arrested.'], not: ['A 45-year sentence was handed down.']},
  'age-after-aged': {fires: ['The driver, aged 41, was arrested.'], not: ['The driver crashed 41 times.']},
  'age-after-copula': {fires: ['He was 101 and died of pneumonia.'], not: ['The death toll was 101.']},
  'age-in-apposition': {
    fires: ['Svitlana Lytvynenko, 21, a sales manager, ran to the basement.'],
    not: ['In all, 21 people ran to the basement.'],
  },
  // skip: names and repeats
  'reference-noun': {
    fires: ['Britain invoked Article 50 of the treaty.'],
    not: ['A number of 50 people came.'],
  },
  'name-before': {
    fires: ['The Boeing 737 was grounded.'],
    not: ['Caloundra defeated Wynnum 45 points to 24.'],
  },
  'no-abbreviation': {fires: ['He wore the No. 5 shirt.'], not: ['He wore 5 shirts.']},
  'number-word-in-name': {
    fires: ['He got a toy from a Six Flags park.'],
    not: ['Six flags flew over the park.'],
  },
  'street-after-at': {
    fires: ['The police office at 12 Harbour Road was closed.'],
    not: ['The office at 12 was closed.'],
  },
  'street-type-after': {
    fires: ['He lives in 10 Downing Street.'],
    not: ['He has lived 10 years there.'],
  },
  'quoted-label': {
    fires: ['It is governed under the “one country, two systems” model.'],
    not: ['The mayor said “two people drowned” in the flood.'],
  },
  'adjective-compound': {
    fires: [
      'Mechanically, two-legged running made the wings flap.',
      'He was known for his two-handed tapping.',
      'She studied the three-dimensional shapes of the proteins.',
    ],
    not: ['The 55-member union met.', 'They printed an eight-page report.', 'A 30-bed ward was opened.'],
  },
  'bracketed-conversion': {
    fires: ['The boat was 75 ft (~23 m) long.'],
    not: ['The boat (built in Oslo) was 23 m long.'],
  },
  'refers-back': {
    fires: ['The two leaders met in Anchorage.'],
    not: ['It was one of the five demands of the strikers.'],
  },
  'one-as-pronoun': {fires: ['One of the officials said the talks failed.'], not: ['One person was killed.']},
  'list-marker': {
    fires: ['Voters can choose 1) a referendum or (2) a vote.'],
    not: ['Voters chose (2 votes) to stay.'],
  },
  'zero-of-nothing': {
    fires: ['Incidence dropped, in some cases to almost zero.'],
    not: ['Zero people were hurt.'],
  },
  margin: {fires: ['The star is 1010 ± 195 light years away.'], not: ['The star is 195 light years away.']},
  'long-digit-code': {fires: ['You can call 5550123 for details.'], not: ['It cost 5,550,123 dollars.']},
  // skip: neighbours
  'range-shares-reason': {
    fires: ['Victims were between the ages of 14 and 18.'],
    // A share or a sum beside a year is dated by it, not made a year.
    not: ['Between 14 and 18 people were hurt.', 'The agency expects exports to rise 2.4% in 2031.'],
  },
  'code-pair': {
    fires: ['The airline still flies the MD-80 and 90.'],
    not: ['The airline flew 80 and 90 planes.'],
  },
  'code-hyphen-pair': {
    fires: ['The system will run on both x86-64 and ARM-based processors.'],
    not: ['The home side won 3-1 on Sunday.'],
  },
  'age-list': {
    fires: ['The deceased were aged nine, ten, thirteen, 49, and 59.'],
    not: ['The dead were the pilot aged 41, his daughter aged 13, and seven others.'],
  },
  'names-a-thing': {
    fires: ['Boeing referred to the 707 involved in the crash.'],
    not: ['Boeing delivered the 707 planes.'],
  },
  // hedges
  counterfactual: {
    fires: ['He said the toll would have been more than a thousand without the shelters.'],
    not: ['He said the toll was more than a thousand by Monday.'],
  },
  conditional: {
    fires: ['Officials can be removed from office if two-thirds of the senators vote for removal.'],
    not: ['Two-thirds of the senators voted for removal.'],
  },
  'quoted-modal': {
    fires: ['“There could be 40 more cars out there,” she said.'],
    not: ['“We saw 40 cars burning,” she said.', 'Officials said the bridge could carry 40 cars.'],
  },
  // clause
  'subject-shown': {
    fires: ['Russia launched 598 drones and 31 missiles in the overnight assault.'],
    not: ['Like all boats of over 300 tons, the ferry must carry a transponder.'],
  },
  'fronted-phrase': {
    fires: ['In the past few decades most prorogations have been for at most two weeks.'],
    not: ['In the past few decades, for at most two weeks.'],
  },
  'participle-toll': {
    fires: [
      'A mudslide set off by a week of heavy rain swept through the hillside village of Orlo, in the Tessa valley, on Friday, killing at least 21 people and injuring 60, officials said.',
    ],
    not: ['The mudslide killed at least 21 people on Friday.'],
  },
  'object-start': {
    fires: [
      'Council members from the small northern port town met in the old hall of the town on a wet Tuesday and approved a budget of 4 million euros.',
    ],
    not: ['The council met on Tuesday and approved a budget of 4 million euros.'],
  },
  'relative-whole-sentence': {
    fires: [
      'Police arrested a man on Saturday in connection with a shooting outside a bakery on Fen Road that left two people wounded.',
    ],
    // With a comma, "which" takes the noun phrase before it (relative-antecedent); a short clause needs neither.
    not: [
      'A shooting on Fen Road that left two people wounded was the third this year.',
      'Out of a staff of 900 we have around 95. So that is around ten percent of the whole workforce of the depot.',
    ],
  },
  'relative-antecedent': {
    fires: [
      'Longer term, according to the regional health board, the goal is to keep running costs well below those of the old Tessa valley clinics, which cost about $4 million apiece.',
    ],
    // A noun after a verb is its complement: "which" stands for the whole clause, not for "women".
    not: [
      'Only a tenth of the staff at the depot in the northern district of the county were women, which comes to about 65 female employees.',
    ],
  },
  'widen-to-subject': {
    fires: ['A deadly boat fire near the island, off the coast, killed all 33 passengers.'],
    not: ['The fire killed all 33 passengers.'],
  },
  // trim
  'drop-pronoun-frame': {
    fires: ['He said the talks had lasted nine hours.'],
    not: ['The mayor said the talks had lasted nine hours.', 'He said they had counted nine cars.'],
  },
  'drop-reporting-aside': {
    fires: ['The attack, which they said also injured at least 45, was the largest.'],
    not: ['The report, which officials said was late, counted 40 cars.'],
  },
  // end
  'end-before-phrase': {
    fires: [
      'It weighed about ten lbs and the researchers estimate it had a top speed of about 18 mph (8 m/s).',
    ],
    not: [
      'It weighed about ten lbs (five kg).',
      'The family drove 700 miles from their home in the north to the coast for the weekend.',
    ],
  },
  'end-after-range': {
    fires: ['Ms. Ortega said the mayor accepted £12,500 in gifts and a small boat between 2018 and 2020.'],
    not: [
      'The inquiry heard that the mayor had accepted £12,500 in gifts and a small boat between 2018 and 2020.',
    ],
  },
  'end-after-of-phrase': {
    fires: [
      'There was a 4.2% swing against the Varn Party in the state of Varnland at the last state poll, which the party lost.',
      'In the small northern county on Tuesday night the former governor earned the other two delegates with about 36% of the vote.',
      'Caloundra opened the game with two tries before Wynnum hit back with a couple of tries of their own.',
    ],
    not: [
      'Caloundra opened the game with two tries before Wynnum hit back with a couple of very fine and long tries.',
    ],
  },
  'end-at-phrase-head': {
    fires: [
      'Mukherjee was cremated on Tuesday with full state honors as the nation began observing a seven day mourning period.',
    ],
    not: [
      'It weighed about ten lbs and the researchers estimate it had a top speed of about 18 mph (8 m/s).',
      'The study says 82% of youth suicides in the survey of the nation’s states involving a gun were avoidable.',
    ],
  },
  'end-before-opener': {
    fires: ['Two people in the city and one in the port have died of this new and unusual fever.'],
    not: ['Two people in the city and one in the port have died of this new fever in the hills.'],
  },
  // kinds
  'kind-money': {
    fires: ['The city will spend $2.3 billion on the bridge.'],
    not: ['The bridge is 2.3 km long.'],
  },
  'kind-percent': {fires: ['About 52% of voters voted to leave.'], not: ['About 52 voters voted to leave.']},
  'kind-member-compound': {fires: ['The 55-member union signed.'], not: ['The 55-year treaty was signed.']},
  'kind-compound-detail': {
    fires: ['They printed an eight-page report.'],
    not: ['They searched for eight hours.'],
  },
  'kind-compound-measure': {
    fires: ['It was a 24-hour search.'],
    not: ['It was an eight-page search report.'],
  },
  'kind-casualty': {fires: ['The strikes killed 15 people.'], not: ['The strikes hit 15 towns.']},
  'kind-vote-word': {
    fires: ['He received 203,091 votes in all.'],
    not: ['He received 203,091 letters in all.'],
  },
  'kind-vote-tally': {
    fires: ['The bill passed the Senate 52–48 on Tuesday.'],
    not: ['The bill passed the Senate on 52 pages.'],
  },
  'kind-people': {fires: ['Roughly one million people marched.'], not: ['Roughly one million drones flew.']},
  'kind-measure': {fires: ['The disk is about 35 kilometres wide.'], not: ['The disk holds about 35 files.']},
  'kind-duration': {
    fires: ['The attack came 13 days after the summit.'],
    not: ['The attack hit 13 towns after the summit.'],
  },
  'kind-count': {fires: ['Russia launched 598 drones.'], not: ['Russia launched 598 of them.']},
  // (The false positive is read without a title: no obituary lets a year told in the first person through.)
  'kind-life-year': {
    fires: ['I was born in 1931 in Varn.'],
    not: ['I was born in 1931 in Varn.'],
    title: 'Painter Ada Brill dies aged 90',
  },
  'kind-deadline': {
    fires: ['Parliament is to remain suspended until October 14.'],
    not: ['Parliament was suspended on October 14.'],
  },
  'kind-bare-subject': {
    fires: ['Fewer than two hundred showed up at the gates of the base.'],
    not: ['Maybe two hundred showed up at the gates of the base.'],
  },
  'kind-bare': {
    fires: ['Maybe five or ten reached out to help.'],
    not: ['Maybe five people reached out to help.'],
  },
  // score
  'score-kind': {
    fires: ['The strikes killed 15 people.'],
    not: ['The summit was held nearly two weeks ago.'],
  },
  'score-lead': {fires: ['The strikes killed 15 people.'], not: ['The 1973 report was never read.']},
  'score-total': {fires: ['The barrage killed at least 15 people.'], not: ['The barrage killed 15 people.']},
  'score-in-title': {
    fires: ['A fire killed 12 people on Monday.'],
    title: 'Fire kills 12',
    not: ['A fire killed 12 people on Monday.'],
  },
  'score-inside-quote': {
    fires: ['“We saw 40 cars burning,” she said.'],
    not: ['Police counted 40 cars burning.'],
  },
  'score-first-person': {fires: ['I think we counted 30 cars.'], not: ['Police think they counted 30 cars.']},
  'score-expected': {
    fires: ['Varnco earned $2.64 per share, beating the $2.49 analysts had expected.'],
    // An analyst's own figure in another clause is no expectation of this one.
    not: ['Varnco earned $2.64 per share, the company said, and two analysts raised their estimates.'],
  },
  'score-relative-duration': {
    fires: ['Police arrived six minutes later.'],
    not: ['The search lasted six minutes.'],
  },
  // s50h: what a number counts and whose figure it is
  'score-kin': {
    fires: ['The film, a drama about two sisters who run a salt works, won the top prize.'],
    // Relatives harmed are casualties; a headcount of children is no family.
    not: ['Two sisters died in the crash on Monday.', 'The clinic vaccinated 500 children on Monday.'],
  },
  'score-person-background': {
    fires: ['Ana Ruiz, who won the race in 2023, said the heat had broken the group.'],
    // A restrictive clause counts the news; a main clause's span is no background.
    not: [
      'Police said the man who fled in 2023 was arrested.',
      'Ana Ruiz won the race in 2023 by four seconds.',
    ],
  },
  'score-quote-off-story': {
    fires: ['The corridor opened on Monday.', '“Every ship will be seen by four flags,” she said.'],
    not: ['Four flags fly over the port.', '“Every ship will be seen by four flags,” she said.'],
  },
  // list
  'below-floor': {
    fires: [...filler, 'I think we met in a ten-storey building to talk.'],
    not: ['Officials met in a ten-storey building to talk.'],
  },
  'repeats-a-value': {
    fires: ['A fire killed 12 people on Monday.', 'Officials said 12 people had died.'],
    not: ['A fire killed 12 people on Monday.', 'Officials said 14 people had died.'],
  },
  'detail-among-many': {
    fires: [...busy, 'Later the mayor visited a ten-storey building nearby to talk to residents.'],
    not: ['Officials met in a ten-storey building on Monday.', 'They printed an eight-page report.'],
  },
  'short-box-fill': {
    fires: [
      'Officials met in a ten-storey building on Monday.',
      'They printed an eight-page report.',
      'They met in a three-room hall.',
      'The fair had a six-lane track.',
      'It had a nine-hole course.',
      'The town built a two-lane road.',
      'The mayor opened a four-room school.',
    ],
    not: busy,
  },
  'quote-among-many': {
    fires: [...reported, '“We have moved 900 families out of the valley,” the mayor said.'],
    not: [...busy, '“We have moved 900 families out of the valley,” the mayor said.'],
  },
  // year: a year beside a figure of its sentence
  'year-beside-figure': {
    fires: ['The council spent $4 million on the harbour in 2018.'],
    not: ['The council closed the harbour in 2018.'],
  },
  // dated: the text of a fact of years only
  'dated-no-verb': {
    fires: [
      'She spoke about her brother, who was arrested in May, and promised to hold a referendum to cancel every change made to the harbour rules by the current mayor, Ana Ruiz, since 1995.',
    ],
    not: ['Ana Ruiz has been the mayor of Varn since 1995.'],
  },
  'dated-mid-phrase': {
    fires: [
      'The last time the council of the town of Varn ordered the ferry company to stop its crossings to the islands was during the long strike called by the harbour workers back in 1972.',
    ],
    not: ['The council of Varn ordered the ferry company to stop its crossings in 1972.'],
  },
  'dated-opening-year': {
    fires: [
      'Ana Ruiz, who made the harbour a key issue of her campaign, is currently serving as the mayor of the town of Varn on the northern coast; in 2009, she was elected to the council for the first time.',
    ],
    not: ['Ana Ruiz was elected to the council for the first time in 2009.'],
  },
  'dated-apposition': {
    fires: [
      'The long war in the north of the country began in earnest when the old capital, Varn, fell to the rebels of the coastal provinces and their allies from the mountains in 2014.',
    ],
    not: ['The war began when, in 2014, the rebels took the capital.'],
  },
  'dated-participle-opening': {
    fires: [
      'In 2014, also suggesting that simple life could survive on Varn, Ruiz and her colleagues, using the chambers at the Varn Space Centre, studied some lichens, including one which can grow high up in the mountains.',
    ],
    not: ['In 2014, a team from Varn studied the lichens in the high mountains.'],
  },
  'dated-whole-sentence': {
    fires: [
      'Ana Ruiz became the first woman to serve as Mayor of Varn in 2007 and held the post until 2011.',
    ],
    not: ['Ana Ruiz served as the Mayor of Varn until 2011.'],
  },
  'fragment-whole-sentence': {
    fires: [
      'Ten years later, she led the Varn part of the joint station mission symbolizing that the long race was over.',
    ],
    not: ['Altogether, fifteen delegates defected.'],
  },
  'age-with-death': {
    fires: ['Ada Brill, the painter of the Varn harbour, has died at home.', 'She was 90.'],
    title: 'Painter Ada Brill dies aged 90',
    oneParagraph: true,
    // (Read without a title and as two paragraphs: the age is no fact, and no death is reported in its paragraph.)
    not: ['Ada Brill, the painter of the Varn harbour, has died at home.', 'She was 90.'],
  },
  'box-full': {
    fires: Array.from({length: 14}, (_, i) => `Officials counted ${i + 2} damaged cars.`),
    not: busy,
  },
};

describe('facts rules: every declared rule has a test row', () => {
  const ids = Object.values(FACT_RULE_TABLES).flatMap((t) => t.map((r) => r.id));
  it('no rule without a row, no row without a rule', () => {
    expect(ids.filter((id) => !(id in table))).toEqual([]);
    expect(Object.keys(table).filter((id) => !ids.includes(id))).toEqual([]);
  });
  it('every rule declares a description and an example', () => {
    for (const r of Object.values(FACT_RULE_TABLES).flat()) {
      expect(r.description.length, r.id).toBeGreaterThan(10);
      expect(r.example.length, r.id).toBeGreaterThan(5);
    }
  });
});

describe('facts rules: each decides its example and not its false positive', () => {
  it.each(Object.entries(table))('%s', (id, row) => {
    expect(fired(row.fires, row.title, row.oneParagraph), 'fires').toContain(id);
    expect(fired(row.not, ''), 'false positive').not.toContain(id);
  });
});

describe('relative-antecedent: the noun phrase before the comma is the subject', () => {
  it.each([
    [
      'Longer term, according to the regional health board, the goal is to keep running costs well below those of the old Tessa valley clinics, which cost about $4 million apiece.',
      'the old Tessa valley clinics, which cost about $4 million apiece',
    ],
    [
      'A man appeared in the district court in Orlo yesterday, charged with one count of murder over a mass shooting in Orlo on Friday, which killed at least 40 people.',
      'a mass shooting in Orlo on Friday, which killed at least 40 people',
    ],
    [
      'The herders say they are thinking about eventually pooling their grazing land with the nearby Varn clan, who currently keep a herd of 33 horses.',
      'the nearby Varn clan, who currently keep a herd of 33 horses',
    ],
  ])('%s', (text, shown) => {
    expect(explainFacts(sentences([text]), '').facts.map((f) => f.text)).toContain(shown);
  });
});

describe('explain: the facts stage records its decisions on the document trace', () => {
  it('a kept fact names its kind and score rules, a skipped number its skip rule', () => {
    const {analysis, trace} = explain({
      title: 'Fire kills 12 in apartment block',
      paragraphs: ['A fire killed 12 people on Monday, officials said. Smith, 45, escaped through a window.'],
    });
    const facts = trace.filter((t) => t.stage === 'fact');
    const kept = facts.find((t) => t.outcome === 'kept #1');
    expect(kept?.subject).toBe(analysis.facts[0]?.text);
    expect(kept?.rules).toEqual(expect.arrayContaining(['kind-casualty', 'score-kind', 'score-in-title']));
    const age = facts.find((t) => t.subject.includes('[45]'));
    expect(age).toMatchObject({outcome: 'skipped: age', rules: ['age-in-apposition']});
  });
});
