// The facts stage's vocabulary: every word list its rules read, once (currency names live in currency.ts, shared
// with the number reader). General news vocabulary only: what a number counts (people, money, measures), what it
// is not (months, street types, reference nouns), and the function words that shape a fact's clause.

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Words that make a number a casualty figure: the first thing a reader wants. */
export const CASUALTY = set(`
  killed kill kills killing dead died dies die death deaths fatalities fatality fatal injured injuring injuries tolls
  injury wounded wounding hurt casualties victims bodies missing toll hospitalized hospitalised rescued evacuated
  evacuate trapped survivors survived infected infections cases displaced homeless arrested detained shot stabbed
  drowned perished lives murdered executed sick ill deceased stranded`);

/** The casualty words for people harmed less than killed or injured: they rank after deaths and injuries. */
export const AFFECTED =
  set(`rescued evacuated evacuate trapped survivors survived infected infections cases displaced homeless
  arrested detained sick ill stranded`);

/** Nouns for people counted. */
export const PEOPLE = set(`
  people persons person children child kids women woman men man residents passengers crew soldiers troops police
  officers workers students protesters protestors demonstrators voters members employees staff migrants refugees
  civilians patients fans spectators firefighters athletes players families households citizens inhabitants
  individuals adults teenagers teens girls boys babies infants doctors nurses journalists prisoners inmates hostages
  militants fighters delegates candidates lawmakers senators representatives justices judges jurors scientists
  researchers volunteers tourists visitors pilgrims miners sailors divers seekers pupils teachers customers users
  participants attendees supporters opponents deputies mps councillors councilors ministers officials personnel
  rescuers responders workers residents survivors americans britons`);

/**
 * Nouns naming a number of people that stand before it ("a pre-war population of about 180,000", "a crowd of about
 * 100"): with nothing counted after the number, the noun before "of" is what it counts.
 */
export const HEADCOUNTS = set(
  `population crowd workforce congregation electorate audience attendance membership`,
);

/** Units of measure: a number followed by one of these is a measurement. */
export const MEASURES = set(`
  km kilometres kilometers kilometre kilometer miles mile mi metres meters metre meter m feet ft foot inches inch cm
  mm kg kilograms kilogram grams gram g mg tonnes tonne tons ton lb lbs litres liters litre liter gallons gallon
  barrels acres acre hectares hectare ha square cubic degrees degree mph kph kmh knots magnitude light-years
  light-year kelvin watts megawatts gigawatts kilowatts megawatt gigawatt kilowatt kw mw gw kwh volts decibels calories gb tb mb km2 sq
  nautical centimetres centimeters millimetres millimeters pounds`);

/** Units of time: a number followed by one of these is a duration. */
export const DURATIONS = set(`
  second seconds minute minutes hour hours day days week weeks month months year years decade decades century
  centuries night nights hrs hr mins`);

/** Words that make a number a vote count. */
export const VOTES = set(
  `votes vote voted voting seats ballots majority electoral favour favor against abstained abstentions`,
);

/** Words that mark a number as a total or a minimum ("at least", "in all"): totals rank above details. */
export const TOTALS = set(`least total all overall toll altogether combined`);

/** Who sets the yardstick a company's result is measured against ("analysts' average estimate of $8.17 billion"). */
export const FORECASTERS = set(`analyst analysts economist economists`);

/** What those forecasters gave: a figure near one of these and a forecaster is an expectation, not a result. */
export const EXPECTATIONS = set(`
  estimate estimates estimated expected expect expectation expectations consensus forecast forecasts predicted
  anticipated projected
`);

/** Month names and their abbreviations: a number beside one is a date. */
export const MONTHS = set(`
  january february march april may june july august september october november december jan feb mar apr jun jul
  aug sep sept oct nov dec`);

/** Days of the week. */
export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday`);

/** Words after which a number names something rather than counting ("page 5", "Flight 610", "Article 50"). */
export const REFERENCE_NOUNS = set(`
  page pages chapter section article paragraph clause flight route highway interstate platform gate room episode
  season version phase category number no type model class tier level stage round grade day week game match lap
  act scene volume issue item bill resolution amendment district ward precinct zone terminal pier track channel
  division unit apartment suite floor row seat table box code post posts`);

/** Street types: a number before a capitalised name ending in one of these is a street number. */
export const STREET_TYPES = set(`
  street st avenue ave road rd boulevard blvd lane drive way place square court terrace crescent parkway plaza`);

/** Capitalised words that may begin a sentence before a count ("About 52%", "In all, 598"), not part of a name. */
export const LEADING_WORDS = set(`
  about around nearly almost over some only just more at in on by of to with for after before since until all
  approximately roughly another an a the and but exactly up than less fewer under below above between from
  estimated every each those these its their his her our my your also then now still including among last this
  that while when where although though if as during within across into nearly around none both another
  according there here what however yet so because thus meanwhile overall total altogether`);

/** Words a unit phrase stops at: function words, auxiliaries and a few adverbs. */
export const STOP = set(`
  a an the and or but nor of to in on at for from by with without into onto over under about after before since
  until during than as that which who whom whose what when where while if because so though although was were
  is are be been being has have had will would could should can may might must do does did said says say told
  according per each more less ago later earlier including this these those it its their his her our my your
  they them he she we you i us him there here not no only also just even still all both either neither some any
  such then now very too out up down off away back again around among against between through across along
  within toward towards upon due despite per via amid like unlike`);

/** Words before a small number that make it a reference, not a count ("the two men", "both three"). */
export const DETERMINERS = set(`the these those its their his her our my your both`);

const SCORES = set(`points votes seats goals runs wickets delegates games matches laps`);

/** Plurals without an -s ("people", "men"): a number before one counts, and a unit phrase ends at one. */
export const UNMARKED_PLURALS = set(`people men women children police personnel cattle feet`);

/** Nouns that count a group yet may modify the next noun ("five crew members"): a number before one counts. */
export const COLLECTIVE_NOUNS = set(`staff crew sheep fish`);

/** Suffixes glued to a number that make it an ordinal ("21st"). */
export const ORDINAL_SUFFIX = set(`st nd rd th`);

/** Suffixes glued to a number that make it a time of day ("6am", "1800h"). */
export const TIME_SUFFIX = set(`am pm h hrs gmt utc`);

/** Words after which a four-digit number is a year even before a plural ("in 2019 elections"). */
export const YEAR_BEFORE = set(`
  in since until till during early late mid spring summer autumn fall winter circa fiscal season year`);

/** Function words before a four-digit number and a plural that make it a year modifying the noun ("the 1973
 * building", "of 2019 elections"), not a count. */
export const YEAR_MODIFIER_BEFORE = set(
  `the of and or to a an its their his her this that for from by on at`,
);

/** Words before a clock time given with a part of the day ("at 6 in the morning"). */
export const TIME_PREPOSITIONS = set(`at around by until about`);

/** Words around a number that make it an age ("aged 41", "between the ages of 14 and 18"). */
export const AGE_WORDS = set(`aged age ages ageing aging`);

/** Words that report a death: in a title they make the article an obituary, beside an age its age at death. */
export const DEATH_WORDS = set(`died dies die death`);

/** Title words of an obituary ("… dies aged 95"), unlike a death in the news ("stabbed to death"). */
export const OBITUARY_WORDS = set(`died dies`);

/**
 * Relatives counted ("two sisters", "their two sons"): outside an obituary they describe a person or a plot, not the
 * news. "children" counts relatives only after a possessive ("her two children"; "500 children" is a headcount).
 */
export const KIN = set(`
  sister sisters brother brothers sibling siblings son sons daughter daughters grandchild grandchildren grandson
  grandsons granddaughter granddaughters nephew nephews niece nieces cousin cousins twin twins stepchildren
  stepsons stepdaughters wives husbands marriages
`);

/** Spans of a life ("for four decades"): in a relative clause on someone, background; a race's seconds are news. */
export const LIFE_SPANS = set(
  `year years decade decades month months century centuries generation generations`,
);

/** Possessives before "children" that make them relatives ("her two children"). */
export const KIN_POSSESSIVES = set(`her his their our my your`);

/** Subjects of "was 90" that make the bare number an age. */
export const AGE_SUBJECTS = set(`he she i who you`);

/** Nouns for one person: "one child … among the dead" counts a person harmed. */
export const ONE_PERSON = set(
  `child man woman person boy girl officer soldier passenger victim student worker`,
);

/** Words before "of the N" that take a part of a total ("two of the 12 jurors"). */
export const PARTITIVES = set(`one two three four five each some none all any most several`);

/** Small number words that end a range before "one" ("two and one package"). */
export const SMALL_NUMBER_WORDS = set(`two three four five six seven eight nine ten`);

/** Prepositions after a casualty word that keep it a state of a person ("dead in the fire"), not an adjective. */
export const AFTER_CASUALTY = set(`in on at by after when during and while from with`);

/** Words between two numbers that join them into one range, choice or share ("three to six", "908 of the"). */
export const LINKS = set(`to or and - – — of the out in between ±`);

/** Words that stand for what was counted before, not a new unit ("three of them"). */
export const PRONOUNS = set(`them us those these which whom it you we`);

/** Nouns in -ing that a unit phrase keeps ("a ten-storey building"). */
export const ING_NOUNS = set(`
  building housing meeting bombing shooting wedding evening morning clothing funding spending training warning
  ceiling sibling offspring earring setting painting recording filing ruling hearing opening landing sighting
  killing stabbing drowning`);

/** Words a unit phrase skips at its start ("six more people"). */
export const SKIP_FIRST = set(`more other additional further extra new fewer`);

/** Words skipped after "of" to reach what is counted ("three of the passengers"). */
export const SKIP_AFTER_OF = set(`the all its their his her our these those whom`);

/** Words ending in -s that are not plurals. */
export const SINGULAR_IN_S = set(`
  measles mumps news series species diabetes rabies herpes politics economics physics this was has is does its
  gas bus lens chaos status bias`);

/** Heads of a compound that count members ("the 55-member union", "a 300-strong force"). */
export const MEMBER_COMPOUNDS = set(`member person man woman strong seat nation country player`);

/** Words a fact's text does not start with: conjunctions and relative words. */
/** Conjunctions that, after a comma, open a statement of its own ("…, and the yield on bonds climbed to 2.34%"). */
export const STATEMENT_JOINERS = set(`and but while whereas yet`);

/** Range words: each opener with the word joining its second end ("between 2021 and 2023", "from 5 to 10"). */
export const RANGE_JOINS: ReadonlyMap<string, string> = new Map([
  ['between', 'and'],
  ['from', 'to'],
]);

export const LEAD_TRIM = set(
  `and but or while whereas as so though although which that who where when including with`,
);

/** Words a fact's text does not end with: auxiliaries, modifiers, prepositions and conjunctions. */
export const TAIL_TRIM = set(`
  have has had been be was were is are will would could roughly about around nearly almost some over least more
  than and or but of in on at to the a an for by from with as that which who while after before its their his
  her beside among near around across inside outside into onto over under between during since until than like
  just also then when where there according`);

/** Conjunctions, prepositions and relatives: a text cut inside its clause may end right before one. */
export const PHRASE_BREAKS = set(`
  and or but nor of to in on at for from by with as that which who whom whose where while after before within
  without into onto than via across over under near since until during because although though whereas
  including among against between through toward towards upon amid according when unless whether`);

/** Words that open a phrase and need what follows: a text stopped right after one, inside its sentence, is cut
 * ("died of this | new coronavirus", "a couple | of tries", "at least 20 according | to officials"). */
export const PHRASE_OPENERS = set(`
  this these every another per according including much couple handful number lot lots pair series bunch variety form
  kind sort`);

/** Nouns of quantity or sort that say what they count in an "of" phrase ("a couple of tries", "some form of"). */
export const OF_NOUNS = set(`
  couple handful number lot lots pair pairs series bunch variety form forms kind kinds sort sorts type types much
  part`);

/** Words after a number's phrase that complete it ("injured 50 more", "died two days later"). */
export const PHRASE_COMPLETERS = set(`more later earlier ago`);

/** Words that begin a noun phrase: a fact's text may start at one. */
export const PHRASE_STARTS = set(`a an the each every all some many most its their his her`);

/** Irregular past tenses and bare verbs that make the word before a number a verb ("won 45", "paid $4"). */
export const IRREGULAR_VERBS = set(`
  shot hit cut put set won lost had has saw took left drew rose fell made kept sold spent paid held gave got found
  reach reached came went began became brought built bought caught chose drove ate felt fought flew grew heard hid
  knew laid led lent let lay meant met ran rang rode sent shook shut sang sank sat slept spoke stood stole struck
  swam taught tore thought threw wore wrote
  withdrew sought fled froze swept wept swung stung strode strove slid sprang spun sped dealt dug crept knelt leapt
  mistook overcame overran overthrew undertook underwent understood upheld withheld withstood oversaw overtook
  outsold forgave forbade foresaw forgot arose awoke woke befell bled bred slew stuck clung flung shrank drank shone
  rebuilt retook rewrote`);

/** Words that modify a number and belong to its phrase ("at least", "more than", "nearly"). */
export const NUMBER_MODIFIERS = set(`
  a an the at least most more less fewer than nearly almost about around roughly some over up to only just all
  approximately estimated another under below above exactly`);

/** Words between a bare number and the verb or "with" before it that leave it a whole noun phrase ("had a further
 * 430", "with more than 60", "secured the remaining 1"). */
export const ELIDED_MODIFIERS = set(`
  a an more than over about around nearly almost roughly some least only just further another remaining other
  additional estimated fewer less approximately`);

/** Auxiliaries that are verbs of having: a bare number after one is what is had ("Biden had 54"). */
export const POSSESSION_VERBS = set(`has have had`);

/** Time zones and clock words after a number that make it a time of day ("1000 UTC", "6 p.m."). */
/** A time zone and its sign right before a number: the number is the zone's offset ("UTC+0900", "GMT -5"). */
export const ZONE_BEFORE = /(?:UTC|GMT)\s*[+−–-]\s*$/u;

export const ZONE_AFTER =
  /^\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?|o['’]clock|(?:UTC|GMT|BST|IST|JST|[ECMP][SD]T|CES?T|EES?T|AE[SD]T)\b|local time|hours?\s+(?:UTC|GMT|local))/i;

/** A part of the day after a number ("at 6 in the morning"). */
export const PART_OF_DAY = /^\s*(?:in the (?:morning|afternoon|evening)|at night|tonight)\b/i;

/** First-person words: a sentence in the first person is an interview answer, anecdote more often than fact. */
export const FIRST_PERSON = /\b(?:I|we|We|my|My|our|Our)\b/;

/** Whether a word is a plural that only counts things (units, durations, people, points), never a verb. */
export function isCountNoun(word: string): boolean {
  const w = word.toLowerCase();
  return MEASURES.has(w) || DURATIONS.has(w) || PEOPLE.has(w) || SCORES.has(w) || CASUALTY.has(w);
}

/** Auxiliary and copular verbs: a clause's finite verb when one stands before a participle or alone. */
export const AUXILIARIES = set(`
  is are was were am be been has have had will would shall should can could may might must do does did`);

/** Verbs of saying in the present or past: "officials said", "police say", "she added". */
export const SPEECH_VERBS = set(`said says say added told tells reported reports stated states announced`);

/** Pronouns that can be a clause's subject ("they said", "which killed"). */
export const SUBJECT_PRONOUNS = set(`i we you he she it they who which that this these those there`);

/** Prepositions: a noun phrase right after one, inside its clause, is its object, never the clause's subject
 * ("flew to | the area on Monday"). Words that also join clauses ("after", "since") are not here. */
export const PREPOSITIONS = set(`
  of to in on at for from by with into onto via across over under near within without during including among
  against between through toward towards upon amid about per like unlike despite beside inside outside throughout`);

/** Subject pronouns a reporting frame may open on ("He said the talks lasted nine hours"). */
export const FRAME_PRONOUNS = set(`he she they it we i`);

/** Words that open a relative clause: an aside between a subject and its verb. */
export const RELATIVES = set(`which who whom whose that where when`);

/** A pronoun and a contracted verb in one word: "I’ve", "we're", "it's", "they’ll". */
export const CONTRACTED_SUBJECT = /^(?:i|we|you|he|she|it|they|that|there|who)['’](?:ve|re|s|d|ll|m)$/u;

/** Modal verbs: with "have" they make a clause counterfactual ("would have been more than a thousand"). */
export const MODALS = set(`would could might may should must`);

/** Words that open a conditional clause: a number inside one is a supposition, not a fact. */
export const CONDITIONALS = set(`if unless whether`);

/** Verbs of change: the number after one is the measured value its sentence is about ("inflation fell to 2.1%"). */
export const CHANGE_VERBS = set(`
  rose rise rises risen fell fall falls fallen grew grow grows grown climbed climbs eased eases dropped drops slipped
  slips jumped jumps increased increases decreased decreases declined declines shrank shrinks surged surges slowed
  slows edged edges stood stands stayed stays held holds reached reaches`);

/** Words that say which things a "number of" phrase counts without being them ("the number of confirmed cases"). */
export const NUMBER_OF_QUALIFIERS = set('confirmed reported known recorded new total daily registered');

/** A token that ends or marks off a clause: where a look back for a number's noun stops. */
export const CLAUSE_MARK = /^[,;:.!?()[\]"“”—–]$/u;
