// The cues of a name's context that few rules read (each by a fifth of the names or fewer, over the shipped library),
// worked out when first read rather than for every name: readContext made all of them, ~40 pattern tests a name.
import {waterActs} from './place-waters.js';
import {hasAnyTag, hasTag} from '../nlp.js';
import {atEnd, endsWithMatch} from '../matches.js';
import type {Context} from './context-types.js';
import {kinAround} from './gender.js';
import {isFirstName} from './words.js';
import {conjunctBefore, listGoesOn, relationBefore} from './place-lists.js';
import {AT_GROUND, matchSide} from './match-side.js';
import {
  NOT_NOUN_TAGS,
  afterName,
  fromCountry,
  modifiedBody,
  modifiedGroup,
  modifiedNoun,
  modifiedVessel,
  namesNoun,
} from './context-words.js';
import {
  ADDRESS_STREET_WORDS,
  BODY_NOUNS_AFTER,
  GROUP_ATTACKS,
  GROUP_MEMBERS_AFTER,
  GROUP_MEMBERS_OF,
  GROUP_WEAPONS,
  KIN_AFTER,
  MEETING_VERBS,
  MEETING_VERBS_AFTER,
  MEETING_VERBS_BEFORE,
  PERSON_ACTS_AFTER,
  PERSON_NOUNS,
  SITE_NOUNS,
  TITLES,
} from './cues.js';

// A verb's, an adverb's or a function word's tags: the word after a name is no noun it modifies.
const NOT_MODIFIED_NOUN_TAGS: readonly string[] = [
  ...NOT_NOUN_TAGS,
  'Verb',
  'Determiner',
  'Pronoun',
  'Auxiliary',
];

const KIN = new Set(KIN_AFTER);
// "Virginia-based Symplicity", "the Sydney-born actor": the compound's first part (tokens.ts splits it off).
const BASED_IN = /^[-–](?:based|born)\b/u;
// "Kesh's defence ministry", "Varnia's armed forces", "Kesh's territory", "Kesh's Ministry of Transport", "Kesh's
// crown prince", "Kesh's minister of economy", "Kesh's capital, Orsk": what only a state has (not "army" or "government", which a leader's name
// has too: "Velk's army"; nor "transport minister": "Velk's finance minister" is a leader's cabinet). A capital
// only where the phrase ends or names it, not "the firm's capital spending".
const STATE_OWNS =
  /^['’]s\s+(?:(?:(?:defen[cs]e|foreign|interior|home|finance|health|justice)\s+ministry|[Mm]inistry\s+of\s+\p{Lu}\p{L}*|armed\s+forces|air\s+defen[cs]es|embassy|parliament|borders?|territory|territorial|crown\s+prince(?:ss)?|central\s+bank|currency|(?:(?:main|benchmark|leading)\s+)?(?:share|stock)\s+(?:index|market|exchange)|ministers?\s+of\s+(?!the\b|state\b)\p{Ll}+)\b|capital(?:\s+city)?(?=\s*[,.;]|\s+(?:is|was|of)\b))/u;
const LETTER = /[\p{L}\p{N}]/u;
const STAFF_AT = /(?:^|\s)(\p{L}\p{Ll}+)\s+(?:at|with)\s+(?:the\s+)?$/u;
const GENDERED_PRONOUN = /\b(he|him|his|himself|she|her|hers|herself)\b/iu;

// "The party said", "The group has": the next sentence's subject a body's noun, as a report takes back a body.
const TAKEN_BACK =
  /^The\s+(?:party|group|movement|organi[sz]ation)\s+(?:\p{Ll}+\s+)?(?:said|says|has|had|is|was|would|will|added|announced|denied|claimed)\b/u;

// "Lawrence Cherono won", "Asefa Mengstu finished fourth", "Dejene Debela, 2:05:46,": an athlete's result; "X died",
// "X resigned", "X was sworn in": what befalls a person.
const ACTS_AFTER =
  /^\s+(?:(?:also|then|later|eventually)\s+)?(?:won|wins|finished|finishes|crossed\s+the\s+line|clocked|placed|came\s+(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))|took\s+(?:first|second|third|gold|silver|bronze)|defeated|beat|scored|died|dies|resigned|resigns|stepped\s+down|was\s+(?:born|killed|arrested|injured|elected|re-elected|sentenced|convicted|charged|sworn\s+in|assassinated|ousted|impeached|hospitali[sz]ed|buried))\b/u;
// "Ferrand was booked", "Halloran limped off", "Marlowe pleaded not guilty", "Brightwell's header": what only a
// player or a defendant does or has, read after a lone surname (a team scores, wins and equalises too, so those
// verbs are not here; "scored his second" is: a team is no "he").
const ACTS_ALONE_AFTER =
  /^(?:\s+(?:(?:was|were|is|had\s+been|has\s+been)\s+(?:booked|cautioned|sent\s+off|substituted|stretchered\s+off|jailed|remanded|acquitted|bailed)|(?:limped|hobbled|came)\s+off|pleaded|pleads|testified|(?:headed|volleyed|slotted|curled|tapped|nodded|fired)\s+(?:home|in|wide|over|past|against)|(?:scored|netted|added)\s+(?:his|her)|(?:denied|admitted|denies|admits)\s+(?:the\s+|all\s+|two\s+|three\s+|\p{N}+\s+)?(?:charges?|counts?|offences?|offenses?|wrongdoing|murder|manslaughter|fraud|theft|assault))|['’]s\s+(?:(?:first|second|third|late|early|low|diving|glancing|looping|deflected|fine|curling|\p{N}+th-minute|\p{Ll}+-yard)\s+)*(?:header|volley|brace|hat-trick|tackle|debut|booking|red\s+card|yellow\s+card|testimony|barrister|solicitor|defence\s+(?:lawyer|barrister|counsel)))(?![\p{L}-])/u;
// "a cross from Ferrand", "came on for Penhale", "turned in by Okafor", "fouled Halloran": a player as the object.
// (Each `$`-ended pattern read of many names is tried once, at the end, by endsWithMatch: matches.ts atEnd.)
const ACTS_ALONE_BEFORE = atEnd(
  /(?:\b(?:cross|pass|header|corner|lay-off)\s+from|\bcame\s+on\s+for|\b(?:turned|headed|tapped|fired|slotted|nodded)\s+(?:in|home)\s+by|\bset\s+up\s+by|\bfouled|\bbrought\s+down)\s+$/u,
);
// "told the Varnby Sun", "according to Varnews", "in an interview with Kelm Radio": a body a person speaks to.
const INSTITUTION_TOLD = atEnd(
  /\b(?:told|[Aa]ccording\s+to|by|joined|contacted|quoted\s+by|(?:[Ss]peaking|[Ss]poke|[Tt]alking|[Tt]alked)\s+to|interview\s+with|(?:remarks|comments|a\s+statement)\s+to)\s+(?:the\s+)?$/u,
);
// "told Ardo Pell": whom something is told.
const TOLD_BEFORE = atEnd(/\btold\s+(?:the\s+)?$/u);
// "Roe v. ", "Varnco v ": a case's first party before the name.
const VERSUS_BEFORE = atEnd(/(?:^|\s)v\.?\s+$/u);
// "Kelmark, ": a capitalised word and a comma right before the name.
const NAME_COMMA_BEFORE = atEnd(/\p{Lu}[\p{L}-]+,\s*$/u);
// "Shona Pryce, 39, of Linfield Road, Aldersby, used …": the town after its street in a postal address, where the
// town ends a phrase (not "the closure of Linfield Road, Kelmo said").
const ADDRESS_BEFORE = new RegExp(
  `\\bof\\s+(?:\\d+[A-Za-z]?\\s+)?\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?\\s(?:${ADDRESS_STREET_WORDS.join('|')}),\\s$`,
  'u',
);
const ADDRESS_TOWN_END = /^(?:\s*[,.;)]|\s*$)/u;
const SITE_AFTER = new RegExp(`^\\s+(?:${SITE_NOUNS.join('|')})\\b`, 'u');
// What may follow the last word of a noun phrase: a stop, a conjunction, a preposition, a verb of being or having.
const NOUN_PHRASE_END =
  /^(?:\s*(?:[,.;:!?()[\]]|$)|\s+(?:and|or|but|to|in|on|at|for|with|from|of|is|was|are|were|has|had|that|which)\b)/u;
// "Shinzo Abe's visit", "Ardo Pell's funeral": what only a person has (DEATH_OF reads the same before "of").
const PERSON_POSSESSIVE =
  /^['’]s\s+(?:(?:state|official|first|last|surprise|recent)\s+)?(?:visit|trip|speech|remarks|funeral|death|birthday|resignation|assassination|inauguration|wedding|memoir|autobiography)\b/u;
// "Ardo Pell arrived in Varnby", "Ardo Pell announced": what a person does (cues.ts PERSON_ACTS_AFTER).
const PERSON_ACTS = new RegExp(
  `^\\s+(?:(?:also|then|later|has|had|first)\\s+)?(?:${PERSON_ACTS_AFTER.map((v) => v.replace(/ /g, '\\s+')).join('|')})\\b`,
  'u',
);
// "Velna Dall - 7 seats": a party's line of an election's results, to the line's end.
const SEATS_LINE = /^\s*[-–—:]\s*\p{N}[\p{N},]*\s+seats?\s*$/u;
const RACE_TIME = /^(?:,\s*|\s+in\s+|\s*\()\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\b/u;

const verbs = (list: readonly string[]): string => list.map((v) => v.replace(/ /g, '\\s+')).join('|');
// "Shinzo Abe met", "Ardo Pell, the Varnian envoy, will meet"; "talks with Xi Jinping", "met with Ardo Pell".
const MEETS_AFTER = new RegExp(
  `^\\s*(?:,\\s*[^,.;“”"]{1,60},\\s*)?(?:(?:also|then|later|first|briefly|separately|has|had|have)\\s+)?(?:(?:will|would|is\\s+to|was\\s+to|is\\s+due\\s+to|plans\\s+to|to)\\s+(?:meet|visit)|${verbs([...MEETING_VERBS, ...MEETING_VERBS_AFTER])})\\b`,
  'u',
);
const MEETS_BEFORE = new RegExp(
  `(?<![\\p{L}-])(?:${verbs([...MEETING_VERBS, ...MEETING_VERBS_BEFORE])})\\s+$`,
  'u',
);

// (A date may follow the region: "AL-QADDAH, April 22 (Gulf Wire) —", "HERMOSILLO, Mexico, Aug. 18 —".)
const DATELINE_DATE =
  '(?:,\\s*(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\\p{Ll}*\\.?\\s+\\d{1,2})?';
// What follows a dateline's region: the agency in brackets, maybe, then a dash and the story.
const DATELINE_REST = new RegExp(
  `^${DATELINE_DATE}(?:\\s+\\([\\p{L}\\s.&-]{2,30}\\))?\\s+(?:—|–|--?)\\s+(?=\\p{Lu}|["“‘])`,
  'u',
);

// "the Marsk and Tulev regions", "the Kelby and Varn districts": a plural division after a pair of names, read
// from either name (the first has "and" and the second name before the noun).
// So too after a list's first names ("the Harbor Flats, Eastgate and Linden Hill neighborhoods").
const DIVISIONS_AFTER =
  /^(?:(?:,\s\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)*,?\s+(?:and|or)\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+)?)?\s+(?:provinces|districts|regions|oblasts|prefectures|municipalities|counties|neighbou?rhoods|boroughs|suburbs|parishes|villages|communes|townships|regencies|rivers|valleys)\b/u;
// A settlement's kind in lower case after its name (context settlementAfter), not a meeting's "town hall".
const SETTLEMENT_AFTER = /^\s+(?:town|city)\b(?!\s+halls?\b)/u;
// "Harlan Springs, home to about 5,200 people": a count of people living in it, in apposition.
const HOME_TO =
  /^,\s+(?:now\s+)?home\s+to\s+(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|fewer\s+than|just\s+(?:over|under))\s+)?[\p{N},.]+(?:\s+(?:million|thousand))?\s+(?:people|residents|inhabitants)\b/u;

// DATELINE_REST's and DATELINE_AFTER's dash after white space, tested first: a text without one holds no dateline, and
// their letter classes cost ~6 M instructions to compile for both string widths, for a few names in capitals.
const DASH_AFTER_SPACE = /\s[—–-]/;

const DATELINE_AFTER = new RegExp(
  `^(?:,\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})?${DATELINE_DATE}(?:\\s+\\([\\p{L}\\s.&-]{2,30}\\))?\\s+(?:—|–|--?)\\s+(?=\\p{Lu}|["“‘])`,
  'u',
);

const CORPORATE_AFTER =
  /^(?:['’]s\s+(?:chief\s+(?:executive|financial\s+officer|operating\s+officer)|board\s+of\s+directors|shareholders|share\s+price|shares|profits?|revenues?|headquarters)\b|\s+shares\s+(?:rose|fell|jumped|slumped|dropped|climbed|gained|tumbled|surged|slid|sank|soared|closed|ended)\b|,\s+which\s+(?:makes|manufactures|operates|employs|owns|sells|supplies)\b)/u;
// "Nordreach Bank rose 0.6% and Kaupstad Savings added 0.3%": a market report's move of a share's price, told of
// the firm itself (not "gained 52% of the vote", nor a name after a preposition: "exports to Varnia fell 4%").
const STOCK_MOVE =
  /^\s+(?:rose|fell|jumped|slumped|dropped|climbed|gained|tumbled|surged|slid|sank|soared|added|shed|eased|dipped|plunged|rallied|advanced|retreated)\s+\d+(?:\.\d+)?\s*(?:%|per\s*cent\b|percent\b)(?!\s+of\b)/u;
const PREPOSITION_BEFORE =
  /\b(?:in|to|from|at|of|for|on|by|with|across|into|than|over|behind|[Tt]he)\s+(?:the\s+)?$/u;
const CORPORATE_BEFORE =
  /\b(?:[Ss]hares\s+(?:in|of)|[Ss]hareholders\s+(?:in|of)|stake\s+in|takeover\s+of)\s+(?:the\s+)?(?:(?:rival|fellow|parent|listed)\s+)?$/u;

// "John Geiger of", "Nils-Erik Haagenrud of": a given name and a surname before "of" (the given name is asked of the
// lexicon).
const STAFF_OF = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]+)\s+\p{Lu}[\p{L}'’-]+\s+of\s+$/u;

const OFFICE_AFTER = /^\s+([A-Z][a-z]+)\s+(?=[A-Z])/;
const FROM_NAME = /(\p{Lu}[\p{L}.'’-]*)\s+from\s+$/u;
const COMMON_NOUN_TAGS = ['Plural', 'Singular', 'Noun'];
const A_BEFORE = /(?:^|\s)an?\s$/u;
const LOCAL_TRADE_AFTER =
  /^\s+(?:brokerage|law\s+firm|hospital|clinic|school|court|courtroom|newspaper|radio\s+station|hotel|restaurant|prison|jail|market|police\s+station|governor|mayor|council)\b/u;
const PLACE_OFFICE_AFTER =
  /^\s+(?:(?:Deputy|Vice|Lord|Lieutenant|Lt\.)\s+)?(?:Mayor|Governor|Gov\.|Premier|Prefect)\s+\p{Lu}/u;

// "Velkor chief executive Anna Brandt", "Brenmark Chairman Leo Sandt", "Velkor CEO Anna Brandt": a firm's officer's
// post and the officer's name right after a name (no "officials", whom towns have too; no possessive).
const OFFICER_NAMED =
  /^\s+(?:[Cc]hair(?:man|woman|person)?|[Ss]pokes(?:man|woman|person)|(?:[Mm]anaging\s+|[Ee]xecutive\s+)[Dd]irector|[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?|[Gg]eneral\s+[Mm]anager|CEO|(?:[Cc]o-)?[Ff]ounder)\s+\p{Lu}\p{Ll}/u;

const STAFF_AFTER =
  /^\s+(?:chair|chairman|chairwoman|chairperson|spokes(?:man|woman|person)|officials?|(?:managing\s+|executive\s+)?director|chief\s+executive|general\s+manager|CEO|founder|co-founder)\b(?!['’])/u;

// "a spokesperson for X", "an official at X": one who speaks or works for the body named after the noun (not "a
// lawyer for", whose clients are people too; not "the official at" a place's desk: an article and the noun only).
const STAFF_FOR =
  /\b(?:(?:[Aa]|[Aa]n)\s+(?:\p{Ll}+\s+)?(?:spokes(?:man|woman|person)|representative|official|executive|analyst|economist|employee)|(?:[Aa]nalysts|[Ee]conomists|[Ss]trategists))\s+(?:for|at)\s+(?:the\s+)?$/u;

const BODY_NOUN_AFTER = new RegExp(
  `^\\s+(?:${BODY_NOUNS_AFTER.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`,
  'u',
);

// "Velkor fighters", "Velkor members" (or after the name and one joined by "and": "Velkor and VTA leaders"); before
// it "members of the Velkor": the people of a group.
const GROUP_MEMBERS_AFTER_RE = new RegExp(
  `^(?:\\s+and\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*)?\\s+(?:${GROUP_MEMBERS_AFTER.join('|')})\\b`,
  'u',
);
// ("Varn-backed Velkor": a power backs a group, not a person; "leader of the Velkor" is in GROUP_MEMBERS_OF.)
const GROUP_OF_BEFORE = new RegExp(
  `(?:\\p{L}-backed\\s+$|\\b(?:${GROUP_MEMBERS_OF.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+of\\s+(?:the\\s+)?$)`,
  'u',
);
// "the Velkor claimed responsibility", "Velkor said in a statement", "Velkor and VTA issued statements", "Velkor fired
// rockets": what a group does as one.
const GROUP_CLAIMS = new RegExp(
  `^(?:\\s+and\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*)?\\s+(?:has\\s+|have\\s+|had\\s+|also\\s+)?(?:(?:${GROUP_ATTACKS.join('|')})\\s+(?:\\p{N}+\\s+|dozens\\s+of\\s+|more\\s+)?(?:${GROUP_WEAPONS.join('|')})\\b|claimed\\s+(?:responsibility|the\\s+(?:attacks?|bombings?|killings?|assault|kidnapping|abduction))|said\\s+in\\s+a\\s+statement|issued\\s+(?:a\\s+)?statements?)\\b`,
  'u',
);

/**
 * The seldom-read cues of one name (see Context in context-types.ts for each), from the text around it: `near`
 * the last words before it, `after` the text after it, `wordBefore` the word right before it (lower case).
 * Getters, so a cue costs nothing until a rule reads it, and the same answer each time it does.
 */
export class LaterCues {
  // The cues readContext sets for every name, and those a few names get later (collectForms, markLists), declared
  // here so that every context is made with all its fields in one shape: added one by one after construction, they
  // grew each context's property store several times and gave the kind rules' reads many shapes to tell apart.
  age = false;
  speaks = false;
  personRole = false;
  workTitle = false;
  inPlace = false;
  source = false;
  orgNoun = false;
  placeNoun = false;
  theLower = false;
  saysIt = false;
  platform = false;
  interviewer = false;
  publication = false;
  party = false;
  locative = false;
  faith = false;
  during = false;
  role: string | undefined = undefined;
  roleKind: Context['roleKind'] = undefined;
  pronoun: Context['pronoun'] = undefined;
  titlePlaced: boolean | undefined = undefined;
  listed: boolean | undefined = undefined;
  listMates: readonly string[] | undefined = undefined;
  pairedAfter: string | undefined = undefined;
  pairedThe: boolean | undefined = undefined;
  isSource: boolean | undefined = undefined;

  constructor(
    protected readonly near: string,
    protected readonly after: string,
    protected readonly wordBefore: string,
    protected readonly comma: boolean,
    protected readonly next = '',
    // `after` opens with white space, `near` ends in it: most patterns below need one or the other there.
    protected readonly spaced = true,
    protected readonly spacedBefore = true,
  ) {}

  /** Followed by a possessive: "at Iyambo's death", "in Conway's Game of Life" (the preposition is the noun's). */
  get possessive(): boolean {
    const c = this.after.charCodeAt(0);
    return (c === 0x27 || c === 0x2019) && /^['’]s\b/u.test(this.after);
  }

  /** Before a lower-case word for a river: "the Benue river", "the Niger and Benue rivers" (merge.ts stateShort). */
  get riverAfter(): boolean {
    return this.spaced && /^\s(?:rivers?|river's|valley|basin|delta)\b/u.test(this.after);
  }

  get acts(): boolean {
    return (
      (this.spaced && ACTS_AFTER.test(this.after)) ||
      RACE_TIME.test(this.after) ||
      PERSON_POSSESSIVE.test(this.after) ||
      (this.spaced && PERSON_ACTS.test(this.after))
    );
  }

  /** The town of a postal address ("of Linfield Road, Aldersby,"). */
  get addressTown(): boolean {
    return (
      this.near.endsWith(', ') &&
      ADDRESS_TOWN_END.test(this.after) &&
      ADDRESS_BEFORE.test(this.near.slice(-60))
    );
  }

  /**
   * A later name of a list a preposition of place opens ("in Eastquay, Harbourside and Northfleet"; place-lists.ts).
   * A name after a comma only when the list goes on to its "and" ("in Varnby, Holm said" is no list).
   */
  get conjunctPlaced(): boolean {
    const near = this.near;
    if (!this.spacedBefore) return false;
    if (near.endsWith('and ') || near.endsWith('or ') || near.endsWith('parts of '))
      return conjunctBefore(near.slice(-100));
    return near.endsWith(', ') && listGoesOn(this.after) && conjunctBefore(near.slice(-100));
  }

  // (Read only of a word ending in "s" that unknown-always-placed asks about.)
  get relationPlaced(): boolean {
    return this.spacedBefore && relationBefore(this.near.slice(-100));
  }

  // (Read only of a lone word no rule of its own words types: acts-alone in kind-rules-context.ts.)
  get actsAlone(): boolean {
    return (
      ACTS_ALONE_AFTER.test(this.after) ||
      (this.spacedBefore && endsWithMatch(ACTS_ALONE_BEFORE, this.near.slice(-40)))
    );
  }

  get meets(): boolean {
    return MEETS_AFTER.test(this.after) || (this.spacedBefore && MEETS_BEFORE.test(this.near));
  }

  // "Roe v. Wade", "Varnco v Holm": the parties of a court case, whose name the case is.
  get caseParty(): boolean {
    return (
      (this.spaced && /^\s+v\.?\s+\p{Lu}/u.test(this.after)) ||
      (this.spacedBefore && endsWithMatch(VERSUS_BEFORE, this.near))
    );
  }

  get modifies(): boolean {
    return modifiedNoun(this.after) !== undefined;
  }

  get modifiesThing(): boolean {
    return modifiedNoun(this.after) === 'other';
  }

  get modifiesBody(): boolean {
    return modifiedBody(this.after);
  }

  // ("the Yemen-based Houthi movement": one lower-case word may stand between "the" and the name.)
  get modifiesGroup(): boolean {
    return (
      modifiedGroup(this.after) && this.spacedBefore && /(?:^|\s)the\s+(?:[\p{Ll}-]+\s+)?$/u.test(this.near)
    );
  }

  get modifiesVessel(): boolean {
    return modifiedVessel(this.after);
  }

  get fromCountry(): boolean {
    return fromCountry(this.after);
  }

  get afterName(): boolean {
    return afterName(this.near);
  }

  get staffOf(): boolean {
    if (!this.spacedBefore || !this.near.endsWith('of ') || !/\bof\s+$/u.test(this.near)) return false;
    const given = STAFF_OF.exec(this.near)?.[1];
    return given !== undefined && isFirstName(given);
  }

  get institutional(): boolean {
    return (
      // ("DVD's of his films", "DRM's, I am": an apostrophe's plural, no possessive, before "of" or a stop.)
      /^(?:['’]s\b(?!\s*(?:of\b|[,.;:!?)]|$))|\s*(?:,\s*(?:however|though|meanwhile|too),)?\s+(?:has\s+|had\s+|also\s+)?(?:reported|reports|said|says|announced|confirmed|confirms|stated|tweeted|published|released|estimated|warned|issued|launched|voted|sent|urged)\b)/u.test(
        this.after,
      ) ||
      (this.spacedBefore && endsWithMatch(INSTITUTION_TOLD, this.near))
    );
  }

  // ("other Varnic members", "three Varnic fighters", "501st Varn Legion members": after an adjective or a number the
  // word modifies the noun or ends a longer name.)
  get groupMembers(): boolean {
    return (
      (this.spaced && GROUP_MEMBERS_AFTER_RE.test(this.after) && !this.modified()) ||
      (this.spacedBefore && GROUP_OF_BEFORE.test(this.near))
    );
  }

  private modified(): boolean {
    const before = /(?:^|\s)([\p{L}\p{N}]+)\s+$/u.exec(this.near)?.[1] ?? '';
    return (
      /^\p{N}/u.test(before) ||
      (/^\p{Ll}+$/u.test(before) && hasTag(before, 'Adjective', 'Determiner', 'Value'))
    );
  }

  // "Velna Party won 39 seats", "X won the most seats", "The Greens took 8.1% and six seats": only a party or a list
  // wins seats; so does a result's line
  // of a legend or table, "Velna Dall - 7 seats", "Velna Dall: 1 seat".
  get winsSeats(): boolean {
    return (
      (this.spaced &&
        /^\s+(?:has\s+|had\s+|also\s+)?(?:won|took|secured|gained)\s+(?:[\p{N}a-z%.,'’]+\s+){0,5}seats\b/u.test(
          this.after,
        )) ||
      SEATS_LINE.test(this.after)
    );
  }

  get groupClaims(): boolean {
    return this.spaced && GROUP_CLAIMS.test(this.after);
  }

  // ("Martinsville, Virginia to prison", "Reno, Nevada on Monday": a preposition after the region, its closing comma
  // left out; not a verb, as in "On Monday, Kelmark said".)
  get afterTown(): boolean {
    return (
      this.comma &&
      endsWithMatch(NAME_COMMA_BEFORE, this.near) &&
      /^\s*(?:[,.;:]|$|(?:to|in|on|at|for|from|with|by|near|after|before|during|until|since|where)\b)/u.test(
        this.after,
      )
    );
  }

  get theYear(): boolean {
    return this.spacedBefore && /(?:^|\s)the\s+\d{4}\s+$/u.test(this.near);
  }

  get bodyNoun(): boolean {
    return this.spaced && BODY_NOUN_AFTER.test(this.after);
  }

  // ("the DNA sequences", "the LGBT community": a lower-case word after the name that no verb's, adverb's or
  // function word's tag explains is the noun it modifies, whose "the" that is. Not a word in -ed: "the FBI arrested".)
  get nounAfter(): boolean {
    if (!this.spaced) return false;
    const w = /^\s+(\p{Ll}[\p{Ll}-]*)\b/u.exec(this.after)?.[1];
    return w !== undefined && !w.endsWith('ed') && !hasAnyTag(w, NOT_MODIFIED_NOUN_TAGS);
  }

  // ("the Chuck Jones quote that …": the noun after the name ends its phrase, no second noun after it as in "the
  // Johan Sverdrup oil field", where the name may be the first noun's.)
  get loneNounAfter(): boolean {
    if (!this.nounAfter) return false;
    return !namesNoun(this.after.replace(/^\s+\p{Ll}[\p{Ll}-]*/u, ''));
  }

  // "Philippine Red Cross chair Richard Gordon", "a Kataeb Hezbollah official": a lower-case noun for a body's
  // officer right after the name (capitalised, "Varnia President", it is a title the spans cut).
  get officerNamed(): boolean {
    return this.spaced && OFFICER_NAMED.test(this.after);
  }

  get staffAfter(): boolean {
    return this.spaced && STAFF_AFTER.test(this.after);
  }

  get staffFor(): boolean {
    return (
      this.spacedBefore &&
      (this.near.endsWith('for ') || this.near.endsWith('at ')) &&
      STAFF_FOR.test(this.near)
    );
  }

  // "Police Chief Renata Voight", "Army General Varno Petrik": the name is the field of a title before a person's
  // name, a word of the office, not the body itself.
  get officeAfter(): boolean {
    const m = this.spaced ? OFFICE_AFTER.exec(this.after) : null;
    return !!m && TITLES.has(m[1]?.toLowerCase() ?? '');
  }

  // "a trader at a Kaupstad brokerage": after "a", before a local business's or institution's noun: where it is.
  get townBeforeTrade(): boolean {
    return (
      this.spaced &&
      (this.near.endsWith('a ') || this.near.endsWith('an ')) &&
      A_BEFORE.test(this.near) &&
      LOCAL_TRADE_AFTER.test(this.after)
    );
  }

  // "Ōkawara Mayor Shimizu Kenta", "Tsurumine Gov. Fujisawa Mariko": the head of the town or province named.
  get placeOfficeAfter(): boolean {
    return this.spaced && PLACE_OFFICE_AFTER.test(this.after);
  }

  // "Shares in Velgrove fell", "Velgrove shares rose", "Velgrove's chief executive": what only a company has.
  get corporate(): boolean {
    return CORPORATE_AFTER.test(this.after) || (this.spacedBefore && CORPORATE_BEFORE.test(this.near));
  }

  // "a 2-1 win over Atlético Ribeira", "Hokuryo Stallions beat Kamitaki Blue Herons 3-0": a side of a scored match.
  get matchSide(): boolean {
    return matchSide(this.near, this.after);
  }

  // "drew 0-0 at Nacional Caxambu": the side named where the match was played.
  get atGround(): boolean {
    return this.near.endsWith(' ') && AT_GROUND.test(this.near);
  }

  // "Kaupstad Savings added 0.3%": a share's move told of the firm (kind-rules-context.ts company-cue).
  get stockMove(): boolean {
    return this.spaced && STOCK_MOVE.test(this.after) && !PREPOSITION_BEFORE.test(this.near);
  }

  // "Tarnside council has offered the site": a council in lower case after a name is its town's (read only of a
  // word the lexicon lacks, with the prepositions of place: a party may run one, "the Labour council").
  get councilAfter(): boolean {
    return this.spaced && /^\s+council\b(?!\s+(?:of|for)\b)/u.test(this.after);
  }

  get theBefore(): boolean {
    return (
      this.spacedBefore &&
      /(?:^|\s)[Tt]he\s+$/u.test(this.near) &&
      this.spaced &&
      hasTag(/^\s+(\p{Ll}+)\b/u.exec(this.after)?.[1] ?? '', 'PastTense', 'PresentTense')
    );
  }

  // ("estimated", "released": what an outlet or agency does with figures; a person's cue would outweigh it.)
  get reports(): boolean {
    // ("Reuters, citing anonymous sources, reported": what an outlet cites may stand between it and its verb.)
    return /^\s*(?:\([^()]{1,12}\)\s*|,\s+(?:citing|quoting)\s[^,]{1,60},\s*)?(?:reports|reported|published|estimated|released|issued)\b/u.test(
      this.after,
    );
  }

  // "figures published by Velstat", "economists polled by Korvane": the passive of what an agency or an outlet does
  // with figures ("Velstat published"), which a person does seldom enough to be named with more than a surname.
  get reportedBy(): boolean {
    // ("by" and its spaces end the words, so it is the word before the name.)
    return (
      this.wordBefore === 'by' &&
      /\b(?:published|released|compiled|issued|estimated|polled|surveyed|collected)\s+(?:[\p{L}\p{N}]+\s+){0,3}?by\s+$/u.test(
        this.near,
      )
    );
  }

  // "according to Velstat": cited as a source, by a person or a body alike. (Not "according to Varnby assistant coach
  // Ardo Pell": the name ends what is cited.)
  get accordingTo(): boolean {
    return (
      this.spacedBefore &&
      /\b[Aa]ccording\s+to\s+(?:the\s+)?$/u.test(this.near) &&
      NOUN_PHRASE_END.test(this.after)
    );
  }

  // (Of the source cues, the one a person shares: "Ardo Pell announced".)
  get announces(): boolean {
    return /^\s*(?:\([^()]{1,12}\)\s*)?announced\b/u.test(this.after);
  }

  // "Varnak Kudarat province", "Velna district": a division of a country named after its name (not "state": "Varnia
  // state media" names a country's state); a land's kind too.
  get divisionAfter(): boolean {
    if (this.after.charCodeAt(0) === 0x2c)
      // ("the Harbor Flats, Eastgate and Linden Hill neighborhoods": a list's first name; "Harlan Springs, home to
      // about 5,200 people": a count of those who live in it.)
      return DIVISIONS_AFTER.test(this.after) || HOME_TO.test(this.after);
    return (
      this.spaced &&
      // ("the Amazon rainforest", "the Gobi desert", "the Khurais oil field": a land's kind in lower case after its
      // name; "along the Ewaso Kidogo river", "an elder of Ilmotiok village", "near the Shiraito waterfall": a
      // waterway's, a settlement's or a land's feature.)
      // ("the Aldmoor regional assembly", "the Kelby city council": the tier of a place's own government.)
      (/^\s+(?:province|district|region|oblast|prefecture|municipality|neighbou?rhood|village|commune|township|regency|governorate|sub-?district|county|hamlet|river|valley|waterfall|lake|gorge|canyon|volcano|glacier|plateau|reservoir|highlands|wetlands?|rainforest|jungle|desert|steppe|(?:oil|gas)\s+field|(?:(?:oil|gas)\s+)?fields|(?:regional|provincial|municipal|county|city|town|state)\s+(?:assembly|council|government|parliament|elections?|vote|polls?|legislature|administration|premier))\b/u.test(
        this.after,
      ) ||
        // ("the Marsk and Tulev regions": a plural division after two names is each one's.)
        DIVISIONS_AFTER.test(this.after))
    );
  }

  // "in San Remigio town", "Tacloran city officials": a settlement's kind in lower case after its name; not opening a
  // sentence ("Flood-hit town's mayor"), nor before a meeting's "town hall".
  get settlementAfter(): boolean {
    return this.spacedBefore && SETTLEMENT_AFTER.test(this.after);
  }

  // "AUSTIN, Texas (AP) — ", "WESTFIELD -- ": a wire story's dateline, the place in capitals opening the first
  // sentence, maybe its region, maybe the agency in brackets, then a dash (summary/filters.ts cuts the same shape).
  get dateline(): boolean {
    // ("NEW KELMORE (Reuters) -": a capitals word the run left out may come before it.)
    return (
      (this.near === '' || /^(?:\p{Lu}[\p{Lu}.'’-]*\s+){1,3}$/u.test(this.near)) &&
      DASH_AFTER_SPACE.test(this.after) &&
      DATELINE_AFTER.test(this.after)
    );
  }

  // "ORSENNA, Varnia (Meridian Wire) — ", "KELBY, Ore. (AP) — ": the region or country after a wire dateline's
  // town in capitals, opening the first sentence.
  get datelineRegion(): boolean {
    return (
      // ("SÃO BENEDITO DO TAPURU, Serra Dourada (Agência Sertão) —": a town of four words.)
      /^(?:\p{Lu}[\p{Lu}.'’-]*\s+){0,3}\p{Lu}{3,}[\p{Lu}.'’-]*,\s*$/u.test(this.near) &&
      DASH_AFTER_SPACE.test(this.after) &&
      DATELINE_REST.test(this.after)
    );
  }

  get stateOwns(): boolean {
    return this.after.startsWith("'s", 0) || this.after.startsWith('’s', 0)
      ? STATE_OWNS.test(this.after)
      : false;
  }

  // "WASHINGTON (CR) — ": the agency a wire dateline credits, in brackets after the town in capitals.
  get datelineCredit(): boolean {
    return this.near.endsWith('(') && /^\)\s+(?:—|–|--?)\s/u.test(this.after) && /\p{Lu}{3}/u.test(this.near);
  }

  // "an analyst at Bellwood Securities", "works at the Varna Institute": a person's employer after "at", no place.
  get staffAt(): boolean {
    // ("Analysts at Nomaru Securities said": a plural of them, opening a sentence too.)
    const w = STAFF_AT.exec(this.near)?.[1]?.toLowerCase();
    const m = w?.endsWith('s') && PERSON_NOUNS.has(w.slice(0, -1)) ? w.slice(0, -1) : w;
    return m !== undefined && (PERSON_NOUNS.has(m) || /(?:ist|ian|er|or)$|^work/u.test(m));
  }

  // "as the Tarrowe burst its banks", "the Tarrowe rose four metres", "the Lunda, which forms the border": what
  // only a river does, said of a name after "the" (place-waters.ts).
  get waterActs(): boolean {
    return (this.near.endsWith('the ') || this.near.endsWith('The ')) && waterActs(this.after);
  }

  // "Varnia and neighbouring Kelbaria", "in nearby Varnholm": only a place neighbours.
  get neighbouring(): boolean {
    // (Asked of every mention of every name: the ends tested as strings, not a pattern tried along `near`.)
    const near = this.near;
    return near.endsWith('nearby ') || near.endsWith('neighbouring ') || near.endsWith('neighboring ');
  }

  get basedIn(): boolean {
    // (Read of every mention: the pattern only where a dash opens what follows.)
    const c = this.after.charCodeAt(0);
    return (c === 0x2d || c === 0x2013) && BASED_IN.test(this.after);
  }

  get listener(): boolean {
    return this.spacedBefore && endsWithMatch(TOLD_BEFORE, this.near);
  }

  // "Velna Dall and its leader", or, of the name opening a sentence (one the splitter left joined too), the next one
  // opening "The party said": a body
  // taken back as "it" or by its kind's noun. (The rule reads it only where nothing says person.)
  get takenBackAsBody(): boolean {
    return (
      (this.spaced && /^\s+and\s+its\b/u.test(this.after)) ||
      (this.next.startsWith('The ') &&
        /(?:^|[.!?]["”’]?)\s*(?:[Tt]he\s+)?$/u.test(this.near) &&
        TAKEN_BACK.test(this.next))
    );
  }

  get kinBefore(): boolean {
    return KIN.has(this.wordBefore);
  }

  pronounPast(names: ReadonlySet<string>): 'm' | 'f' | null {
    const text = `${this.after} ${this.next}`.slice(0, 240);
    const m = GENDERED_PRONOUN.exec(text);
    const word = m?.[1]?.toLowerCase();
    if (!m || !word) return null;
    const between = text.slice(0, m.index);
    for (const name of names) {
      const at = between.indexOf(name);
      if (at >= 0 && !LETTER.test(between[at - 1] ?? '') && !LETTER.test(between[at + name.length] ?? ''))
        return null;
    }
    return word.startsWith('h') && !word.startsWith('her') ? 'm' : 'f';
  }

  get kin(): 'm' | 'f' | null {
    return kinAround(this.spacedBefore ? this.near : '', this.after);
  }

  // "Belle from Beauty and the Beast", "Mulan from Mulan": "from" right after a capitalised name says where a
  // character or a member comes from, a work or a body as often as a town.
  get fromName(): boolean {
    if (this.wordBefore !== 'from') return false;
    const m = FROM_NAME.exec(this.near);
    // ("Hunters from Nikaho and Yurihonjo": a common noun opening the sentence is no name.)
    return m !== null && !(m.index === 0 && hasAnyTag(m[1] ?? '', COMMON_NOUN_TAGS));
  }

  // "Mayor Phil Easton of Tillman said": the town of the person named before it, whose speech the verb is.
  get ofName(): boolean {
    return this.wordBefore === 'of' && /\p{Lu}[\p{L}.'’-]*\s+of\s+$/u.test(this.near);
  }

  get afterAnd(): boolean {
    return this.wordBefore === 'and' && /\p{Lu}\p{L}*\s+and\s+$/u.test(this.near);
  }

  /** A noun for a firm's site after the name: "its Tarrow plant" (SITE_NOUNS). */
  get siteAfter(): boolean {
    return SITE_AFTER.test(this.after);
  }

  // "its Tarrow plant", "the Varnby depot": a determiner before the name, a noun after it (nounAfter).
  get modifierAfterDeterminer(): boolean {
    return (
      this.spaced &&
      this.spacedBefore &&
      /(?:^|\s)(?:the|its|their|his|her|our|a|an)\s+$/iu.test(this.near) &&
      this.nounAfter
    );
  }

  // (Only a name that ends its noun phrase: "a NZ delegation" is the country's.)
  get determined(): boolean {
    return (
      ((this.spacedBefore && /(?:^|\s)(?:my|your|his|her|our|their|its|a|an)\s+$/iu.test(this.near)) ||
        (/^\p{Ll}+$/u.test(this.wordBefore) && hasTag(this.wordBefore, 'Adjective'))) &&
      NOUN_PHRASE_END.test(this.after)
    );
  }
}
