/** One way two records of the library can be found to name one thing, or be kept apart. */
export interface LinkRule {
  id: LinkRuleId;
  description: string;
  example: string;
}

/** The link rules' ids: what `--explain` prints beside each join and each near miss. */
export type LinkRuleId =
  | 'spelling'
  | 'middle-name'
  | 'name-within'
  | 'nickname'
  | 'alias-owner'
  | 'initials'
  | 'gazetteer'
  | 'country-body'
  | 'country-name'
  | 'party-name'
  | 'legal-form'
  | 'shared-acronym'
  | 'name-part'
  | 'one-kind'
  | 'apart:shared-form'
  | 'apart:more-articles'
  | 'apart:different-names'
  | 'apart:kinds-decided'
  | 'apart:short-other-name'
  | 'apart:code-elsewhere';

/** Every rule, joins first (in the order they run), then the reasons records stay apart. */
export const LINK_RULES: readonly LinkRule[] = [
  {
    id: 'spelling',
    description:
      "a name spelt two ways: a person's with the same words but for initials, the Arabic article (al-, el-), a given name's short form (Bill, William), or one letter in a long surname; a body's or place's in British and American spelling, or opening with an abbreviation (St., Mt.)",
    example:
      '"Vladimir V. Putin", "Volodymyr Zelenskyy", "Abdel Fattah el-Sisi", "Bill Weld" and "World Health Organisation" join "Vladimir Putin", "Volodymyr Zelensky", "Abdel Fattah al-Sisi", "William Weld" and "World Health Organization"',
  },
  {
    id: 'middle-name',
    description:
      "a person's first and last name joins the one fuller name in the library with those first and last words",
    example: '"John Conway" joins "John Horton Conway" when no other John … Conway is named',
  },
  {
    id: 'name-within',
    description:
      "a person's name whose words all come, in order, in one fuller name of the library and no other: a second surname or an honorific the short form leaves out",
    example:
      '"Wanda Vázquez" joins "Wanda Vázquez Garced"; "Ali Khamenei" joins "Sayyid Ali Hosseini Khamenei"',
  },
  {
    id: 'nickname',
    description:
      'a given name alone, named in one article, that the article writes with a nickname in quotes before a surname joins the person the nickname and surname name',
    example:
      '"Jeremy" of `podcast host Jeremy "Spike" Cohen` joins "Spike Cohen"; a "Jeremy" of two articles stays apart (the other may be someone else)',
  },
  {
    id: 'alias-owner',
    description:
      'a short form joins the one record that uses it as an alias (or one named in three times the articles of the next; a person, five times and in five or more)',
    example:
      '"Trump" joins "Donald Trump"; "EU" joins "European Union"; "Obama" joins Barack Obama (15 articles) beside Michelle (1)',
  },
  {
    id: 'initials',
    description:
      'an acronym no article gives as a body\'s short form joins the one body of the library whose name it abbreviates (each part of a hyphenated word a word, small words left out, or without a last conjunct "and …" when three letters or more remain; failing those, of a name of three words or more without its opening words up to "of" or its last word, when every article naming the acronym names the body); a body named after a place only when no other body fits, the acronym spells the place\'s initials and two letters more, and every article naming it is about that place\'s country. The group shows under the name written out',
    example:
      '"AFP" joins "Agence France-Presse", "RMT" the "National Union of Rail, Maritime and Transport Workers", "CDC" the "Centers for Disease Control and Prevention" (not the "California Department of Corrections and Rehabilitation"), "USPS" of a US article the "United States Postal Service"; "ABC" stays apart when two bodies are so abbreviated, "USS" (a ship\'s prefix) from the "United States Senate", a US article\'s "CDC" from the "Christchurch District Court"',
  },
  {
    id: 'gazetteer',
    description:
      'two names the gazetteer gives one country or city (not a name and a longer one beginning with it), or a body named after a city by two of its names',
    example:
      '"Czechia" and "Czech Republic"; "USA" and "United States"; "Mysuru Division" and "Mysore Division"',
  },
  {
    id: 'country-body',
    description:
      'a body named with its country in two ways ("State Department", "Department of State"), or without it in an article about that country, or by the opening words of the one body of that country they open ("House" of "House of Representatives")',
    example:
      '"U.S. Senate", "United States Senate", and "the Senate" of a US article; "US State Department" and "United States Department of State"; "U.S. House" and "U.S. House of Representatives"',
  },
  {
    id: 'country-name',
    description: "a body's name with its country before it joins the same name without it",
    example:
      '"US White House" joins "White House"; "United States Geological Survey" joins "Geological Survey"',
  },
  {
    id: 'party-name',
    description:
      'a party named without the word "Party" joins the party of that name: the only one, or one named in three times the articles of the next',
    example:
      '"Labour" of two British articles joins the British Labour Party; "Liberal National" the Liberal National Party',
  },
  {
    id: 'legal-form',
    description:
      'a body named with and without its legal form ("Company", "Inc.", "Group"), or with "&" for "and"',
    example:
      '"Pacific Gas and Electric" and "Pacific Gas and Electric Company"; "Rock & Roll Hall of Fame" and "Rock and Roll Hall of Fame"',
  },
  {
    id: 'shared-acronym',
    description:
      "two bodies the articles give one acronym for (written in capitals), one named by the opening words of the other's name",
    example:
      '"Islamic State" (the articles\' "Islamic State (ISIS)") and "Islamic State of Iraq and Syria" (of "ISIS (Islamic State of Iraq and Syria)"); the Palestinian Authority and the Press Association, both "PA", stay apart',
  },
  {
    id: 'name-part',
    description:
      "part of a place's or body's name, named only in articles that name it in full: without the facility word closing it (an airport, a station) or without the places opening it",
    example:
      '"Fath" of an article about "Fath Airport" ("the landing at Fath"); "Tippu Express" of two articles naming the "Mysore–Bangalore Tippu Express"; "Public Schools" of articles naming the Chicago and the Boston Public Schools stays apart',
  },
  {
    id: 'one-kind',
    description:
      "one name of two kinds: where no article's own text decided the kind, the kind other articles decide",
    example:
      '"Grand Mosque", an organization in two articles and weakly a place in one, is the organization in all three',
  },
  {
    id: 'apart:shared-form',
    description: 'a short form several records use, none of them far more often than the rest',
    example: '"Johnson" stays apart from Boris and Gary Johnson',
  },
  {
    id: 'apart:more-articles',
    description:
      "a short form named in more articles than the record that uses it is not that record (but an acronym whose articles and the record's are all about one country)",
    example:
      '"Francis" (four articles) is not the "Francis Hospital" of one; "ABC" of a Tongan, a New Zealand and a US article is not the American Broadcasting Company, while "CIA" of two US articles is the United States Central Intelligence Agency',
  },
  {
    id: 'apart:different-names',
    description: 'two people with one surname but other given names, or a middle name that differs',
    example: '"Bill Clinton" and "Hillary Clinton"; "Mark Kelly" and "Mary Kelly"',
  },
  {
    id: 'apart:kinds-decided',
    description: 'one name given two kinds, each decided by the text of some article: two things',
    example: '"Jordan" the country and "Jordan" a player, each with its own cues',
  },
  {
    id: 'apart:short-other-name',
    description:
      "a city's other name of four letters or fewer, more than two letters from its own: as often another town's name (the gazetteer's other names come from many languages)",
    example:
      '"Bala", a Welsh town, is not "Basel" (the city\'s name in some language); "Sulu" the province is not Jolo',
  },
  {
    id: 'apart:code-elsewhere',
    description:
      "a country's two-letter code alone, named only in articles about other countries: as often an abbreviation of something else",
    example:
      '"PR" of "multicultural PR services" in an article about Melbourne is not Puerto Rico; "US" of US news is the United States',
  },
];

/** The rule of an id. */
export function linkRule(id: LinkRuleId): LinkRule {
  return LINK_RULES.find((r) => r.id === id) as LinkRule;
}
