// A paragraph opened by a link label ("Related: …", "READ MORE: …") is the headline of another story: its numbers
// are that story's, not this one's (a feed item's footer: "Related: Hospital cyberattacks rose 40% in Asia last year").
import {LINK_LABELS} from '../entities/cues.js';

const LINK_LABEL = `(?:${[...LINK_LABELS].sort((a, b) => b.length - a.length).join('|')})`;
const LINK = new RegExp(String.raw`^\s*${LINK_LABEL}\s*:`, 'u');

/** The paragraphs whose first sentence opens with a link label. */
export function linkParagraphs(sentences: readonly {text: string; paragraph: number}[]): Set<number> {
  const out = new Set<number>();
  let last = Number.NaN;
  for (const s of sentences) {
    if (s.paragraph !== last && LINK.test(s.text)) out.add(s.paragraph);
    last = s.paragraph;
  }
  return out;
}
