// Bylines, credits, captions' credits and link headlines are the article's metadata, not its story: the names in
// them are not people of the story (GUIDE.md, "bylines are authors"). Each rule finds the stretches of a sentence
// that are metadata; the entity stage leaves the names inside them out and --explain says which rule did.
import {checkRules, type RuleInfo} from '../rules.js';
import {AGENCY_WORDS, CREDIT_LABELS, LINK_LABELS} from './cues.js';
import {matchesOf} from '../matches.js';

/** What a metadata rule reads: one sentence, and whether it opens its paragraph. */
export interface MetaInput {
  text: string;
  /** The sentence is the first of its paragraph (where link labels and bylines stand). */
  opensParagraph: boolean;
}

/** A stretch [start, end) of a sentence that is metadata, and the rule that found it. */
export interface MetaRange {
  start: number;
  end: number;
  rule: string;
}

/** A metadata rule: the stretches of the sentence it recognises. */
export interface MetadataRule extends RuleInfo {
  find: (input: MetaInput) => readonly {start: number; end: number}[];
}

/** What a rule finds in most sentences: one shared empty list rather than a new one per rule and sentence. */
const NONE: readonly {start: number; end: number}[] = [];

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|da|di|al|el|bin|la|le)){0,4}`;
// A person's name of two words or more, as a photographer's credit gives it ("Reuters/Ipsos" is a poll's).
const FULL_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}`;
// Longest first, so that "Getty Images" is tried before "Getty"; also in capitals ("THE CANADIAN PRESS/Jane Roe").
const AGENCY = `(?:${[...AGENCY_WORDS, ...[...AGENCY_WORDS].map((w) => w.toUpperCase())]
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const CREDIT_LABEL = `(?:${[...CREDIT_LABELS].sort((a, b) => b.length - a.length).join('|')})`;
const LINK_LABEL = `(?:${[...LINK_LABELS].sort((a, b) => b.length - a.length).join('|')})`;

// "Jane Roe/AP", "(AP Photo/Jane Roe)", "Jane Roe / The Canadian Press": a name beside an agency across a slash.
// (An outlet's initials ending the line count as an agency there: "Jane Roe / CBC".)
const NAME_SLASH_AGENCY = new RegExp(
  String.raw`(${NAME})\s?/\s?(?:(?:The\s+|THE\s+)?${AGENCY}\b|\p{Lu}{2,6}(?=[\s.)]*$))`,
  'gu',
);
const AGENCY_SLASH_NAME = new RegExp(
  String.raw`\b${AGENCY}(?:\s+(?:Photo|Images?|Video))?\s?/\s?(${FULL_NAME})`,
  'gu',
);
const LABELLED = new RegExp(
  String.raw`(?:^|[(\[\s])${CREDIT_LABEL}\s*(?::|by\b|\.{2,}|…)\s*([^()\[\].;…]{1,80})`,
  'gu',
);
const FILES_FROM = new RegExp(String.raw`\b[Ww]ith\s+files\s+from\s+([^.;]{1,120})`, 'gu');
const LINK = new RegExp(String.raw`^\s*${LINK_LABEL}\s*:`, 'u');
const NAMES = String.raw`${NAME}(?:\s*(?:,|and|&)\s*${NAME})*`;
// "Jane Roe · CBC News · Posted: Jan 6": a byline whose parts a dot or a bar separates.
const DOT_BYLINE = new RegExp(String.raw`^\s*(${NAME})\s*[·•|]\s*\S`, 'gu');
// "Jane Roe is a reporter with CBC News.": the writer's note at the foot of a story.
const WRITER_AT = String.raw`(?:reporter|journalist|writer|correspondent|editor|producer|columnist|contributor|photographer|videographer|video\s+journalist)s?\s+(?:with|for|at|in|on|based)\b`;
const BIO = new RegExp(
  String.raw`^\s*(${NAME})\s+is\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}${WRITER_AT}`,
  'gu',
);
// Its end alone, without letter classes: most paragraphs with an " is " name no writer's job.
const WRITER_NOTE_END = new RegExp(WRITER_AT);
const FOLLOW = new RegExp(
  String.raw`^\s*(?:Follow|Contact|Email|E-mail|Reach)\s+(${NAME})\s+(?:on|at|via|by)\b`,
  'gu',
);
// "Reporting by Jane Roe; Editing by Tom Virk", "This story was written by Jane Roe".
const REPORTING_BY = new RegExp(
  String.raw`(?:\b(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting)\s+by|\b[Tt]his\s+(?:report|story|article)\s+was\s+(?:written|reported|edited|compiled|updated)\s+by)\s+(${NAMES})`,
  'gu',
);
const BY = new RegExp(String.raw`^\s*(?:By|BY)\s+${NAME}(?:\s*(?:,|and|&)\s*${NAME})*\s*$`, 'u');
// The words the three patterns above cannot match without, in patterns with no letter classes: asked first, as most
// sentences and paragraphs have none (each name pattern costs every worker a compile of its letter classes).
const FOLLOW_OPENING = /^\s*(?:Follow|Contact|Email|E-mail|Reach)\s/;
const REPORTING_WORDS =
  /(?:[Rr]eporting|[Ww]riting|[Ee]diting)\s+by\s|[Tt]his\s+(?:report|story|article)\s+was\s/;
const BY_OPENING = /^\s*(?:By|BY)\s/;

// A credit label somewhere in the sentence, which LABELLED cannot match without: asked first, as most sentences
// have none (LABELLED itself is tried at every space of every sentence).
const ANY_CREDIT_LABEL = new RegExp(CREDIT_LABEL, 'u');

/** Where the first group of each match of the global `re` stands in `text`. */
function groups(re: RegExp, text: string): {start: number; end: number}[] {
  const out: {start: number; end: number}[] = [];
  for (const m of matchesOf(re, text)) {
    const g = m[1];
    if (g === undefined) continue;
    const start = m.index + m[0].indexOf(g);
    out.push({start, end: start + g.length});
  }
  return out;
}

/** The metadata rules, each finding one kind of credit or link in a sentence. */
export const METADATA_RULES: readonly MetadataRule[] = [
  {
    id: 'link-headline',
    description: 'a paragraph opened by a link label ("READ MORE:", "Related:"): a headline of another story',
    example: 'READ MORE: Mayor Tom Virk opens the new bridge',
    find: ({text, opensParagraph}) =>
      opensParagraph && LINK.test(text) ? [{start: 0, end: text.length}] : NONE,
  },
  {
    id: 'credit-label',
    description: 'what follows a credit label ("Photo:", "Credit:", "Photo by"): who made the picture',
    example: 'Crowds filled the square. (Photo: Anna Holm)',
    find: ({text}) => (ANY_CREDIT_LABEL.test(text) ? groups(LABELLED, text) : NONE),
  },
  {
    id: 'name-slash-agency',
    description: 'a name and a news agency across a slash ("Jane Roe/AP", "AP Photo/Jane Roe"): a credit',
    example: 'Firefighters at the scene. Tomas Virk/The Canadian Press',
    // (Each rule first asks for the character or word its pattern cannot do without: most sentences have none.)
    find: ({text}) =>
      text.includes('/') ? [...groups(NAME_SLASH_AGENCY, text), ...groups(AGENCY_SLASH_NAME, text)] : NONE,
  },
  {
    id: 'files-from',
    description: '"with files from …": the writers and agencies the story drew on',
    example: 'With files from Anna Holm and The Canadian Press',
    find: ({text}) => (text.includes('files from') ? groups(FILES_FROM, text) : NONE),
  },
  {
    id: 'dot-byline',
    description:
      'a paragraph opened by a name and a dot or bar ("Jane Roe · CBC News · Posted: …"): a byline',
    example: 'Anna Holm · Varnby Radio · Posted: Jan 06, 2020',
    find: ({text, opensParagraph}) =>
      opensParagraph && /[·•|]/u.test(text) ? groups(DOT_BYLINE, text) : NONE,
  },
  {
    id: 'writer-note',
    description: 'a paragraph opened by "Name is a reporter with …": the writer\'s note, not the story',
    example: 'Anna Holm is a reporter with Varnby Radio. She covers city hall.',
    find: ({text, opensParagraph}) =>
      opensParagraph && text.includes(' is ') && WRITER_NOTE_END.test(text) ? groups(BIO, text) : NONE,
  },
  {
    id: 'follow-contact',
    description: 'a paragraph opened by "Follow Name on …" or "Contact Name at …": the writer\'s handle',
    example: 'Follow Anna Holm on Twitter @annaholm',
    find: ({text, opensParagraph}) =>
      opensParagraph && FOLLOW_OPENING.test(text) ? groups(FOLLOW, text) : NONE,
  },
  {
    id: 'reporting-by',
    description: '"Reporting by …", "Editing by …", "This story was written by …": the people who made it',
    example: 'Reporting by Anna Holm; Editing by Tomas Virk',
    find: ({text}) =>
      text.includes(' by ') && REPORTING_WORDS.test(text) ? groups(REPORTING_BY, text) : NONE,
  },
  {
    id: 'byline-in-body',
    description: 'a paragraph that is only "By Name" (one the library did not take as the byline)',
    example: 'By Anna Holm and Tomas Virk',
    find: ({text, opensParagraph}) =>
      opensParagraph && BY_OPENING.test(text) && BY.test(text) ? [{start: 0, end: text.length}] : NONE,
  },
];

checkRules('entity-metadata', METADATA_RULES);

/** The stretches of a sentence that are metadata, each with the rule that found it. */
export function metadataRanges(input: MetaInput): MetaRange[] {
  const out: MetaRange[] = [];
  for (let i = 0; i < METADATA_RULES.length; i++) {
    const rule = METADATA_RULES[i] as MetadataRule;
    const found = rule.find(input);
    for (let j = 0; j < found.length; j++) {
      const r = found[j] as {start: number; end: number};
      out.push({start: r.start, end: r.end, rule: rule.id});
    }
  }
  return out;
}
