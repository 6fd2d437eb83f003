// Cue words by category, shared by the filters and the ranking of key facts. General news vocabulary only:
// what a number counts (people, money, measures), and what it is not (months, street types, reference nouns).

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Words that make a number a casualty figure: the first thing a reader wants. */
export const CASUALTY = set(`
  killed kill kills killing dead died dies die death deaths fatalities fatality fatal injured injuring injuries
  injury wounded wounding hurt casualties victims bodies missing toll hospitalized hospitalised rescued evacuated
  evacuate trapped survivors survived infected infections cases displaced homeless arrested detained shot stabbed
  drowned perished lives murdered executed sick ill deceased`);

/** The casualty words for people harmed less than killed or injured: they rank after deaths and injuries. */
export const AFFECTED =
  set(`rescued evacuated evacuate trapped survivors survived infected infections cases displaced homeless
  arrested detained sick ill`);

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

/** Units of measure: a number followed by one of these is a measurement. */
export const MEASURES = set(`
  km kilometres kilometers kilometre kilometer miles mile mi metres meters metre meter m feet ft foot inches inch cm
  mm kg kilograms kilogram grams gram g mg tonnes tonne tons ton lb lbs litres liters litre liter gallons gallon
  barrels acres acre hectares hectare ha square cubic degrees degree mph kph kmh knots magnitude light-years
  light-year kelvin watts megawatts gigawatts kilowatts kw mw gw kwh volts decibels calories gb tb mb km2 sq
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
  within toward towards upon due despite per via amid`);

/** Words before a small number that make it a reference, not a count ("the two men", "both three"). */
export const DETERMINERS = set(`the these those its their his her our my your both`);

const SCORES = set(`points votes seats goals runs wickets delegates games matches laps`);

/** Whether a word is a plural that only counts things (units, durations, people, points), never a verb. */
export function isCountNoun(word: string): boolean {
  const w = word.toLowerCase();
  return MEASURES.has(w) || DURATIONS.has(w) || PEOPLE.has(w) || SCORES.has(w) || CASUALTY.has(w);
}
