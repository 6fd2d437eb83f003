import {hasTag, lexiconTags} from '../nlp.js';
import {knownPlace} from './gazetteer.js';
import {
  AGENT_VERBS,
  BODY_NOUNS_AFTER,
  DEATH_NOUNS,
  NON_PERSON_HEAD_NOUNS,
  PLACE_PREPOSITIONS,
  STAR_KINDS,
  ORG_NOUNS,
  ORG_NOUNS_AFTER,
  ORG_WORDS,
  PERSON_NOUNS,
  PERSON_SPEECH_VERBS,
  PLACE_NOUNS,
  PLACE_WORDS,
  THING_WORDS,
} from './cues.js';

const VERBS = PERSON_SPEECH_VERBS.map((v) => v.replace(/ /g, '\\s+')).join('|');
const AFTER_AGE = /^,\s*\d{1,3}\s*,/;
const AFTER_VERB = new RegExp(
  `^\\s*(?:,\\s*[^,.;“”"]{1,60},\\s*|,\\s*|\\s+of\\s+(?:the\\s+)?[^,.;“”"]{1,60}?\\s+)?(?:(?:also|then|later|previously|earlier|has|had|have|was|is|would|will|once)\\s+)?(?:${VERBS})\\b`,
  'u',
);
const BEFORE_VERB = new RegExp(`(?<![\\p{L}-])(?:${VERBS})\\s*(?:,\\s*)?$`, 'u');
const PERSON_ALT = [...PERSON_NOUNS].join('|');
// ", a sales manager," / ", 21, a student," / ", spokesperson for the party,"
const AFTER_ROLE = new RegExp(
  String.raw`^,\s+(?:\d{1,3},\s+)?((?:(?:a|an|the)\s+|(?=(?:${PERSON_ALT})\b))\p{Ll}[^,.;:“”"()]{1,80}?)(?=\s*(?:[,.;:)]|$))`,
  'u',
);
const BEFORE_ROLE =
  /(?:^|[\s“"(])((?:\p{Lu}[\p{L}.-]*(?:’s|'s)|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]he|[Aa]n?)\s+\p{Ll}[^,;:“”"()]{1,70}),\s*$/u;

// Nouns that describe an organization or place, not a person, when they head an appositive.
const NON_PERSON_HEADS = new RegExp(`\\b(?:${NON_PERSON_HEAD_NOUNS.join('|')})\\b`, 'u');

// The head noun ends the first noun phrase: before a preposition, a relative word or a participle.
function headOf(role: string): string {
  return (
    role.split(
      /\s(?:of|for|at|in|with|without|from|on|to|who|that|which|by|as|after|before|during|since|while|than|like|against|into|over|under|near|behind|based|\p{Ll}+ing|\p{Ll}+ed)\b/u,
    )[0] ?? role
  );
}

/** True when the apposition's head (the words before its first preposition) names a person's role. */
function describesPerson(role: string): boolean {
  const head = headOf(role);
  if (NON_PERSON_HEADS.test(head)) return false;
  const noun = head.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return PERSON_NOUNS.has(noun) || hasTag(noun, 'Actor') || PERSON_SUFFIX.test(noun);
}

// An apposition is a noun phrase; a finite verb means the words after the comma are a clause instead.
const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do|said|says)\b/u;
const AGENT = new RegExp(`\\b(?:${AGENT_VERBS.join('|')})\\s+by\\s+$`, 'u');
const STAR_BEFORE = new RegExp(`\\b(?:${STAR_KINDS.join('|')})\\s+star\\s+$`, 'iu');
const PERSON_NOUN_BEFORE = /(?:^|\s)(\p{Ll}[\p{Ll}-]+)\s+$/u;
const LOCATIVE = new RegExp(`\\b(?:${PLACE_PREPOSITIONS.join('|')})\\s+(?:the\\s+)?$`, 'u');
const DEATH_OF = new RegExp(`\\b(?:(?:${DEATH_NOUNS.join('|')})\\s+of|pseudonym)\\s+$`, 'u');

// "Lawrence Cherono won", "Asefa Mengstu finished fourth", "Dejene Debela, 2:05:46,": an athlete's result.
const ACTS_AFTER =
  /^\s+(?:(?:also|then|later|eventually)\s+)?(?:won|wins|finished|finishes|crossed\s+the\s+line|clocked|placed|came\s+(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))|took\s+(?:first|second|third|gold|silver|bronze)|defeated|beat|scored|was\s+(?:born|killed|arrested|injured|elected|sentenced|convicted|charged))\b/u;
const RACE_TIME = /^(?:,\s*|\s+in\s+|\s*\()\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\b/u;

const BODY_NOUN_AFTER = new RegExp(
  `^\\s+(?:${BODY_NOUNS_AFTER.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`,
  'u',
);

/** What the words around a name say about it. */
export interface Context {
  /** "Lytvynenko, 21," — an age apposition. */
  age: boolean;
  /** A speech verb right before or after the name. */
  speaks: boolean;
  /** Does what only a person does in a report: "won", "finished second", a race time (", 2:05:46,"). */
  acts?: boolean;
  /** Listed beside a person's name, or beside another name shaped as one ("Ababel Yeshaneh and Gelete Burka"). */
  listed?: boolean;
  /** A descriptive apposition ("a sales manager", "Ukraine’s foreign minister"). */
  role?: string;
  /** The apposition describes a person (not "a company", "the capital"). */
  personRole: boolean;
  /** The first personal pronoun after the name, in its sentence or the next: "he", "she", "it". */
  pronoun?: 'm' | 'f' | 'n';
  /** Acts as a body does: "CNN reported", "according to the BBC", "told NPR", "NASA's telescope". */
  institutional: boolean;
  /** After a capitalised word and a comma, as a region follows its town: "Charlottesville, Virginia". */
  afterTown: boolean;
  /** After a lower-case "the": "the Kremlin", "the Taliban". */
  theLower: boolean;
  /** Before a noun only bodies have: "IAAF rules", "NATO officials" (for acronyms). */
  bodyNoun?: boolean;
  /** After "the" or "The" and before a verb (for acronyms: "The IAAF banned"). */
  theBefore?: boolean;
  /** "Airbus said it …": speaks of itself as "it". */
  saysIt?: boolean;
  /** Followed by "reported"/"reports"/"published", as an outlet is ("Népszava reported"). */
  reports?: boolean;
  /** After "told": the one spoken to, a person or an outlet alike ("told Agence France-Presse"). */
  listener?: boolean;
  /** The name is the article's own source (its outlet naming itself: "Wikinews sought expert input"). */
  isSource?: boolean;
  /** After a capitalised word and "and": the end of a longer name ("Volcanology and Seismology"), or a list. */
  afterAnd?: boolean;
  /** After "the" and a year: "the 2019 IAAF World Championships" (for acronyms only). */
  theYear: boolean;
  /** Where something was published: "published Wednesday in Nature Astronomy". */
  publication: boolean;
  /** Right before a parliamentary title: "Labour MP", "Varna Party MSP" — a party. */
  party: boolean;
  /** After a preposition of place: "in Whitehall", "near Cantilan". */
  locative: boolean;
  /** Followed by ", <known country or region>" as a city is. */
  inPlace: boolean;
  /** The name modifies a following noun ("James Webb space telescope", "Kyiv building"). */
  modifies: boolean;
  /** Followed by "of"/"from" and a country, as an athlete or a delegate is: "Abderrahman Samba of Qatar". */
  fromCountry: boolean;
  /** The title of a work: "an artwork entitled America", "a song titled Paris". */
  workTitle: boolean;
  /** Cited as a source, as outlets are: "Gazeta Prawna reports", "according to Deutsche Welle (DW)". */
  source: boolean;
  /** Right after another capitalised word ("New South Wales" read from "South"). */
  afterName: boolean;
  /** Next to a noun for a kind of organization: "retailer Tesco", "the Kaufland chain". */
  orgNoun: boolean;
  /** Right after a noun for a kind of place: "our biggest island Crete", "the town Varnholm". */
  placeNoun?: boolean;
  /** The object of a verb of faith ("converted to X", "practises X"): a religion, not a place. */
  faith?: boolean;
  /** A title before the name stands where a place does ("in Sultan Varnak"). */
  titlePlaced?: boolean;
  /** After "during" ("during the Varnfest"): an event or a season, not a body or a place. */
  during?: boolean;
  /** An apposition headed by a noun for an organization (", the anti-monopoly agency,") or a place (", a town"). */
  roleKind?: 'organization' | 'place' | 'person';
}

// "into Varnby's Old Mosque": a place's possessive between the preposition and the name.
function placePossessive(before: string): boolean {
  const m =
    /\b(?:in|near|outside|inside|into|from|at)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)['’]s\s+$/u.exec(
      before,
    );
  return !!m?.[1] && (knownPlace(m[1]) !== undefined || hasTag(m[1], 'Country', 'City', 'Region', 'Place'));
}

// "New South Wales" read from "South": another capitalised word, not a sentence's "In", right before the name.
function afterName(before: string): boolean {
  const w = /(\p{Lu}[\p{L}.-]*)\s+$/u.exec(before)?.[1];
  return !!w && !hasTag(w, 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Adverb');
}

// A country or region the gazetteer or the lexicon knows ("Indiana", "Florida").
function regionByData(name: string): boolean {
  return knownPlace(name) !== undefined || hasTag(name, 'Country', 'Region');
}

function fromCountry(after: string): boolean {
  const m = /^\s+(?:of|from)\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})/u.exec(after);
  return !!m?.[1] && (knownPlace(m[1])?.kind === 'country' || hasTag(m[1], 'Country'));
}

// "flew from Varnby to Tolvik": the end of a journey is a place as its start is.
const FROM_TO = /\bfrom\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}\s+to\s+$/u;
// "converted to X", "practises X", "a convert to X": what one converts to or practises is a faith.
const FAITH_BEFORE = /\b(?:convert(?:ed|s|ing)?\s+to|practi[sc](?:e|es|ed|ing))\s+$/u;
const DURING = /\bduring\s+(?:the\s+)?$/u;

const OPENING_PHRASE =
  /^\s*(?:(?:[Ss]peaking|[Tt]alking|[Ww]riting|[Rr]eporting)\s+(?:to|with|in|for)|[Ii]n\s+an\s+interview\s+with|[Aa]ccording\s+to)\s+(?:the\s+)?$/u;

/** A lower-case noun right after the name: the name modifies it ("his official Varnlink account"). */
function namesNoun(after: string): boolean {
  const w = /^\s+(\p{Ll}+)\b/u.exec(after)?.[1];
  // (A bare verb cannot follow a name as its verb, so "account", an Infinitive to the lexicon, is the noun here; a
  // word in -s is more often the name's verb, "candidate Ardo Pell holds", than a plural it modifies.)
  return (
    !!w &&
    !w.endsWith('s') &&
    hasTag(w, 'Singular', 'Noun', 'Uncountable', 'Infinitive') &&
    !hasTag(w, 'PastTense', 'PresentTense', 'Copula', 'Modal', 'Adverb', 'Preposition', 'Conjunction')
  );
}

const NEXT_WORDS = /^\s+(\p{Ll}[\p{L}-]*)(?:\s+(\p{Ll}[\p{L}-]*))?/u;

function inKnownPlace(after: string): boolean {
  const m = /^,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)(?=[\s,.;:]|$)/u.exec(after);
  return !!m?.[1] && (knownPlace(m[1]) !== undefined || hasTag(m[1], 'Country', 'Region'));
}

function modifiesNoun(after: string): boolean {
  const m = NEXT_WORDS.exec(after);
  // "Tolvashi last week": a time adverbial follows the name; it does not modify a noun.
  if (/^(?:last|next|this|that|every|each)$/u.test(m?.[1] ?? '')) return false;
  return [m?.[1], m?.[2]].some((w) => !!w && (THING_WORDS.has(w) || ORG_WORDS.has(w) || PLACE_WORDS.has(w)));
}

// ", the Polish anti-monopoly agency," / "the Danish retailer, Salling": an apposition whose article may be followed
// by a capitalised adjective, unlike a person's role.
const AFTER_APPOSITION = /^,\s+(?:a|an|the|its|their)\s+([^,.;:“”"()]{1,80}?)(?=\s*(?:[,.;:)]|$))/u;
const BEFORE_APPOSITION = /(?:^|[\s(])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+([^,;:“”"()]{1,70}),\s*$/u;

/** What kind of thing an apposition's head noun names, if an organization or a place. */
function roleKind(role: string | undefined): 'organization' | 'place' | 'person' | undefined {
  if (!role || FINITE.test(role)) return undefined;
  // "a State Department spokesperson": a person's role, whatever body it names.
  if (
    role
      .split(/\s+/)
      .some((w) => PERSON_NOUNS.has(w.toLowerCase()) || /^\p{Ll}+(?:person|man|woman)$/u.test(w))
  )
    return 'person';
  const noun = headOf(role).split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (ORG_NOUNS.has(noun)) return 'organization';
  if (PLACE_NOUNS.has(noun)) return 'place';
  return undefined;
}

// Endings of nouns for people: activist, historian, spokeswoman, chairperson, employee.
const PERSON_SUFFIX = /(?:ist|ian|man|woman|person|ee|ess)$/u;

/**
 * The words before `at` put what follows in a place ("in Sultan Varnak": a title word opening a place's name). Not a
 * town and a comma: a list or an apposition of people has those too ("Anna Holm, Pope Francis, and …").
 */
export function placedBefore(sentence: string, at: number): boolean {
  return LOCATIVE.test(sentence.slice(Math.max(0, at - 120), at));
}

const PRONOUN = /\b(he|his|him|she|her|it|its)\b/giu;
// The pronouns of the sentence last read, and the one after it: the names of one sentence are read one after
// another, and each looked for the first pronoun after it, re-scanning the rest of the sentence every time.
let pronouns: {text: string; at: {index: number; word: string}[]} = {text: '', at: []};

/** The first personal pronoun in the 240 characters after `end` (the sentence, a space, the next sentence). */
function pronounAfter(sentence: string, next: string, end: number): string | undefined {
  const text = `${sentence} ${next}`;
  if (pronouns.text !== text)
    pronouns = {
      text,
      at: [...text.matchAll(PRONOUN)].map((m) => ({index: m.index, word: m[0].toLowerCase()})),
    };
  for (const m of pronouns.at) {
    if (m.index < end) continue;
    return m.index + m.word.length <= end + 240 ? m.word : undefined;
  }
  return undefined;
}

// The last 64 characters, from a space on.
function tail(before: string): string {
  if (before.length <= 64) return before;
  const cut = before.length - 64;
  const space = before.indexOf(' ', cut);
  return space < 0 ? '' : before.slice(space);
}

const DAILY = new Set(['daily', 'weekly', 'broadsheet']);

// The lower-case word right before the name, with the spaces after it ("retailer" of "retailer Varnsby "), or ''
// (what PERSON_NOUN_BEFORE reads, by a scan from the end instead of a regex tried at every position).
function lastWord(before: string): string {
  let e = before.length;
  while (e > 0 && /\s/u.test(before[e - 1] ?? '')) e--;
  if (e === before.length) return '';
  let s = e;
  while (s > 0 && !/\s/u.test(before[s - 1] ?? '')) s--;
  const m = PERSON_NOUN_BEFORE.exec(before.slice(s));
  return m?.[1] ?? '';
}

/** Reads the context of the name at [start, end) of a sentence; `next` is the sentence after it, if any. */
export function readContext(sentence: string, start: number, end: number, next = ''): Context {
  const before = sentence.slice(Math.max(0, start - 120), start);
  const after = sentence.slice(end, end + 160);
  // The patterns anchored at the end of `before` are tried by the regex engine at every position of it, so those
  // that match a few words read only its last words (cut at a space, so "^" and "\b" mean what they did): a third
  // of the work, with the same answers.
  const near = tail(before);
  const wordBefore = lastWord(near);
  const ctx: Context = {
    age: AFTER_AGE.test(after),
    // "led by Björn Benneke": the agent of a verb people do counts like a speech verb.
    speaks: AFTER_VERB.test(after) || BEFORE_VERB.test(near) || AGENT.test(near),
    personRole: false,
    acts: ACTS_AFTER.test(after) || RACE_TIME.test(after),
    modifies: modifiesNoun(after),
    fromCountry: fromCountry(after),
    workTitle: /\b(?:entitled|titled)\s+$/u.test(near),
    inPlace: inKnownPlace(after),
    source:
      /^\s*(?:\([^()]{1,12}\)\s*)?(?:reports|reported|published|announced)\b/u.test(after) ||
      /\b(?:[Aa]ccording\s+to|reported\s+by|quoted\s+by|cited\s+by|interview\s+with)\s+(?:the\s+)?$/u.test(
        near,
      ),
    afterName: afterName(near),
    orgNoun:
      // "non-profit Cinema for Peace Foundation": not when the name goes on past "for"/"of".
      (ORG_NOUNS.has(wordBefore) && !/^\s+(?:for|of)\s+\p{Lu}/u.test(after)) ||
      ORG_NOUNS_AFTER.test(after) ||
      // "Greek daily Kathimerini" (but "a daily Aspirin").
      (DAILY.has(wordBefore) && /\p{Lu}\p{Ll}+\s+(?:daily|weekly)\s+$/u.test(near)) ||
      // "and daily Népszava covered": a name the lexicon does not know after "daily" is a paper.
      (DAILY.has(wordBefore) && lexiconTags(sentence.slice(start, end)).length === 0),
    placeNoun: PLACE_NOUNS.has(wordBefore),
    institutional:
      /^(?:['’]s\b|\s*(?:,\s*(?:however|though|meanwhile|too),)?\s+(?:has\s+|had\s+|also\s+)?(?:reported|reports|said|says|announced|confirmed|stated|tweeted|published|released|estimated|warned|issued|launched)\b)/u.test(
        after,
      ) ||
      /\b(?:told|[Aa]ccording\s+to|by|joined|contacted|quoted\s+by|(?:[Ss]peaking|[Ss]poke|[Tt]alking|[Tt]alked)\s+to|interview\s+with)\s+(?:the\s+)?$/u.test(
        near,
      ),
    afterTown: /\p{Lu}[\p{L}-]+,\s*$/u.test(near) && /^\s*(?:[,.;:]|$)/u.test(after),
    theLower: wordBefore === 'the',
    theYear: /(?:^|\s)the\s+\d{4}\s+$/u.test(near),
    bodyNoun: BODY_NOUN_AFTER.test(after),
    theBefore:
      /(?:^|\s)[Tt]he\s+$/u.test(near) &&
      hasTag(/^\s+(\p{Ll}+)\b/u.exec(after)?.[1] ?? '', 'PastTense', 'PresentTense'),
    // ("Ostervik said it was hard": "it" the subject of a copula is the matter, not the speaker.)
    saysIt:
      /^\s+(?:(?:also|later|then|previously)\s+)?(?:said|says|announced|stated|added)\s+(?:that\s+)?(?:its\b|it\s+(?!(?:was|is|were|had\s+been|has\s+been|would\s+be|will\s+be)\b))/u.test(
        after,
      ),
    // ("estimated", "released": what an outlet or agency does with figures; a person's cue would outweigh it.)
    reports: /^\s*(?:\([^()]{1,12}\)\s*)?(?:reports|reported|published|estimated|released|issued)\b/u.test(
      after,
    ),
    listener: /\btold\s+(?:the\s+)?$/u.test(near),
    afterAnd: wordBefore === 'and' && /\p{Lu}\p{L}*\s+and\s+$/u.test(near),
    publication:
      /\b(?:published|printed|appeared|reported)\s+(?:\S+\s+){0,2}in\s+(?:the\s+)?(?:journal\s+)?$/u.test(
        before,
      ),
    party: /^\s+(?:MP|MPs|MEP|MEPs|MSP|MSPs|MLA|MLAs|AM|TD|TDs)\b/u.test(after),
    locative: LOCATIVE.test(near) || placePossessive(near) || FROM_TO.test(near),
    faith: FAITH_BEFORE.test(near),
    during: DURING.test(near) && !namesNoun(after),
  };
  const a = AFTER_ROLE.exec(after);
  // "Speaking to Varna Radio, the mayor said …": after an opening phrase, what follows the comma is the
  // sentence's subject, not an apposition of the name in the phrase.
  if (a && (FINITE.test(a[1] ?? '') || OPENING_PHRASE.test(before))) a[1] = '';
  const nameText = sentence.slice(start, end);
  // (Both apposition patterns end in a comma: not tried on the many names no comma precedes.)
  const comma = /,\s*$/u.test(near);
  const b = comma ? BEFORE_ROLE.exec(before) : null;
  // "the man was a contract worker": a clause, not an apposition. "Ardo Pell, the mayor of Varnby, Indiana": a
  // known region after a town is the town's, and the role before it the person's named earlier.
  if (b && (FINITE.test(b[1] ?? '') || (ctx.afterTown && regionByData(nameText)))) b[1] = '';
  // "said the chancellor, Pradeep Khosla." — an apposition before the name may also end the sentence.
  if (b?.[1] && /^\s*(?:[,.;:!?]|$)/.test(after)) {
    ctx.role = b[1]?.replace(/^\S+\s+/, '').trim();
    ctx.personRole = describesPerson(ctx.role ?? '');
  } else if (a?.[1]) {
    ctx.role = a[1]?.trim();
    ctx.personRole = describesPerson(ctx.role ?? '');
  }
  if (!ctx.personRole) {
    // Before the name only a bare noun phrase ("the Polish anti-monopoly agency, UOKiK"), not "an agency in Varnby, Ontario".
    let b2 = comma && /^\s*(?:,|$)/.test(after) ? BEFORE_APPOSITION.exec(before)?.[1] : undefined;
    if (b2 && (headOf(b2) !== b2 || /\s\p{Lu}/u.test(b2))) b2 = undefined;
    const kind = roleKind(AFTER_APPOSITION.exec(after)?.[1]) ?? roleKind(b2);
    if (kind) ctx.roleKind = kind;
  }
  const p = pronounAfter(sentence, next, end);
  if (p) ctx.pronoun = p.startsWith('h') && !p.startsWith('her') ? 'm' : p.startsWith('i') ? 'n' : 'f';
  // "the killing of Qasem Soleimani", "under the pseudonym Katya": only a person dies or goes by a pseudonym.
  // ("nicknamed Ginger" is not here: a nickname is another name of someone already named.)
  if (
    !ctx.personRole &&
    // "the death of VarnOS": a brand's inner capital or an acronym is no personal name.
    !/\p{Ll}\p{Lu}|^\p{Lu}{2,}$/u.test(nameText) &&
    // "the death of Most Rev. …": an ordinary word there is part of a title, not a name.
    (lexiconTags(nameText).length === 0 ||
      hasTag(nameText, 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person')) &&
    // "the death of Democratic Congressman John Lewis": a word before another capitalised one opens a longer name.
    !/^\s+\p{Lu}/u.test(after) &&
    // "the death of Democratic leaders": a word modifying a noun is an adjective.
    !hasTag(/^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? '', 'Plural', 'Singular') &&
    DEATH_OF.test(near)
  ) {
    ctx.personRole = true;
  }
  // "porn star Stormy Daniels" (but "the star AB Aurigae").
  if (!ctx.personRole && STAR_BEFORE.test(near)) ctx.personRole = true;
  const noun = wordBefore;
  // ("his official Varnlink account": the noun before is an adjective of the compound the name opens.)
  if (!ctx.personRole && noun && PERSON_NOUNS.has(noun) && !namesNoun(after)) {
    ctx.personRole = true;
    ctx.role ??= noun;
  }
  return ctx;
}
