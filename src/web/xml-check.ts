// Feed parsers forgive a document that is not well-formed XML and hand back what they could make of it, often
// nothing: the user is told where the file first breaks, in a line a person can act on, rather than left with
// "0 new articles".

/** Where an XML document first stops being well-formed, and why. */
export interface XmlProblem {
  /** 1-based line and column of the problem. */
  line: number;
  column: number;
  reason: string;
}

const NAME = /[A-Za-z_:][\w:.\u00b7\u00c0-\uffff-]*/y;
const START_TAG =
  /<([A-Za-z_:][\w:.\u00b7\u00c0-\uffff-]*)(?:\s+[^\s=/>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*(\/?)>/y;
const END_TAG = /<\/([A-Za-z_:][\w:.\u00b7\u00c0-\uffff-]*)\s*>/y;
const ENTITY = /&(?:[A-Za-z_:][\w:.-]*|#\d+|#x[0-9A-Fa-f]+);/y;
const DOCTYPE = /<!DOCTYPE[^[>]*(?:\[[\s\S]*?\]\s*)?>/iy;

/** Elements still open at the end named in the message, beside the innermost. */
const MAX_NAMED = 4;

const sticky = (re: RegExp, text: string, at: number): RegExpExecArray | null => {
  re.lastIndex = at;
  return re.exec(text);
};

/** Line and column of a character offset. */
function place(text: string, at: number): {line: number; column: number} {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line += 1;
    start = i + 1;
  }
  return {line, column: at - start + 1};
}

/**
 * The first place where `text` is not well-formed XML (an unclosed or mismatched element, a bare "&", a "<" that
 * starts no tag, an unfinished comment or CDATA section), or null when it is. Checks structure only: entity names
 * are not looked up (feeds use HTML's), and no DTD is read.
 */
export function xmlProblem(text: string): XmlProblem | null {
  const open: {name: string; at: number}[] = [];
  const fail = (at: number, reason: string): XmlProblem => ({...place(text, at), reason});
  let seenRoot = false;
  const marks = /[<&]/g;
  for (let m = marks.exec(text); m; m = marks.exec(text)) {
    const at = m.index;
    if (text[at] === '&') {
      if (!sticky(ENTITY, text, at)) return fail(at, 'a bare “&”, which XML writes as &amp;');
      continue;
    }
    const skipTo = (end: string, what: string): XmlProblem | null => {
      const close = text.indexOf(end, at);
      if (close === -1) return fail(at, `${what} never ends`);
      marks.lastIndex = close + end.length;
      return null;
    };
    let problem: XmlProblem | null = null;
    if (text.startsWith('<!--', at)) problem = skipTo('-->', 'a comment');
    else if (text.startsWith('<![CDATA[', at)) problem = skipTo(']]>', 'a CDATA section');
    else if (text.startsWith('<?', at)) problem = skipTo('?>', 'a processing instruction');
    else if (text.startsWith('<!', at)) {
      const doctype = sticky(DOCTYPE, text, at);
      // A DOCTYPE cut short (a feed cut off inside its declarations) is said as such.
      if (!doctype && /^<!DOCTYPE\b/i.test(text.slice(at, at + 10)))
        return fail(at, 'the DOCTYPE never ends');
      if (!doctype) return fail(at, 'a “<!” that starts no comment, CDATA section or DOCTYPE');
      marks.lastIndex = at + doctype[0].length;
    } else if (text.startsWith('</', at)) {
      const end = sticky(END_TAG, text, at);
      if (!end) return fail(at, 'a “</” that starts no closing tag');
      const name = end[1] ?? '';
      const top = open.pop();
      if (!top) return fail(at, `</${name}> closes no open element`);
      if (top.name !== name) {
        const where = place(text, top.at);
        return fail(
          at,
          `</${name}> where </${top.name}> was expected, for the <${top.name}> of line ${where.line}`,
        );
      }
      marks.lastIndex = at + end[0].length;
    } else {
      const start = sticky(START_TAG, text, at);
      if (!start) {
        return fail(
          at,
          sticky(NAME, text, at + 1) ? `an unfinished tag <${sticky(NAME, text, at + 1)?.[0]}` : 'a bare “<”',
        );
      }
      if (open.length === 0 && seenRoot) return fail(at, 'a second root element');
      seenRoot = true;
      if (start[2] !== '/') open.push({name: start[1] ?? '', at});
      marks.lastIndex = at + start[0].length;
    }
    if (problem) return problem;
  }
  if (open.length > 0) {
    const [inner, ...outer] = [...open].reverse() as [{name: string; at: number}, ...{name: string}[]];
    // The outer ones by name, a few at most: a hostile file can leave thousands open.
    const named = outer.slice(0, MAX_NAMED).map((o) => `<${o.name}>`);
    if (outer.length > MAX_NAMED) named.push(`${outer.length - MAX_NAMED} more`);
    const rest = named.length ? ` and ${named.join(', ')}` : '';
    return fail(
      text.length,
      `the file ends with the <${inner.name}> of line ${place(text, inner.at).line}${rest} still open`,
    );
  }
  return null;
}

/** "line 6, column 22: a bare “&”, which XML writes as &amp;". */
export function xmlProblemLine(problem: XmlProblem): string {
  return `line ${problem.line}, column ${problem.column}: ${problem.reason}`;
}
