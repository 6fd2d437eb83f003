import type {EntityKind} from '../../src/extract/types.js';

/** One query a reader might type, over the shipped library, with what a good search shows for it. */
export interface QueryCase {
  query: string;
  kind?: EntityKind;
  /** The entity that should come first (by its name or any of its forms), or null when nothing should match. */
  first: string | null;
  /** Entities (by name) that must not be among the results at all. */
  never?: string[];
  /** Entities (by name) that must not be among the first three. */
  notTop3?: string[];
  /** Why the case is here: the kind of query it stands for. */
  why:
    | 'name'
    | 'surname'
    | 'prefix'
    | 'typo'
    | 'exonym'
    | 'abbreviation'
    | 'multi-word'
    | 'kind'
    | 'title'
    | 'none';
}

/**
 * The query set: what people type into `/` over the shipped articles. Typos, prefixes, exonyms, abbreviations,
 * multi-word names and kind filters, each with its expected first result and results that must not show.
 */
export const QUERY_SET: readonly QueryCase[] = [
  {
    query: 'biden',
    first: 'Joe Biden',
    notTop3: ['Donald Trump', 'Volodymyr Zelensky', 'Jim Bridenstine'],
    why: 'surname',
  },
  {
    query: 'trump',
    first: 'Donald Trump',
    never: ['Justin Trudeau', 'Truth Aquatics', 'George L. Pennock Trust'],
    why: 'surname',
  },
  {query: 'kiev', first: 'Kyiv', never: ['Tomasz Sekielski'], why: 'exonym'},
  {query: 'united states of america', first: 'United States', why: 'multi-word'},
  {query: 'new york', kind: 'person', first: null, never: ['Sebastian Gorka'], why: 'kind'},
  {query: 'hong kong', kind: 'person', first: null, never: ['Tak-Sing Wong', 'Tong Yung-soo'], why: 'kind'},
  {query: 'zelen', first: 'Volodymyr Zelensky', why: 'prefix'},
  {query: 'zelenksy', first: 'Volodymyr Zelensky', why: 'typo'},
  {query: 'zelenskyy', first: 'Volodymyr Zelensky', why: 'typo'},
  {query: 'sanders', first: 'Bernie Sanders', why: 'surname'},
  {query: 'bernie', first: 'Bernie Sanders', why: 'name'},
  {query: 'obama', first: 'Barack Obama', why: 'surname'},
  {query: 'pelosy', first: 'Nancy Pelosi', why: 'typo'},
  {query: 'warren', kind: 'person', first: 'Elizabeth Warren', why: 'kind'},
  {query: 'kamala', first: 'Kamala Harris', why: 'name'},
  {query: 'pompeo', first: 'Mike Pompeo', why: 'surname'},
  {query: 'putin', first: 'Vladimir Putin', why: 'surname'},
  {query: 'merkle', first: 'Angela Merkel', why: 'typo'},
  {query: 'erdogan', first: 'Recep Tayyip Erdoğan', why: 'name'},
  {query: 'boris', first: 'Boris Johnson', why: 'name'},
  {query: 'johnson', kind: 'person', first: 'Boris Johnson', why: 'kind'},
  {query: 'klobuchr', first: 'Amy Klobuchar', why: 'typo'},
  {query: 'butigieg', first: 'Pete Buttigieg', why: 'typo'},
  {query: 'soleimani', first: 'Qasem Soleimani', why: 'surname'},
  {query: 'burma', first: 'Myanmar', why: 'exonym'},
  {query: 'peking', first: 'Beijing', why: 'exonym'},
  {query: 'teheran', first: 'Tehran', why: 'exonym'},
  {query: 'czechia', first: 'Czech Republic', why: 'exonym'},
  {query: 'czech republic', first: 'Czechia', why: 'exonym'},
  {query: 'usa', first: 'United States', why: 'abbreviation'},
  {query: 'u.s.', first: 'United States', why: 'abbreviation'},
  {query: 'america', kind: 'place', first: 'United States', why: 'kind'},
  {query: 'uk', first: 'United Kingdom', why: 'abbreviation'},
  {query: 'britain', first: 'United Kingdom', why: 'name'},
  {query: 'eu', first: 'European Union', why: 'abbreviation'},
  {query: 'who', first: 'World Health Organization', why: 'abbreviation'},
  {query: 'nasa', first: 'NASA', why: 'abbreviation'},
  {query: 'new york times', first: 'New York Times', why: 'multi-word'},
  {query: 'white house', first: 'White House', why: 'multi-word'},
  {query: 'senate', first: 'U.S. Senate', why: 'name'},
  {query: 'wuhan', first: 'Wuhan', why: 'name'},
  {query: 'californa', first: 'California', why: 'typo'},
  {query: 'calif', first: 'California', why: 'prefix'},
  {query: 'twiter', first: 'Twitter', why: 'typo'},
  {query: 'washington post', first: 'Washington Post', why: 'multi-word'},
  {query: 'washington', kind: 'person', first: 'George Washington', why: 'kind'},
  {query: 'jersey', first: 'New Jersey', why: 'prefix'},
  {query: 'san fran', first: 'San Francisco', why: 'prefix'},
  {query: 'obma', first: 'Barack Obama', why: 'typo'},
  {query: 'pelsoi', first: 'Nancy Pelosi', why: 'typo'},
  {query: 'sandres', first: 'Bernie Sanders', why: 'typo'},
  {query: 'mcconell', first: 'Mitch McConnell', why: 'typo'},
  {query: 'bloomburg', first: 'Michael Bloomberg', why: 'typo'},
  {query: 'tehrn', first: 'Tehran', why: 'typo'},
  {query: 'florda', first: 'Florida', why: 'typo'},
  {query: 'twitr', first: 'Twitter', why: 'typo'},
  {query: 'trmup', first: 'Donald Trump', why: 'typo'},
  {query: 'bdien', first: 'Joe Biden', why: 'typo'},
  {query: 'kyvi', first: 'Kyiv', why: 'typo'},
  {query: 'iran', first: 'Iran', never: ['Ivan'], why: 'name'},
  {query: 'india', first: 'India', why: 'name'},
  {query: 'cruz', first: 'Ted Cruz', never: ['Cuba'], why: 'surname'},
  {query: 'mike', first: 'Mike Pompeo', why: 'prefix'},
  {query: 'zelensky', kind: 'place', first: null, why: 'kind'},
  {query: 'qwxzv', first: null, why: 'none'},
  // Titles in the query are read as titles: they go with the person, never block the match.
  {query: 'president biden', first: 'Joe Biden', why: 'title'},
  {query: 'Mr. Trump', first: 'Donald Trump', why: 'title'},
  {query: 'speaker pelosi', first: 'Nancy Pelosi', why: 'title'},
  {query: 'queen elizabeth', first: 'Elizabeth II', why: 'title'},
  {query: 'pope francis', first: 'Pope Francis', why: 'title'},
  {query: 'dr fauci', first: 'Anthony Fauci', why: 'title'},
  // A short form is the body whose initials it is, before names with a word starting with it.
  {query: 'U.N.', first: 'United Nations', why: 'abbreviation'},
  {query: 'UN', first: 'United Nations', why: 'abbreviation'},
  // A party by what its members are called, before a body with the word in its name.
  {query: 'democrats', first: 'United States Democratic Party', why: 'name'},
  {query: 'republicans', first: 'Republican Party', why: 'name'},
  // One entry for one thing named several ways across the library (linking), found by each name.
  {query: 'state department', first: 'United States Department of State', why: 'multi-word'},
  {query: 'wanda vazquez', first: 'Wanda Vázquez Garced', notTop3: ['Wanda Vázquez'], why: 'multi-word'},
  {query: 'bala', first: 'Bala', never: ['Basel'], why: 'name'},
];
