// Where a mention stands in a place by the way the sentence goes to or through it (round s47c), read apart from
// context.ts LOCATIVE so that its pattern, tried at every position of the words before every name, stays as it was:
// each shape here is tried only where the words before the name end as it needs.
import {PLACE_PREPOSITIONS} from './cues.js';
import {placedAlong} from './place-waters.js';

// "across northern Honsei", "in south-eastern Varnia", "of the central Kessaly": a lower-case direction between a
// preposition and the name.
const COMPASS_PLACED = new RegExp(
  `\\b(?:${PLACE_PREPOSITIONS.join('|')}|of|to|and|In|At|From|Near|Outside|Across)\\s+(?:the\\s+)?(?:(?:north|south)?(?:-?(?:east|west))?ern|central)\\s+$`,
  'u',
);
// What runs or lies between two places ("the line runs between Shin-Ōkawara and Kamitaki", "buses between Holmgard
// and Pellow", "the border between Varnia and Kelm"); not talks or a match between two sides.
const ROUTE =
  '(?:runs?|running|ran|operates?|operating|shuttles?|line|route|road|railway|services?|trains|buses|ferries|flights|border|journey|trip)\\s+between';
const ROUTE_FIRST = new RegExp(`\\b${ROUTE}\\s+$`, 'u');
const ROUTE_SECOND = new RegExp(
  `\\b${ROUTE}\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*){0,2}\\s+and\\s+$`,
  'u',
);
// Where visitors go ("visitors to Mkanda had risen by 22%").
const VISITORS_TO = /\b(?:[Vv]isitors|[Tt]ourists|[Vv]isits|[Tt]rips)\s+to\s+$/u;

// Where goods go ("shipped by rail to Gdavia", "exports to Kessia").
const SHIPPED_TO =
  /\b(?:(?:by\s+(?:rail|road|sea|air|ship|boat|train|truck|lorry))|shipped|exported|exports|shipments)\s+to\s+$/u;
// A direction from a place ("west of Osh-Tepe", "20 kilometres north-east of Kelby").
const COMPASS_OF = /\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+$/u;
// Those who live in a place ("The people of Kirigo have waited", "the people of Holmsby deserve"): a lower-case
// "people" after "the" (not "People of Praise", a body's name).
const PEOPLE_OF = /\b[Tt]he\s+people\s+of\s+$/u;
// The see or the town an office is of ("the Bishop of Calderbridge", "the Archbishop of Westmere", "Governor of
// Kirigo"): capitalised, as a title is (the lower-case "mayor of" is context.ts PLACE_RELATIONS'). Not "the Governor
// of the Bank", where "the" comes between.
const OFFICE_OF = /\b(?:Bishop|Archbishop|Mayor|Governor)\s+of\s+$/u;
// A land's neighbour across its border ("which forms the border with Tazeria").
const BORDER_WITH = /\b(?:border|borders|frontier|boundary)\s+with\s+$/u;

/** The words before a name (`near`, ending in a space) put it in a place by a direction, a route or a visit. */
export function placedByWay(near: string): boolean {
  if (near.endsWith('along ') || near.endsWith('the ')) return placedAlong(near);
  if (near.endsWith('ern ') || near.endsWith('central ')) return COMPASS_PLACED.test(near);
  if (near.endsWith('between ')) return ROUTE_FIRST.test(near);
  if (near.endsWith('and ')) return near.includes('between') && ROUTE_SECOND.test(near);
  if (near.endsWith('with ')) return BORDER_WITH.test(near);
  if (near.endsWith('of '))
    return (
      COMPASS_OF.test(near) ||
      (near.endsWith('people of ') && PEOPLE_OF.test(near)) ||
      (near.endsWith('r of ') || near.endsWith('p of ') ? OFFICE_OF.test(near) : false)
    );
  return near.endsWith('to ') && (VISITORS_TO.test(near) || SHIPPED_TO.test(near));
}
