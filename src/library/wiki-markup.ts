// Wikinews pages saved as text keep two kinds of template residue in their paragraphs. An interview marks who
// speaks with a name in double brackets at the start of a paragraph ("((WN)) Given that …", "((Jane Roe)) I think
// …"), which Wikinews draws as a bold speaker label. A quote's original wording follows its translation after a
// language code and name ("((pl))Polish language: Prawo i Sprawiedliwość"), which Wikinews draws as a small note;
// the saved text keeps no mark where the original ends. The reader shows a label and a note the way the page does;
// extraction reads neither, since the label is not prose and the original repeats in another language what the
// English beside it says (and read as English it made facts and names out of it).
import {ENGLISH_CUES, SPEAKER_LABELS} from './wiki-vocabulary.js';

/** A paragraph as the reader shows it, and as extraction reads it. */
export interface MarkedParagraph {
  shown: string;
  analysed: string;
}

// "((WN))", "((WSS)) :", "((Jane Roe))": a speaker at a paragraph's start (not "(((" of an echo).
const SPEAKER = /^\(\(([^()\n]{1,40})\)\)\s*:?\s*/u;
// "((pl))Polish language: ", "((ru))Russian: ", "((zh-hans))Chinese language: ". Made when a paragraph holds a
// language code in double brackets (LANGUAGE_MARK, tested first): its letter classes cost ~7 M instructions to make
// and compile for both string widths, and few articles hold such a note.
let originalPattern: RegExp | undefined;
const ORIGINAL = (): RegExp =>
  (originalPattern ??=
    /\(\(([a-z]{2,3}(?:-[a-z]+)?)\)\)\s*(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)(?: language)?:\s*/gu);
const LANGUAGE_MARK = /\(\([a-z]{2,3}(?:-[a-z]+)?\)\)/;
const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[a-z]+)?$/;
const LATIN = /\p{Script=Latin}/u;
const WORD = /[\p{L}\p{M}'’-]+/uy;

/**
 * Where the original text that starts at `from` ends (exclusive). Text in a script other than Latin runs until a
 * Latin letter; Latin text until the paragraph ends, a quotation mark closes the quote it sits in, a comma comes
 * before a capital ("…penal, President Fernández said"), or an English word resumes the sentence (ENGLISH_CUES, or
 * an adverb in -ly: "Prawo i Sprawiedliwość publicly declared").
 */
export function originalEnd(text: string, from: number): number {
  const first = /\p{L}/u.exec(text.slice(from));
  if (!first) return from;
  let end = text.length;
  if (!LATIN.test(first[0])) {
    for (let k = from + first.index; k < text.length; k++) {
      if (LATIN.test(text.charAt(k))) {
        end = k;
        break;
      }
    }
  } else {
    let opened = false;
    for (let k = from; k < text.length;) {
      const ch = text.charAt(k);
      if (ch === '„') opened = true;
      if (ch === '"' || ch === '“' || (ch === '”' && !opened)) {
        end = k;
        break;
      }
      if (ch === ',' && /^,\s+\p{Lu}/u.test(text.slice(k, k + 4))) {
        end = k;
        break;
      }
      WORD.lastIndex = k;
      const word =
        /[\p{L}]/u.test(ch) && (k === from || !/[\p{L}\p{M}]/u.test(text.charAt(k - 1)))
          ? WORD.exec(text)?.[0]
          : undefined;
      if (word !== undefined) {
        if (k > from && (ENGLISH_CUES.has(word.toLowerCase()) || /^[a-z]{3,}ly$/.test(word))) {
          end = k;
          break;
        }
        k += word.length;
      } else k++;
    }
  }
  // The original ends on its last letter or mark, not on the space or bracket before what follows.
  while (end > from && /[\s([“‘„]/u.test(text.charAt(end - 1))) end--;
  return end;
}

/** The paragraph with its speaker label and original-language notes as shown, and without them as analysed. */
export function readWikiMarkup(paragraph: string): MarkedParagraph {
  if (!paragraph.includes('((')) return {shown: paragraph, analysed: paragraph};
  let shown = '';
  let analysed = '';
  let at = 0;
  const speaker = SPEAKER.exec(paragraph);
  if (speaker?.[1] && !LANGUAGE_CODE.test(speaker[1])) {
    const name = speaker[1].trim();
    at = speaker[0].length;
    shown = `${SPEAKER_LABELS.get(name) ?? name}:${at < paragraph.length ? ' ' : ''}`;
    analysed = paragraph.slice(0, at);
  }
  const notes = LANGUAGE_MARK.test(paragraph) ? ORIGINAL() : null;
  if (notes) notes.lastIndex = at;
  for (let m = notes?.exec(paragraph); notes && m; m = notes.exec(paragraph)) {
    const from = m.index + m[0].length;
    const end = originalEnd(paragraph, from);
    const before = paragraph.slice(at, m.index);
    const original = paragraph.slice(from, end);
    shown += before + (original === '' ? '' : `(${m[2] ?? ''}: ${original})`);
    // The words on either side of the original meet with one space, none before a comma or a closing mark.
    analysed +=
      /\s$/u.test(before) && /^[\s,.;:!?"”’)\]]/u.test(paragraph.slice(end)) ? before.trimEnd() : before;
    at = end;
    notes.lastIndex = end;
  }
  const rest = paragraph.slice(at);
  return {shown: shown + rest, analysed: (analysed + rest).trim()};
}

/** The paragraphs as shown and as analysed; `analysed` is null when it is the same as `shown`. */
export function readWikiMarkupAll(paragraphs: readonly string[]): {
  shown: string[];
  analysed: string[] | null;
} {
  const read = paragraphs.map(readWikiMarkup);
  const shown = read.map((r) => r.shown);
  const analysed = read.map((r) => r.analysed);
  return {shown, analysed: analysed.every((a, i) => a === shown[i]) ? null : analysed};
}
