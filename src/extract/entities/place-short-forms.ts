// The shorter name a place's longer form stands for, written alone elsewhere in the same article: "Tabunok" of
// "Barangay Tabunok" (a settlement's kind before its name), "São Benedito" of "São Benedito do Tapuru" (the name
// before its particle), "Mkanda" of "Mkanda Game Reserve" (a protected area's kind after it). merge.ts files the long
// form under `short-place:` + the short one's key, and the short form joins the one place so filed (shorterPlace).
import {isCity, knownPlace, nameKey} from './gazetteer.js';
import {placeNames} from './place-names.js';

// A settlement's kind written before its name, as a title is before a person's (the Philippines' barangays and
// sitios, the Malay world's villages).
const KIND_BEFORE = /^(?:Barangay|Brgy\.?|Sitio|Purok|Kampung|Kampong|Desa)\s+(\p{Lu}.*)$/u;
// Lower-case words inside a town's name after which its first words are its everyday name ("Newcastle upon Tyne",
// "Frankfurt am Main"); not "of" ("Gulf of Mexico" is no Gulf).
// (A dateline's capitals, read as a name, capitalise the particle too: "São Benedito Do Tapuru".)
const PARTICLE = /^(\p{Lu}\S*(?:\s\p{Lu}\S*)*)\s(?:[Dd][oa]s?|[Dd]el?|upon|am|an\sder|sur)\s\p{Lu}/u;
// A protected area's kind after its name ("Mkanda Game Reserve", "Selvo National Park"): the reserve alone; so is an
// ocean's ("the northeastern Atlantic" beside "the Atlantic Ocean").
const AREA_AFTER =
  /^(\p{Lu}.*?)\s(?:(?:Game|Nature|Wildlife|Forest|Marine|National|Biosphere)\s(?:Reserve|Park|Sanctuary|Refuge)|Conservancy|Ocean)$/u;

// A province's kind after its name ("Tsurumine Prefecture", later "Tsurumine Gov. …"), when the gazetteer knows no
// place by the name alone: "Hiroshima" beside "Hiroshima Prefecture" may be the city.
const DIVISION_AFTER = /^(\p{Lu}.*?)\s(?:Prefecture|Province|Governorate)$/u;
// A federal state's "State" after its name ("Anambra State", later "Anambra"), when no large city of that country has
// the bare name: "New York State" beside "New York" is two places; "Delta State" beside "Delta" one (the city called
// Delta is Canada's, the state Nigeria's).
const STATE_AFTER = /^(\p{Lu}.*?)\sState$/u;

function stateShortKey(text: string): string | undefined {
  const d = STATE_AFTER.exec(text)?.[1];
  if (d === undefined || knownPlace(d) !== undefined) return undefined;
  const names = placeNames();
  const city = names.placeOf(d);
  if (city === null && !isCity(d)) return nameKey(d);
  const region = names.regionCountry(d);
  return region !== null && city?.country !== region ? nameKey(d) : undefined;
}

/**
 * A sea's, a strait's or a land's feature word that a story uses alone, capitalised, for the one it names in full
 * ("the Channel" beside "the English Channel", "the Gulf"): kind-rules-place-cues.ts feature-alone.
 */
export const FEATURE_ALONE: ReadonlySet<string> = new Set([
  'gulf',
  'channel',
  'strait',
  'straits',
  'peninsula',
  'isthmus',
  'lagoon',
]);

/** The key of the shorter name a place's form is also known by, or undefined. */
export function placeShortKey(text: string): string | undefined {
  const m = KIND_BEFORE.exec(text) ?? PARTICLE.exec(text) ?? AREA_AFTER.exec(text);
  if (m?.[1] !== undefined) return nameKey(m[1]);
  const last = text.slice(text.lastIndexOf(' ') + 1).toLowerCase();
  if (FEATURE_ALONE.has(last)) return last;
  const d = DIVISION_AFTER.exec(text)?.[1];
  return d !== undefined && knownPlace(d) === undefined ? nameKey(d) : stateShortKey(text);
}
