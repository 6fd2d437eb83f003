import type {QueryCase} from './query-set.js';

/**
 * A second query set, written before its results were looked at: what a reader types that the first set
 * (query-set.ts) did not think of. Given names and surnames alone, three- to five-letter starts, one and two
 * typos (swapped, dropped, doubled letters), names without or with other diacritics, a city's name in its own
 * language, a body's name written out for its acronym, "the" before a name, titles, a country's adjective, and
 * words that name nothing in the library.
 */
export const USER_QUERIES: readonly QueryCase[] = [
  // A given name alone.
  {query: 'volodymyr', first: 'Volodymyr Zelensky', why: 'name'},
  {query: 'nancy', first: 'Nancy Pelosi', why: 'name'},
  {query: 'jacinda', first: 'Jacinda Ardern', why: 'name'},
  {query: 'greta', first: 'Greta Thunberg', why: 'name'},
  {query: 'rudy', first: 'Rudy Giuliani', why: 'name'},
  // A surname alone.
  {query: 'ardern', first: 'Jacinda Ardern', why: 'surname'},
  {query: 'navalny', first: 'Alexei Navalny', why: 'surname'},
  {query: 'netanyahu', first: 'Benjamin Netanyahu', why: 'surname'},
  {query: 'duterte', first: 'Rodrigo Duterte', why: 'surname'},
  {query: 'macron', first: 'Emmanuel Macron', why: 'surname'},
  // The start of a name, as it is being typed.
  {query: 'pomp', first: 'Mike Pompeo', why: 'prefix'},
  {query: 'bolso', first: 'Jair Bolsonaro', why: 'prefix'},
  {query: 'sturg', first: 'Nicola Sturgeon', why: 'prefix'},
  {query: 'klob', first: 'Amy Klobuchar', why: 'prefix'},
  {query: 'netan', first: 'Benjamin Netanyahu', why: 'prefix'},
  {query: 'mass', kind: 'place', first: 'Massachusetts', why: 'prefix'},
  // Typos: letters swapped, dropped, doubled or wrong.
  {query: 'guiliani', first: 'Rudy Giuliani', why: 'typo'},
  {query: 'netanyhu', first: 'Benjamin Netanyahu', why: 'typo'},
  {query: 'pompeoo', first: 'Mike Pompeo', why: 'typo'},
  {query: 'macorn', first: 'Emmanuel Macron', why: 'typo'},
  {query: 'bolsanaro', first: 'Jair Bolsonaro', why: 'typo'},
  {query: 'sturgoen', first: 'Nicola Sturgeon', why: 'typo'},
  {query: 'masachusetts', first: 'Massachusetts', why: 'typo'},
  {query: 'pennsylvannia', first: 'Pennsylvania', why: 'typo'},
  {query: 'philipines', first: 'Philippines', why: 'typo'},
  {query: 'twiiter', first: 'Twitter', why: 'typo'},
  {query: 'jorgenson', first: 'Jo Jorgensen', why: 'typo'},
  {query: 'klobuchar amy', first: 'Amy Klobuchar', why: 'multi-word'},
  // Diacritics left out, or a name transliterated another way.
  {query: 'rossello', first: 'Ricardo Rosselló Nevares', why: 'typo'},
  {query: 'vazquez', first: 'Wanda Vázquez Garced', why: 'typo'},
  {query: 'zelenskiy', first: 'Volodymyr Zelensky', why: 'typo'},
  {query: 'selenskyj', first: 'Volodymyr Zelensky', why: 'typo'},
  {query: 'lukashenka', first: 'Alexander Lukashenko', why: 'typo'},
  {query: 'bashar assad', first: 'Bashar al-Assad', why: 'multi-word'},
  {query: 'el-sisi', first: 'Abdel Fattah al-Sisi', why: 'surname'},
  // A place by its name in its own language, or an older one.
  {query: 'münchen', first: 'Munich', why: 'exonym'},
  {query: 'munchen', first: 'Munich', why: 'exonym'},
  {query: 'mysuru', kind: 'place', first: 'Mysore', why: 'exonym'},
  {query: 'bengaluru', kind: 'place', first: 'Bangalore', why: 'exonym'},
  {query: 'wien', first: 'Vienna', why: 'exonym'},
  {query: 'moskva', first: 'Moscow', why: 'exonym'},
  {query: 'warszawa', first: 'Warsaw', why: 'exonym'},
  {query: 'deutschland', first: 'Germany', why: 'exonym'},
  // A body by its acronym, or by the name its acronym stands for.
  {query: 'north atlantic treaty organization', first: 'NATO', why: 'abbreviation'},
  {query: 'federal bureau of investigation', first: 'FBI', why: 'abbreviation'},
  {
    query: 'central intelligence agency',
    first: 'United States Central Intelligence Agency',
    why: 'multi-word',
  },
  {query: 'cia', first: 'United States Central Intelligence Agency', why: 'abbreviation'},
  {query: 'isis', first: 'Islamic State', why: 'abbreviation'},
  {query: 'ntsb', first: 'National Transportation Safety Board', why: 'abbreviation'},
  {query: 'rmt', first: 'National Union of Rail, Maritime and Transport Workers', why: 'abbreviation'},
  {query: 'world health organisation', first: 'World Health Organization', why: 'multi-word'},
  // "The" before a name.
  {query: 'the guardian', first: 'Guardian', why: 'multi-word'},
  {query: 'the hill', kind: 'organization', first: 'Hill', why: 'multi-word'},
  {query: 'the new york times', first: 'New York Times', why: 'multi-word'},
  {query: 'the white house', first: 'White House', why: 'multi-word'},
  // A title before the name.
  {query: 'president trump', first: 'Donald Trump', why: 'title'},
  {query: 'senator sanders', first: 'Bernie Sanders', why: 'title'},
  {query: 'chancellor merkel', first: 'Angela Merkel', why: 'title'},
  {query: 'governor evers', first: 'Tony Evers', why: 'title'},
  {query: 'prime minister modi', first: 'Narendra Modi', why: 'title'},
  {query: 'sen. warren', first: 'Elizabeth Warren', why: 'title'},
  // A country by its adjective.
  {query: 'ukrainian', first: 'Ukraine', why: 'name'},
  {query: 'british', first: 'United Kingdom', why: 'name'},
  {query: 'french', first: 'France', why: 'name'},
  {query: 'iranian', first: 'Iran', why: 'name'},
  {query: 'chinese', first: 'China', why: 'name'},
  // Parliaments: the bare word for the one a Tunisian article means.
  {query: 'tunisian parliament', first: 'Tunisian Parliament', why: 'multi-word'},
  // Added after probing typos of the library's names (so not written blind, as the rest): a typo of a whole word
  // before one of a longer word's start, and a name's two words typed as one.
  {query: 'indana', first: 'Indiana', why: 'typo'},
  {query: 'geogria', kind: 'place', first: 'Georgia', why: 'typo'},
  {query: 'alaksa', first: 'Alaska', why: 'typo'},
  {query: 'abdulmahdi', first: 'Adil Abdul-Mahdi', why: 'typo'},
  {query: 'deblasio', first: 'Bill de Blasio', why: 'typo'},
  // Added after a second probe: one word typed as two, a letter wrong inside a short word.
  {query: 'you tube', first: 'YouTube', why: 'typo'},
  {query: 'face book', first: 'Facebook', why: 'typo'},
  {query: 'space x', first: 'SpaceX', why: 'typo'},
  {query: 'al-qaida', first: 'Al-Qaeda', why: 'typo'},
  // Words that name nothing in the library.
  {query: 'banana', first: null, why: 'none'},
  {query: 'xylophone', first: null, why: 'none'},
  {query: 'asdfgh', first: null, why: 'none'},
  {query: 'quantum entanglement', first: null, why: 'none'},
  {query: 'lorem ipsum', first: null, why: 'none'},
];
