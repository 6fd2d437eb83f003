import {describe, expect, it} from 'vitest';
import {
  COORDINATED_KIND,
  DEFINED_ACRONYM,
  FIRM_SHORT_FORM,
  KIND_RULES,
  NAMES_A_THING,
  NEAR_TIE_BODY,
  OPENS_PLACE_NAME,
  PAIRED_BODY,
} from '../../src/extract/entities/kind-rules.js';
import {METADATA_RULES} from '../../src/extract/entities/metadata.js';
import {entityTrace} from '../helpers/explain-entities.js';

// One row per rule of the entity stage, keyed by rule id. The positive case is the rule's own declared example (so a
// declared example that stops working fails here); `name` must come out as `outcome` with the rule behind it. The
// false positive is a look-alike text where the rule must not weigh for `name`, which comes out as `fpOutcome`.
// All names are made up, or from articles/.
interface Row {
  name: string;
  outcome: string;
  fp: string[];
  fpName: string;
  fpOutcome: string;
  source?: string;
}

const rows: Record<string, Row> = {
  'work-title': {
    name: 'Solvenna',
    outcome: 'dropped',
    fp: ['A song titled Varna was sung in the square of Varna, Florida.'],
    fpName: 'Varna',
    fpOutcome: 'place',
  },
  'ship-prefix': {
    name: 'MV Namsetar',
    outcome: 'dropped',
    fp: ['The firm MVM Energy said prices would rise.'],
    fpName: 'MVM Energy',
    fpOutcome: 'organization',
  },
  'vessel-named': {
    name: 'Varno',
    outcome: 'dropped',
    fp: ['Tomas Virk ship crews were praised, and Tomas Virk said the voyage was long.'],
    fpName: 'Tomas Virk',
    fpOutcome: 'person',
  },
  'party-before-mp': {
    name: 'Brevik Party',
    outcome: 'organization',
    fp: ['Three MPs met Anna Holm on Friday.'],
    fpName: 'Anna Holm',
    fpOutcome: 'person',
  },
  'not-a-name-word': {
    name: 'GMT',
    outcome: 'dropped',
    fp: ['The storm hit Varnby, Florida, on Monday.'],
    fpName: 'Varnby',
    fpOutcome: 'place',
  },
  'web-domain': {
    name: 'Vulnera.com',
    outcome: 'organization',
    fp: ['The firm Vulnera found flaws.'],
    fpName: 'Vulnera',
    fpOutcome: 'organization',
  },
  'compass-region': {
    name: 'Southern Poland',
    outcome: 'place',
    fp: ['The storm hit Southern Varnholm Bank on Monday.'],
    fpName: 'Southern Varnholm Bank',
    fpOutcome: 'organization',
  },
  'compass-placed': {
    name: 'Eastern Varnic',
    outcome: 'place',
    fp: ['Eastern Varnic Airways said fares would rise.'],
    fpName: 'Eastern Varnic Airways',
    fpOutcome: 'organization',
  },
  'venue-after-person': {
    name: 'Walter Gardens',
    outcome: 'place',
    fp: ['Crowds queued at Varna Gardens, where Walter Munk spoke.'],
    fpName: 'Walter Munk',
    fpOutcome: 'person',
  },
  'language-name': {
    name: 'Quechua',
    outcome: 'dropped',
    fp: ['Schools closed in Tonga after the storm.'],
    fpName: 'Tonga',
    fpOutcome: 'place',
  },
  ethnonym: {
    name: 'Latina',
    outcome: 'dropped',
    fp: ['Schools closed in Latina, a town in Italy.'],
    fpName: 'Latina',
    fpOutcome: 'place',
  },
  'title-before': {
    name: 'Anna Holm',
    outcome: 'person',
    fp: ['The Holm Institute opened the session.'],
    fpName: 'Holm Institute',
    fpOutcome: 'organization',
  },
  'age-after': {
    name: 'Tomas Virk',
    outcome: 'person',
    fp: ['Varnby, 45 km from the coast, was flooded.'],
    fpName: 'Varnby',
    fpOutcome: 'dropped',
  },
  'kind-noun': {
    name: 'Kelmora',
    outcome: 'organization',
    fp: ['The chain of events began when activist Kelmora Virk spoke.'],
    fpName: 'Kelmora Virk',
    fpOutcome: 'person',
  },
  'article-source': {
    name: 'Brieftown Courier',
    outcome: 'organization',
    source: 'Brieftown Courier',
    fp: ['Mayor Ardo Pell told the Varnby Courier he would stay.'],
    fpName: 'Ardo Pell',
    fpOutcome: 'person',
  },
  'based-place': {
    name: 'San Jose',
    outcome: 'place',
    fp: ['The team rewrote its Oracle-based billing system over the summer.'],
    fpName: 'Oracle',
    fpOutcome: 'dropped',
  },
  'dateline-place': {
    name: 'Varnby',
    outcome: 'place',
    fp: ['Fares rose on Monday.', 'VELTA — the transit agency — said fares would rise again.'],
    fpName: 'VELTA',
    fpOutcome: 'dropped',
  },
  'item-dateline': {
    name: 'Kellby',
    outcome: 'place',
    // (A notes column's item opened by a common word in capitals.)
    fp: ['Around the league', 'BEARS — Chicago signed linebacker Tom Ardley to a one-year deal.'],
    fpName: 'BEARS',
    fpOutcome: 'dropped',
  },
  'river-acts': {
    name: 'Tarrowe',
    outcome: 'place',
    // (A market index rises by points, not by a water level's measure.)
    fp: ['The Dowlex rose 300 points on Monday, and Dowlex futures rose too.'],
    fpName: 'Dowlex',
    fpOutcome: 'dropped',
  },
  'division-kind': {
    name: 'Bakori Local Government Area',
    outcome: 'place',
    // (The council of the area, without its last word, is a body.)
    fp: ['The Bakori Local Government said it would pay for the funerals.'],
    fpName: 'Bakori Local Government',
    fpOutcome: 'organization',
  },
  'dateline-region': {
    name: 'Varnia',
    outcome: 'place',
    // (A town not in capitals opens no dateline: a list of three names before a dash.)
    fp: ['Kelby, Varnia and Holm signed the pact — all three agreed to it.'],
    fpName: 'Varnia',
    fpOutcome: 'dropped',
  },
  'acts-alone': {
    name: 'Okafor',
    outcome: 'person',
    // (A team equalises and scores as a player does.)
    fp: ['Kelmouth equalised after the break, and Kelmouth scored twice late on.'],
    fpName: 'Kelmouth',
    fpOutcome: 'dropped',
  },
  'numbered-road': {
    name: 'Highway 49',
    outcome: 'place',
    // (A number after a word that names no road stays out of the name.)
    fp: ['Flight 49 landed at Kelby at noon, Holm said, and Holm left.'],
    fpName: 'Flight',
    fpOutcome: 'dropped',
  },
  'state-owns': {
    name: 'Kesh',
    outcome: 'place',
    // (An army is a leader's too: no state's alone.)
    fp: ["Velk's army crossed the river at dawn, Velk said."],
    fpName: 'Velk',
    fpOutcome: 'dropped',
  },
  'group-of-n': {
    name: 'G9',
    outcome: 'organization',
    fp: ['Varnia bought the F35 jets in May; the F35 jets arrived in June.'],
    fpName: 'F35',
    fpOutcome: 'dropped',
  },
  'ampersand-firm': {
    name: 'Kelm & Tasker',
    outcome: 'organization',
    fp: ['Green Party (E & W) won one seat, and the Varna Party won two.'],
    fpName: 'E & W',
    fpOutcome: 'dropped',
  },
  'camel-case-brand': {
    name: 'VelloTech',
    outcome: 'organization',
    fp: ['Senator Ardo McVelly voted against it.'],
    fpName: 'Ardo McVelly',
    fpOutcome: 'person',
  },
  'in-known-place': {
    name: 'Varnby',
    outcome: 'place',
    fp: ['Varnby, a sales manager, was hurt.'],
    fpName: 'Varnby',
    fpOutcome: 'person',
  },
  'thing-last-word': {
    name: 'Varna Treaty',
    outcome: 'dropped',
    fp: ['The Varna Treaty Organization met.'],
    fpName: 'Varna Treaty Organization',
    fpOutcome: 'organization',
  },
  'thing-word-alone': {
    name: 'Olympiad',
    outcome: 'dropped',
    fp: ['In an interview with Time magazine, Anna Holm said the plan would fail.'],
    fpName: 'Time',
    fpOutcome: 'organization',
  },
  'demonym-plural': {
    name: 'Yekaterinburgers',
    outcome: 'dropped',
    fp: ['Mayor Anna Keepers opened the road. Keepers said it was safe.'],
    fpName: 'Anna Keepers',
    fpOutcome: 'person',
  },
  'gazetteer-place': {
    name: 'Poland',
    outcome: 'place',
    fp: ['Firefighters arrived in Varnholm.'],
    fpName: 'Varnholm',
    fpOutcome: 'place',
  },
  'former-state': {
    name: 'Soviet Union',
    outcome: 'place',
    fp: ['The Varnian Union said it would strike on Monday.'],
    fpName: 'Varnian Union',
    fpOutcome: 'organization',
  },
  'place-first-word': {
    name: 'Mount Varnapo',
    outcome: 'place',
    fp: ['Patients of Mount Varnai Hospital were moved on Monday.'],
    fpName: 'Mount Varnai Hospital',
    fpOutcome: 'organization',
  },
  'body-opener': {
    name: 'Deutsche Varnbahn',
    outcome: 'organization',
    fp: ['The deal was signed by Airmen Varnholm on Monday, Airmen Varnholm said.'],
    fpName: 'Airmen Varnholm',
    fpOutcome: 'person',
  },
  'country-last-word': {
    name: 'Varnmark USA',
    outcome: 'organization',
    fp: ['Ferries reached Kelmar Island on Monday.'],
    fpName: 'Kelmar Island',
    fpOutcome: 'place',
  },
  'the-group-noun': {
    name: 'Varnathi Daulah',
    outcome: 'organization',
    fp: ['Fighters of the Kurdish militia withdrew on Monday.'],
    fpName: 'Kurdish',
    fpOutcome: 'dropped',
  },
  'world-region': {
    name: 'Middle East',
    outcome: 'place',
    fp: ['Reporters from Middle East Eye said the strike killed two.'],
    fpName: 'Middle East Eye',
    fpOutcome: 'dropped',
  },
  'acronym-spelled-as-term': {
    name: 'BVA',
    outcome: 'dropped',
    fp: ['The Varna Transit Agency (VTA) raised fares; the VTA said costs rose.'],
    fpName: 'Varna Transit Agency',
    fpOutcome: 'organization',
  },
  'code-as-word': {
    name: 'CV',
    outcome: 'dropped',
    fp: ['Talks with a NZ delegation began on Monday.'],
    fpName: 'NZ',
    fpOutcome: 'place',
  },
  'person-word-placed': {
    name: 'Jefferson',
    outcome: 'place',
    fp: ['Jefferson said he would run. Jefferson said so twice.'],
    fpName: 'Jefferson',
    fpOutcome: 'person',
  },
  'place-data-placed': {
    name: 'Henderson',
    outcome: 'place',
    fp: ['Coach Henderson said the team would win.'],
    fpName: 'Henderson',
    fpOutcome: 'person',
  },
  'building-as-location': {
    name: 'Varna Space Center',
    outcome: 'place',
    fp: ['The Varna Space Center said it would launch. The Varna Space Center hired staff.'],
    fpName: 'Varna Space Center',
    fpOutcome: 'organization',
  },
  'body-last-word': {
    name: 'Varna Gas Company',
    outcome: 'organization',
    fp: ['The company was founded by Tomas Virk.'],
    fpName: 'Tomas Virk',
    fpOutcome: 'person',
  },
  'acronym-common-noun': {
    name: 'VTV Sport',
    outcome: 'organization',
    fp: ['The ship MV Namse sank near Varnholm.'],
    fpName: 'MV Namse',
    fpOutcome: 'dropped',
  },
  'faith-state': {
    name: 'Islamic State',
    outcome: 'organization',
    fp: ['Floods hit Varna State on Monday.'],
    fpName: 'Varna State',
    fpOutcome: 'place',
  },
  'company-cue': {
    name: 'Velgrove',
    outcome: 'organization',
    fp: ["Dana Orme's shares were sold in May, she said."],
    fpName: 'Dana Orme',
    fpOutcome: 'person',
  },
  'toponym-particle': {
    name: 'Beaulieu-sur-Orne',
    outcome: 'place',
    // (An Arabic article joins a surname's parts: no town's particle.)
    fp: ['The talks had failed, Abd-al-Varim said.'],
    fpName: 'Abd-al-Varim',
    fpOutcome: 'dropped',
  },
  'place-last-word': {
    name: 'Varna Street',
    outcome: 'place',
    fp: ['Anna Lamont Hill said the talks failed.'],
    fpName: 'Anna Lamont Hill',
    fpOutcome: 'person',
  },
  'city-never-personal': {
    name: 'Sydney',
    outcome: 'place',
    fp: ['Sydney said she would run again, and Sydney won.'],
    fpName: 'Sydney',
    fpOutcome: 'person',
  },
  'interview-outlet': {
    name: 'Varna Tidings',
    outcome: 'organization',
    fp: [
      'The weekly ran an interview with Tolvar Brenk, the trade commissioner, in which the deal was announced.',
    ],
    fpName: 'Tolvar Brenk',
    fpOutcome: 'person',
  },
  'honour-body': {
    name: 'Varna Music Hall of Fame',
    outcome: 'organization',
    fp: ['The ceremony at Brevik Town Hall was short.'],
    fpName: 'Brevik Town Hall',
    fpOutcome: 'place',
  },
  'body-word-inside': {
    name: 'Ministry for Varna Affairs',
    outcome: 'organization',
    fp: ['Tomas Virk and Ardo Pell arrived.'],
    fpName: 'Tomas Virk',
    fpOutcome: 'person',
  },
  'noun-of-place': {
    name: 'Voice of America',
    outcome: 'organization',
    fp: ['Prime Minister Anna Holm of Poland spoke.'],
    fpName: 'Anna Holm',
    fpOutcome: 'person',
  },
  'published-in': {
    name: 'Varna Letters',
    outcome: 'organization',
    fp: ['The study was published Wednesday in Poland.'],
    fpName: 'Poland',
    fpOutcome: 'place',
  },
  'lexicon-place': {
    name: 'Malta',
    outcome: 'place',
    fp: ['They sailed with Tomas Virk.'],
    fpName: 'Tomas Virk',
    fpOutcome: 'person',
  },
  'lexicon-body': {
    name: 'Google',
    outcome: 'organization',
    fp: ['Shares of Varnlink fell, Varnlink reported.'],
    fpName: 'Varnlink',
    fpOutcome: 'organization',
  },
  'institution-word': {
    name: 'Sentinel',
    outcome: 'organization',
    fp: ['The guard was a Sentinel of old, said Ardo Pell.'],
    fpName: 'Ardo Pell',
    fpOutcome: 'person',
  },
  'acronym-as-word': {
    name: 'TV',
    outcome: 'dropped',
    fp: ['VTA officials said the VTA banned him.'],
    fpName: 'VTA',
    fpOutcome: 'organization',
  },
  'acronym-body': {
    name: 'VTA',
    outcome: 'organization',
    fp: ['Police arrested Tomas Virk on Monday.'],
    fpName: 'Tomas Virk',
    fpOutcome: 'person',
  },
  'unknown-word-source': {
    name: 'Velnika',
    outcome: 'organization',
    fp: ['Velnika reported for work, and he said he was tired.'],
    fpName: 'Velnika',
    fpOutcome: 'dropped',
  },
  'speaks-as-it': {
    name: 'Velna Dall',
    outcome: 'organization',
    // Look-alike: a given name opens it, so "it" is what she spoke of.
    fp: ['Anna Holm said it would cost too much.'],
    fpName: 'Anna Holm',
    fpOutcome: 'person',
  },
  'told-unknown-word': {
    name: 'Velmark',
    outcome: 'organization',
    // Look-alike: told something, then "he" — a person.
    fp: ['One activist told Velmark the fire was arson, and Velmark said he saw it.'],
    fpName: 'Velmark',
    fpOutcome: 'person',
  },
  'posted-on-platform': {
    name: 'Velgram',
    outcome: 'organization',
    // Look-alike: a capital seen only opening a sentence before "video" proves nothing ("Eyewitness video …").
    fp: ['Velgram video from a nearby tower shows the fire.'],
    fpName: 'Velgram',
    fpOutcome: 'dropped',
  },
  'known-surname-last': {
    name: 'Bill Clinton',
    outcome: 'person',
    // Look-alike: a body's or a place's word before the surname ("UC Davis", "Fort Lee") opens no personal name.
    fp: ['Researchers at UC Davis and at Fort Lee studied it.'],
    fpName: 'Fort Lee',
    fpOutcome: 'place',
  },
  'sentence-initial-only': {
    name: 'Stormy',
    outcome: 'dropped',
    fp: ['Stormy weather closed roads near Varnholm.'],
    fpName: 'Varnholm',
    fpOutcome: 'place',
  },
  'cited-source': {
    name: 'Gazeta Melnika',
    outcome: 'organization',
    fp: ['According to Tomas Virk, the plan failed; he said so twice.'],
    fpName: 'Tomas Virk',
    fpOutcome: 'person',
  },
  'person-shape': {
    name: 'Ardo Pell',
    outcome: 'person',
    fp: ['The Varna Gas Company said prices would rise.'],
    fpName: 'Varna Gas Company',
    fpOutcome: 'organization',
  },
  'lexicon-surname': {
    name: 'Wilson',
    outcome: 'person',
    fp: ['Schools closed in Varnholm.'],
    fpName: 'Varnholm',
    fpOutcome: 'place',
  },
  'given-name-speaks': {
    name: 'Cherie',
    outcome: 'person',
    fp: ['Chelsea said it would sign the striker.'],
    fpName: 'Chelsea',
    fpOutcome: 'dropped',
  },
  'listed-given-name': {
    name: 'Zachary',
    outcome: 'person',
    fp: ['According to Prime Minister Anna Holm, Brenton had a licence.'],
    fpName: 'Brenton',
    fpOutcome: 'dropped',
  },
  'person-apposition': {
    name: 'Virk',
    outcome: 'person',
    fp: ['The death of Summer Fair was mourned in the town.'],
    fpName: 'Summer Fair',
    fpOutcome: 'dropped',
  },
  'unknown-speaker': {
    name: 'Virk',
    outcome: 'person',
    fp: ['The Houthis said the road was shut. The Houthis said they would wait.'],
    fpName: 'Houthis',
    fpOutcome: 'dropped',
  },
  'group-acts': {
    name: 'Velkor',
    outcome: 'organization',
    fp: ['Ardo Pell said in a statement that he would resign; other Varnic members left.'],
    fpName: 'Ardo Pell',
    fpOutcome: 'person',
  },
  'unknown-always-the': {
    name: 'Velkor',
    outcome: 'organization',
    fp: ['Talks in Velkor stalled; the ship sank near Velkor.'],
    fpName: 'Velkor',
    fpOutcome: 'place',
  },
  'neighbouring-place': {
    name: 'Kelbaria',
    outcome: 'place',
    // (A body's word in the name: the neighbouring council is a body.)
    fp: ['Varnby and neighbouring Kelby Council agreed, Kelby Council said.'],
    fpName: 'Kelby Council',
    fpOutcome: 'organization',
  },
  'placed-name': {
    name: 'Los Arrecifes',
    outcome: 'place',
    // (A given name opens a person's name, whatever preposition stands before it.)
    fp: ['Fighting went on. A letter from Ana Ribeiro reached the mayor in Kelby.'],
    fpName: 'Ana Ribeiro',
    fpOutcome: 'person',
  },
  'dateline-credit': {
    name: 'CR',
    outcome: 'organization',
    // (Two capitals in brackets mid-text credit no dateline.)
    fp: ['Fighting went on. The team (CR) flew to CR on Monday.'],
    fpName: 'CR',
    fpOutcome: 'place',
  },
  'unknown-always-placed': {
    name: 'Varnholm',
    outcome: 'place',
    fp: ['Virk said the road was shut. Virk said he would wait.'],
    fpName: 'Virk',
    fpOutcome: 'person',
  },
  'lexicon-place-tag': {
    name: 'Manhattan',
    outcome: 'place',
    fp: ['They walked across Varna Bridge.'],
    fpName: 'Varna Bridge',
    fpOutcome: 'place',
  },
  'names-a-thing': {
    name: 'Webb',
    outcome: 'dropped',
    fp: ['Ada Webb praised the James Webb Space Telescope. Webb has a small chance to see it launch.'],
    fpName: 'Ada Webb',
    fpOutcome: 'person',
  },
  'opens-place-name': {
    name: 'Varnholm',
    outcome: 'place',
    fp: ['The plane landed at Kelby. Its Kelby crew was praised. Varnholm International Airport was closed.'],
    fpName: 'Kelby',
    fpOutcome: 'dropped',
  },
  'club-opener': {
    name: 'Real Valmora',
    outcome: 'organization',
    // (A common word after the opener: a phrase, no club.)
    fp: ['The Real Estate Council of Varnby met on Monday.'],
    fpName: 'Real Estate Council of Varnby',
    fpOutcome: 'organization',
  },
  'match-side': {
    name: 'Kamitaki Blue Herons',
    outcome: 'organization',
    // (A player beaten in a scored match: a given name opens the name.)
    fp: ['Anna Holm beat Mara Voss 6-3 in the final.'],
    fpName: 'Mara Voss',
    fpOutcome: 'person',
  },
  'defined-acronym': {
    name: 'Orvane Geological Survey',
    outcome: 'organization',
    // (A term's words the text abbreviates, which nothing treats as a body.)
    fp: ['He talked on Varnet Relay Chat (VRC) every night.'],
    fpName: 'Varnet Relay Chat',
    fpOutcome: 'dropped',
  },
  'firm-short-form': {
    name: 'Velmora Minerals Corporation',
    outcome: 'organization',
    // (A person of the article bears the words: "Kessel" is Tom Kessel.)
    fp: ['Tom Kessel, a union official, said Kessel Holdings Ltd had bought it.', 'Kessel said so.'],
    fpName: 'Kessel Holdings Ltd',
    fpOutcome: 'organization',
  },
  'coordinated-kind': {
    name: 'Kelmora',
    outcome: 'organization',
    fp: ['Talks between Anna Holm, Berlin and Kelmora failed.'],
    fpName: 'Kelmora',
    fpOutcome: 'dropped',
  },
  'staff-after-name': {
    name: 'Velmar Red Cross',
    outcome: 'organization',
    // (A place's officials: a parish is a place's word.)
    fp: ['Varnby Parish officials said they were not concerned.'],
    fpName: 'Varnby Parish',
    fpOutcome: 'place',
  },
  'told-common-words': {
    name: 'Varnic Geographic',
    outcome: 'organization',
    // (A surname that is a common word after a given name the lexicon lacks: a person told.)
    fp: ['The plan was odd, she told Khalid Young on Monday.'],
    fpName: 'Khalid Young',
    fpOutcome: 'person',
  },
  'paired-body': {
    name: 'UC Kelmora',
    outcome: 'organization',
    // (A body's name cut at its "and": the name before the body's is left alone.)
    fp: ["Turkey's Brelin and Emergency Management Presidency reported it."],
    fpName: 'Brelin',
    fpOutcome: 'dropped',
  },
  'faith-object': {
    name: 'Velism',
    outcome: 'dropped',
    fp: ['Ardo Pell practised law in Velmar, and schools in Velmar closed.'],
    fpName: 'Velmar',
    fpOutcome: 'place',
  },
  'faith-word': {
    name: 'Islam',
    outcome: 'dropped',
    fp: ['The ship docked in Islamabad, and crews waited in Islamabad.'],
    fpName: 'Islamabad',
    fpOutcome: 'place',
  },
  'court-case-party': {
    name: 'Varnco',
    outcome: 'dropped',
    fp: ['Schools closed in Varnco, and roads in Varnco flooded.'],
    fpName: 'Varnco',
    fpOutcome: 'place',
  },
  'group-of-people': {
    name: 'Varnby Family',
    outcome: 'organization',
    fp: ['The First Family left the White House.'],
    fpName: 'First Family',
    fpOutcome: 'dropped',
  },
  'during-event': {
    name: 'Varnfest',
    outcome: 'dropped',
    fp: ['During the Varna Council meeting, the Varna Council voted.'],
    fpName: 'Varna Council',
    fpOutcome: 'organization',
  },
  'link-headline': {
    name: 'Tom Virk',
    outcome: 'metadata',
    fp: ['Read more about it: Mayor Tom Virk said the bridge would open.'],
    fpName: 'Tom Virk',
    fpOutcome: 'person',
  },
  'credit-label': {
    name: 'Anna Holm',
    outcome: 'metadata',
    fp: ['The photo of Anna Holm, the mayor, was everywhere.'],
    fpName: 'Anna Holm',
    fpOutcome: 'person',
  },
  'name-slash-agency': {
    name: 'Tomas Virk',
    outcome: 'metadata',
    fp: ['Tomas Virk told AP that prices rose.'],
    fpName: 'Tomas Virk',
    fpOutcome: 'person',
  },
  'files-from': {
    name: 'Anna Holm',
    outcome: 'metadata',
    fp: ['Police arrived with Anna Holm, who said she had files from the office.'],
    fpName: 'Anna Holm',
    fpOutcome: 'person',
  },
  'dot-byline': {
    name: 'Anna Holm',
    outcome: 'metadata',
    fp: ['Anna Holm, the mayor, said the road was shut · and it stayed shut.'],
    fpName: 'Anna Holm',
    fpOutcome: 'person',
  },
  'writer-note': {
    name: 'Anna Holm',
    outcome: 'metadata',
    fp: ['Anna Holm is a teacher with two children. She said the school would close.'],
    fpName: 'Anna Holm',
    fpOutcome: 'person',
  },
  'follow-contact': {
    name: 'Anna Holm',
    outcome: 'metadata',
    fp: ['Police said they would follow Anna Holm on her way home.'],
    fpName: 'Anna Holm',
    fpOutcome: 'person',
  },
  'reporting-by': {
    name: 'Anna Holm',
    outcome: 'metadata',
    fp: ['The book was written by Anna Holm, who said it took a year.'],
    fpName: 'Anna Holm',
    fpOutcome: 'person',
  },
  'protected-area': {
    name: 'Selvo Game Reserve',
    outcome: 'place',
    // (A body's last word after another: the Service runs the parks.)
    fp: ['The National Park Service said the road was closed, the National Park Service said.'],
    fpName: 'National Park Service',
    fpOutcome: 'organization',
  },
  'feature-alone': {
    name: 'Gulf',
    outcome: 'place',
    // (A feature word that speaks is a body's or an outlet's name.)
    fp: ['Prices rose, the Channel reported on Monday.'],
    fpName: 'Channel',
    fpOutcome: 'dropped',
  },
  'town-before-trade': {
    name: 'Kaupstad',
    outcome: 'place',
    // (A faith's adjective before a church.)
    fp: ['The group, from a Pentecostal church in the south, was travelling home.'],
    fpName: 'Pentecostal',
    fpOutcome: 'dropped',
  },
  'officer-named-after': {
    name: 'Velkor',
    outcome: 'organization',
    // (A body's common word before its own officer: "Council spokesperson Barend Visser".)
    fp: ['Council spokesperson Barend Visser said the vote was fair.'],
    fpName: 'Council',
    fpOutcome: 'dropped',
  },
  'place-office': {
    name: 'Kelby',
    outcome: 'place',
    // (A bank's governor: its trade inside the word.)
    fp: ['Rates will stay, Nordbank Governor Erik Lund said on Monday.'],
    fpName: 'Nordbank',
    fpOutcome: 'dropped',
  },
  'near-tie-body': {
    name: 'Dunmore Wanderers',
    outcome: 'organization',
    fp: ['Tom Rovers scored twice as the visitors won 3-1 on Saturday.'],
    fpName: 'Tom Rovers',
    fpOutcome: 'person',
  },
  'byline-in-body': {
    name: 'Tomas Virk',
    outcome: 'metadata',
    fp: ['By noon, Mayor Tomas Virk had left.'],
    fpName: 'Tomas Virk',
    fpOutcome: 'person',
  },
};

const rules = [
  ...KIND_RULES,
  OPENS_PLACE_NAME,
  NEAR_TIE_BODY,
  NAMES_A_THING,
  DEFINED_ACRONYM,
  FIRM_SHORT_FORM,
  COORDINATED_KIND,
  PAIRED_BODY,
  ...METADATA_RULES,
];

describe('entity rules: each declared rule, its example and a false positive', () => {
  it('every rule has a row and every row a rule', () => {
    expect(Object.keys(rows).sort()).toEqual(rules.map((r) => r.id).sort());
  });

  it.each(rules.map((r) => [r.id, r.example] as const))('%s: its example', (id, example) => {
    const row = rows[id];
    expect(row).toBeDefined();
    if (!row) return;
    const trace = entityTrace(example.split('\n'), row.source ?? null);
    const entry = trace.find((e) => e.subject === row.name);
    expect(entry?.outcome).toBe(row.outcome);
    expect(entry?.rules).toContain(id);
  });

  it.each(Object.entries(rows))('%s: a look-alike it must not decide', (id, row) => {
    const trace = entityTrace(row.fp);
    const entry = trace.find((e) => e.subject === row.fpName);
    expect(entry?.outcome ?? 'absent').toBe(row.fpOutcome);
    expect(entry?.rules ?? []).not.toContain(id);
  });
});

describe('entity kinds: evidence summed over an entity, explained', () => {
  it('lists the rules behind a kind, strongest first', () => {
    const trace = entityTrace(['President Anna Holm arrived in Varnby.', 'Holm, a former teacher, spoke.']);
    const holm = trace.find((e) => e.subject === 'Anna Holm');
    expect(holm?.outcome).toBe('person');
    expect(holm?.rules[0]).toBe('title-before');
    expect(holm?.rules).toContain('person-apposition');
  });

  it('gives one kind to all the forms of one name', () => {
    // Names from articles/ (the Burisma Holdings story), in made-up sentences: the short form once after "into" is the company, not a place.
    const trace = entityTrace([
      'Hunter Biden sat on the board of Burisma Holdings.',
      'An investigation into Burisma had been inactive for a year.',
    ]);
    expect(trace.find((e) => e.subject === 'Burisma Holdings')?.outcome).toBe('organization');
    expect(trace.some((e) => e.subject === 'Burisma')).toBe(false);
  });

  it('drops a name that nothing speaks for, and says so', () => {
    const trace = entityTrace(['Gleaming towers rose over the bay.']);
    expect(trace.find((e) => e.subject === 'Gleaming')?.outcome).toBe('dropped');
  });
});

describe('place-last-word: a demonym and a noun are not a place', () => {
  it('from articles/: "to the building of Zimbabwean State institutions"', () => {
    const trace = entityTrace(['He gave his life to the building of Zimbabwean State institutions.']);
    const entry = trace.find((e) => e.subject === 'Zimbabwean State');
    expect(entry?.outcome).toBe('dropped');
    expect(entry?.rules).not.toContain('place-last-word');
  });
});

describe('unknown-always-placed: the preposition places the noun a name modifies, not the name', () => {
  it('"in Morvel film Tidewater" is no place; "in Varnholm district" still is', () => {
    const film = entityTrace(['Anna Holm is to play the lead in Morvel film Tidewater next year.']);
    expect(film.find((e) => e.subject === 'Morvel')?.rules ?? []).not.toContain('unknown-always-placed');
    const district = entityTrace(['A man from Varnholm district fell ill on Monday.']);
    expect(district.find((e) => e.subject === 'Varnholm')?.rules).toContain('unknown-always-placed');
  });
});

describe('place-last-word: a broadcast word before "Channel" makes a broadcaster', () => {
  it('"Varna News Channel" is no place; "Brevik Channel" still is', () => {
    const trace = entityTrace(['The Varna News Channel said ships crossed the Brevik Channel.']);
    expect(trace.find((e) => e.subject === 'Varna News Channel')?.outcome).toBe('organization');
    expect(trace.find((e) => e.subject === 'Brevik Channel')?.outcome).toBe('place');
  });
});
