// The extractor's patterns in the workers' classic script (dist/index-worker.cjs), with their Unicode property
// classes cut to the Basic Multilingual Plane.
//
// A pattern with a class such as \p{L} under the `u` flag costs V8 much more to compile for a two-byte subject (most
// articles, for their curly quotes and dashes) than for a one-byte one: the class's ~200 ranges outside the BMP
// become surrogate-pair code, and V8 compiles each pattern afresh in every worker (no code cache keeps patterns).
// Cut to the BMP with the `v` flag (`[\p{L}--[\u{10000}-\u{10FFFF}]]`), a pattern matches exactly as written on any
// text without a letter, number or mark outside the BMP: one thread's extraction of 140 articles ran 4.3% fewer
// instructions (cachegrind). Text that has one (a mathematical bold letter, a CJK Extension B character) is
// extracted by the extractor as written: the worker checks every input (`needsWritten`) and loads the ES module
// for it (src/store/extraction-server.ts). Only the extractor's modules are cut (src/extract/), only patterns
// without the `i` flag (`v` folds case differently under it), and only the properties in CUT; a pattern that
// does not compile once cut is left as written.
import * as acorn from 'acorn';

/**
 * The `v`-flag source of the `u`-flag pattern `source` with each \p{…} of the given properties cut to the BMP, or
 * null when it has none or another property. Self-contained: the build writes it into the script, which cuts the
 * patterns the extractor makes at run time with it (`new RegExp(…)`).
 */
export function bmpPattern(source, cut, classes) {
  // A pattern without a property class (a third of those the extractor makes at run time) has nothing to cut.
  if (!source.includes('\\p{')) return null;
  const astral = '[\\u{10000}-\\u{10FFFF}]';
  // What may be escaped in a `v` class, and must be when it stands for itself: ClassSetReservedPunctuator,
  // SyntaxCharacter and the solidus.
  const punct = '&-!#%,:;<=>@`~^$\\.*+?()[]{}|/';
  let found = false;
  const plain = /[^\\[]+/y;
  /**
   * The escape at `i` (a backslash): its end, whether it stands for a class, and for \p{…} its property name (null
   * for \P{…}; undefined for any other escape).
   */
  const escapeAt = (i) => {
    const n = source[i + 1];
    if ((n === 'p' || n === 'P') && source[i + 2] === '{') {
      const end = source.indexOf('}', i);
      return {end: end + 1, prop: n === 'p' ? source.slice(i + 3, end) : null, isClass: true};
    }
    if (n === 'u' && source[i + 2] === '{') return {end: source.indexOf('}', i) + 1, isClass: false};
    if (n === 'u') return {end: i + 6, isClass: false};
    if (n === 'x') return {end: i + 4, isClass: false};
    if (n === 'c') return {end: i + 3, isClass: false};
    if (n === 'k' && source[i + 2] === '<') return {end: source.indexOf('>', i) + 1, isClass: false};
    return {end: i + 2, isClass: 'dDwWsS'.includes(n)};
  };
  const cutProp = (text, prop) => {
    if (prop === null || !cut.includes(prop)) return null;
    found = true;
    return classes?.[prop] ?? `[${text}--${astral}]`;
  };
  let out = '';
  for (let i = 0; i < source.length;) {
    const ch = source[i];
    if (ch === '\\') {
      const e = escapeAt(i);
      if (e.end <= i) return null;
      const text = source.slice(i, e.end);
      if (e.prop !== undefined) {
        const cutText = cutProp(text, e.prop);
        if (cutText === null) return null;
        out += cutText;
      } else out += text;
      i = e.end;
      continue;
    }
    if (ch !== '[') {
      // Up to the next escape or class in one native step: most of a long alternation of words.
      plain.lastIndex = i;
      const run = plain.exec(source);
      const end = run ? i + run[0].length : i + 1;
      out += source.slice(i, end);
      i = end;
      continue;
    }
    // A class: its atoms, then written again in `v` syntax.
    let j = i + 1;
    const negated = source[j] === '^';
    if (negated) j += 1;
    const atoms = [];
    while (j < source.length && source[j] !== ']') {
      if (source[j] === '\\') {
        const e = escapeAt(j);
        if (e.end <= j) return null;
        atoms.push({text: source.slice(j, e.end), escape: true, isClass: e.isClass, prop: e.prop});
        j = e.end;
      } else {
        // A character outside the BMP is two UTF-16 units of one atom.
        const code = source.codePointAt(j);
        const width = code > 0xffff ? 2 : 1;
        atoms.push({text: source.slice(j, j + width), escape: false, isClass: false});
        j += width;
      }
    }
    if (j >= source.length) return null;
    let body = '';
    // Where the last range's dash was: the atom after it ends that range ("a-z-0": the second dash is a character).
    let dashAt = -2;
    for (let a = 0; a < atoms.length; a++) {
      const atom = atoms[a];
      const prev = atoms[a - 1];
      const next = atoms[a + 1];
      const prevInRange = dashAt === a - 1 || dashAt === a - 2;
      if (
        !atom.escape &&
        atom.text === '-' &&
        prev &&
        next &&
        !prev.isClass &&
        !next.isClass &&
        !prevInRange
      ) {
        body += '-';
        dashAt = a;
        continue;
      }
      if (atom.prop !== undefined) {
        const cutText = cutProp(atom.text, atom.prop);
        if (cutText === null) return null;
        body += cutText;
      } else body += !atom.escape && punct.includes(atom.text) ? `\\${atom.text}` : atom.text;
    }
    // A negated class is written nested, as the one operand of a class (`[[^…]]`): V8 11.3 (Node 20) compiles a
    // negated class at the top of a `v` pattern wrongly inside a repeated group. `(?: [^ ,]+){0,3},` finds " president,"
    // in "the country first president, " for a two-byte subject and nothing at all with `+` for the group; the same
    // class nested, whose complement V8 works out as a set, matches as the `u` pattern does.
    out += negated ? `[[^${body}]]` : `[${body}]`;
    i = j + 1;
  }
  return found ? out : null;
}

/** The properties cut: the letters, numbers and marks the extractor's patterns name (and none of their complements). */
export const CUT = ['L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'N', 'Nd', 'M', 'Mn', 'Script=Latin'];

/**
 * The commonest of them (\p{L}, \p{Lu}, \p{Ll}: ~2,100 of the ~2,500 property classes V8 reads in a worker's 140
 * articles) written as a binary property, what it holds beyond the category on the BMP taken out and what it lacks
 * added, by code point, all cut to the BMP as the others are: `[\p{Uppercase}--[\u2160-\u216F\u24B6-\u24CF]--[astral]]`
 * for \p{Lu}. V8 reads a category afresh from ICU at every parse of a pattern (~0.3 M instructions each), a binary
 * property from ICU's cache: made and compiled for both kinds of string, a pattern of one \p{L} costs 1.10 M
 * instructions cut as the others, 0.44 M written so. The ranges are this build's Unicode's (`unicode`), so a worker
 * under another (another Node) extracts every text with the extractor as written (needsWritten).
 */
export function bmpClasses() {
  const bases = {L: 'ID_Start', Lu: 'Uppercase', Ll: 'Lowercase'};
  // The others the extractor names have no close binary property; their BMP code points written out (31-191
  // ranges of `\u` escapes) parse in less than the category does: a pattern of one made and compiled for both kinds
  // of string, \p{N} 0.85 → 0.29 M instructions, \p{M} 0.97 → 0.59 M, \p{Script=Latin} 0.61 → 0.18 M.
  const listed = ['N', 'Nd', 'M', 'Mn', 'Lt', 'Lm', 'Script=Latin'];
  const astral = '[\\u{10000}-\\u{10FFFF}]';
  const hex = (c) => `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
  /** The code points of the BMP (surrogates aside) in `a` and not in `b`, as the ranges of a class. */
  const ranges = (a, b) => {
    let out = '';
    for (let c = 0; c < 0x10000; c++) {
      if (!a[c] || b[c] || (c > 0 && a[c - 1] && !b[c - 1])) continue;
      let e = c;
      while (e + 1 < 0x10000 && a[e + 1] && !b[e + 1]) e++;
      out += e === c ? hex(c) : `${hex(c)}-${hex(e)}`;
    }
    return out;
  };
  const members = (re) => {
    const a = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++)
      if (c < 0xd800 || c > 0xdfff) a[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
    return a;
  };
  /**
   * The binary property `base` with the BMP ranges `lacks` added and `beyond` taken out, cut to the BMP: `beyond` and
   * the astral planes taken out in one operand (`[\p{Uppercase}--[\u2160-\u216F\u24B6-\u24CF\u{10000}-\u{10FFFF}]]`),
   * not in two. V8 works a class's set operations out at every compile, once for each kind of string, and each
   * subtraction walks and copies the property's ~660 ranges: a pattern of one \p{Lu} and two \p{L}, made and compiled
   * for both kinds of string, 2.00 → 1.85 M instructions.
   */
  const binaryWritten = (base, lacks, beyond) =>
    `[${lacks ? `[\\p{${base}}${lacks}]` : `\\p{${base}}`}--[${beyond}${astral.slice(1, -1)}]]`;
  const classes = {};
  for (const [prop, base] of Object.entries(bases)) {
    const want = members(new RegExp(`^\\p{${prop}}$`, 'u'));
    const have = members(new RegExp(`^\\p{${base}}$`, 'u'));
    const lacks = ranges(want, have);
    const beyond = ranges(have, want);
    const written = binaryWritten(base, lacks, beyond);
    const check = members(new RegExp(`^${written}$`, 'v'));
    if (check.some((v, c) => v !== want[c])) throw new Error(`bmpClasses: ${written} is not \\p{${prop}}`);
    classes[prop] = written;
  }
  const none = new Uint8Array(0x10000);
  for (const prop of listed) {
    const want = members(new RegExp(`^\\p{${prop}}$`, 'u'));
    // (With the astral planes taken out as every cut class is, though none is in it: a source taken from a cut
    // pattern is known by that mark, BmpRegExp's CUT_MARK.)
    const written = `[[${ranges(want, none)}]--${astral}]`;
    const check = members(new RegExp(`^${written}$`, 'v'));
    if (check.some((v, c) => v !== want[c])) throw new Error(`bmpClasses: ${written} is not \\p{${prop}}`);
    classes[prop] = written;
  }
  // The case closures caselessPattern names (`L/i`: what \p{L} matches under `iu`), as explicit ranges or a binary
  // property with the difference, whichever is shorter (a binary property costs about as much as ~120 ranges).
  const countRanges = (a, b) => {
    let n = 0;
    for (let c = 0; c < 0x10000; c++) if (a[c] && !b[c] && !(c > 0 && a[c - 1] && !b[c - 1])) n++;
    return n;
  };
  for (const prop of FOLD_PROPS) {
    const want = members(new RegExp(`^\\p{${prop}}$`, 'iu'));
    let best = {cost: countRanges(want, none), base: null};
    for (const base of [
      'ID_Start',
      'Cased',
      'Changes_When_Casemapped',
      'Alphabetic',
      'Uppercase',
      'Lowercase',
    ]) {
      const have = members(new RegExp(`^\\p{${base}}$`, 'u'));
      const cost = 120 + countRanges(want, have) + countRanges(have, want);
      if (cost < best.cost) best = {cost, base, have};
    }
    let written;
    if (best.base === null) written = `[[${ranges(want, none)}]--${astral}]`;
    else {
      const lacks = ranges(want, best.have);
      const beyond = ranges(best.have, want);
      written = binaryWritten(best.base, lacks, beyond);
    }
    const check = members(new RegExp(`^${written}$`, 'v'));
    if (check.some((v, c) => v !== want[c]))
      throw new Error(`bmpClasses: ${written} is not \\p{${prop}} under iu`);
    classes[`${prop}/i`] = written;
  }
  return {classes, unicode: process.versions.unicode};
}

/**
 * The source of an `iu` pattern as a `u` pattern without `i` that matches the same: each letter written as the
 * letters that fold to it (`[sS\u017F]`), each class with what folds to its members added, each \p{X} as \p{X/i} (the
 * property's case closure, which bmpPattern writes from `classes`), \w and \b as `iu` reads them (U+017F and U+212A
 * are word characters there). Null for anything it does not read (a back-reference, \P{…}, \B, \W inside a class, a
 * character or range it has no folds for): the pattern is then left as written.
 *
 * Why: under `i` V8 closes each class over case at every compile; for \p{L} that is ~2.7 M of the ~4 M instructions
 * a pattern of one costs to make and compile for both kinds of string, and the ~200 speech verbs of participleSubject's
 * opening cost 22.1 M under `iu`, 9.6 M written so (s48c's caselessAlternation, done by the build). `folds` is
 * caseFolds()'s. Self-contained: the script's constructor calls it for the `iu` patterns the extractor makes at run
 * time.
 */
export function caselessPattern(source, folds) {
  const {chars, props, word} = folds;
  const covered = (c) => c < 0x300 || (c >= 0x2000 && c < 0x2070);
  /** What else folds to the character `c`, as escapes; null when the table does not cover it. */
  const others = (c) => (covered(c) ? (chars[c] ?? '') : null);
  const W = `\\w${word}`;
  /** The escape at `i`: its end, and the character it stands for (undefined for a class escape it keeps). */
  const escapeAt = (i) => {
    const n = source[i + 1];
    if (n === 'u' && source[i + 2] === '{') {
      const end = source.indexOf('}', i);
      return {end: end + 1, code: parseInt(source.slice(i + 3, end), 16)};
    }
    if (n === 'u') return {end: i + 6, code: parseInt(source.slice(i + 2, i + 6), 16)};
    if (n === 'x') return {end: i + 4, code: parseInt(source.slice(i + 2, i + 4), 16)};
    if (n === 'c') return {end: i + 3, code: source.charCodeAt(i + 2) % 32};
    if ('dDsS'.includes(n)) return {end: i + 2, code: undefined};
    const controls = {t: 9, n: 10, v: 11, f: 12, r: 13, 0: 0};
    if (n in controls) return {end: i + 2, code: controls[n]};
    // What else a `u` pattern may escape is syntax: the character itself.
    if ('^$\\.*+?()[]{}|/-'.includes(n)) return {end: i + 2, code: n.charCodeAt(0)};
    return null;
  };
  let out = '';
  for (let i = 0; i < source.length;) {
    const ch = source[i];
    if (ch === '\\') {
      const n = source[i + 1];
      if (n === 'p' && source[i + 2] === '{') {
        const end = source.indexOf('}', i);
        const prop = source.slice(i + 3, end);
        if (!props.includes(prop)) return null;
        out += `\\p{${prop}/i}`;
        i = end + 1;
        continue;
      }
      if (n === 'w' || n === 'W') {
        out += n === 'w' ? `[${W}]` : `[^${W}]`;
        i += 2;
        continue;
      }
      if (n === 'b') {
        out += `(?:(?<=[${W}])(?![${W}])|(?<![${W}])(?=[${W}]))`;
        i += 2;
        continue;
      }
      const e = escapeAt(i);
      if (!e || !(e.end > i) || Number.isNaN(e.code)) return null;
      const text = source.slice(i, e.end);
      if (e.code === undefined) out += text;
      else {
        const o = others(e.code);
        if (o === null) return null;
        out += o ? `[${text}${o}]` : text;
      }
      i = e.end;
      continue;
    }
    if (ch === '(') {
      // A group's opening as written: a name's letters are no characters to match.
      if (source[i + 1] !== '?') {
        out += ch;
        i += 1;
        continue;
      }
      const m = /^\(\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(source.slice(i, i + 40));
      if (!m) return null;
      out += m[0];
      i += m[0].length;
      continue;
    }
    if (ch === '{') {
      // A quantifier's bounds.
      const end = source.indexOf('}', i);
      if (end < 0) return null;
      out += source.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    if (ch !== '[') {
      const code = source.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdfff) return null;
      const o = '^$.*+?)|'.includes(ch) ? '' : others(code);
      if (o === null) return null;
      out += o ? `[${ch}${o}]` : ch;
      i += 1;
      continue;
    }
    // A class: its atoms as written, then what folds to each member added.
    let j = i + 1;
    const negated = source[j] === '^';
    if (negated) j += 1;
    const atoms = [];
    while (j < source.length && source[j] !== ']') {
      if (source[j] === '\\') {
        const n = source[j + 1];
        if (n === 'p' && source[j + 2] === '{') {
          const end = source.indexOf('}', j);
          const prop = source.slice(j + 3, end);
          if (!props.includes(prop)) return null;
          atoms.push({text: `\\p{${prop}/i}`, set: true});
          j = end + 1;
        } else if (n === 'w') {
          atoms.push({text: W, set: true});
          j += 2;
        } else if (n === 'b') {
          atoms.push({text: '\\b', code: 8});
          j += 2;
        } else {
          const e = escapeAt(j);
          if (!e || !(e.end > j) || Number.isNaN(e.code)) return null;
          atoms.push(
            e.code === undefined
              ? {text: source.slice(j, e.end), set: true}
              : {text: source.slice(j, e.end), code: e.code},
          );
          j = e.end;
        }
      } else {
        const code = source.charCodeAt(j);
        if (code >= 0xd800 && code <= 0xdfff) return null;
        atoms.push({text: source[j], code, dash: source[j] === '-'});
        j += 1;
      }
    }
    if (j >= source.length) return null;
    const extra = new Set();
    const add = (c) => {
      const o = others(c);
      if (o === null) return false;
      if (o) extra.add(o);
      return true;
    };
    let body = '';
    for (let a = 0; a < atoms.length; a++) {
      const atom = atoms[a];
      const next = atoms[a + 2];
      // A range: two characters around a dash (`u` syntax: a class escape beside a dash is an error anyway).
      if (atom.code !== undefined && atoms[a + 1]?.dash && next?.code !== undefined) {
        for (let c = atom.code; c <= next.code; c++) if (!add(c)) return null;
        body += `${atom.text}-${next.text}`;
        a += 2;
        continue;
      }
      if (atom.code !== undefined && !add(atom.code)) return null;
      body += atom.text;
    }
    out += `[${negated ? '^' : ''}${body}${[...extra].join('')}]`;
    i = j + 1;
  }
  return out;
}

/**
 * What caselessPattern reads, worked out from this engine and checked code point by code point: what folds to each
 * character below U+0300 and of U+2000-U+206F under `iu` (`chars`, by code: escapes), the properties it writes as
 * their case closure (`props`; bmpClasses writes `X/i`), and the word characters beyond \w (`word`).
 */
export function caseFolds() {
  const hex = (c) => `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
  const bmp = [];
  for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) bmp.push(c);
  // eslint-disable-next-line no-control-regex
  const any = new RegExp('^[\\u0000-\\u02FF\\u2000-\\u206F]$', 'iu');
  const near = bmp.filter((x) => any.test(String.fromCharCode(x)));
  const chars = {};
  for (let c = 0; c < 0x2070; c = c === 0x2ff ? 0x2000 : c + 1) {
    const re = new RegExp(`^${hex(c)}$`, 'iu');
    let o = '';
    for (const x of near)
      if (x !== c && re.test(String.fromCharCode(x)))
        o += /[A-Za-z]/.test(String.fromCharCode(x)) ? String.fromCharCode(x) : hex(x);
    if (o) chars[c] = o;
  }
  const wordI = /^\w$/iu;
  const wordU = /^\w$/u;
  const word = bmp
    .filter((x) => wordI.test(String.fromCharCode(x)) && !wordU.test(String.fromCharCode(x)))
    .map(hex)
    .join('');
  // \W and \b under `iu` read the same word characters: checked, as what caselessPattern writes for them rests on it.
  const notWord = /^\W$/iu;
  for (const x of bmp) {
    const s = String.fromCharCode(x);
    if (notWord.test(s) === wordI.test(s))
      throw new Error(`caseFolds: \\W is not the complement of \\w at ${hex(x)}`);
  }
  for (const x of bmp.filter(
    (y) => wordI.test(String.fromCharCode(y)) && !wordU.test(String.fromCharCode(y)),
  ))
    if (!/^a\B.$/iu.test(`a${String.fromCharCode(x)}`)) throw new Error(`caseFolds: \\b at ${hex(x)}`);
  return {chars, props: FOLD_PROPS, word};
}

/** The properties caselessPattern writes as their case closure under `iu` (bmpClasses' `X/i`): those of CUT. */
const FOLD_PROPS = ['L', 'Lu', 'Ll', 'N', 'Nd', 'M', 'Mn', 'Lt', 'Lm', 'Script=Latin'];

/** Every property class bmpPattern cuts: CUT, and the case closures of the caseless patterns. */
export const CUT_ALL = [...CUT, ...FOLD_PROPS.map((p) => `${p}/i`)];

/**
 * `{source, flags}` of the pattern the script runs for the `u` pattern `source` with `flags`: its classes cut to the
 * BMP (`v`), and an `iu` pattern with a property class first written without `i` (caselessPattern); null to leave it
 * as written. Self-contained but for bmpPattern and caselessPattern, which the script defines beside it.
 */
export function cutRegExp(source, flags, cut, classes, folds) {
  if (!flags.includes('u') || flags.includes('v')) return null;
  let caseless = source;
  let f = flags;
  if (flags.includes('i')) {
    caseless = caselessPattern(source, folds);
    if (caseless === null) return null;
    f = flags.replace('i', '');
  }
  const cutSource = bmpPattern(caseless, cut, classes);
  if (cutSource !== null) return {source: cutSource, flags: f.replace('u', 'v')};
  // Without a property class, the pattern without `i` is exact on any text as it is.
  return caseless === source ? null : {source: caseless, flags: f};
}

/** The name the extractor's modules call instead of RegExp, and under which the script's helpers are. */
const NAME = '__BRIEF_BMP_PATTERNS';

/**
 * The classic script `bundle` (esbuild's unminified CommonJS output, a `// src/…` comment before each module) with
 * the regex literals of its src/extract/ modules cut, their `new RegExp(…)` made through the cutting constructor,
 * and the helpers those need written first. Returns the script and how many literals and constructors it changed.
 */
export function cutExtractorPatterns(bundle) {
  const modules = [];
  const tokens = [];
  for (const token of acorn.tokenizer(bundle, {
    ecmaVersion: 'latest',
    allowHashBang: true,
    allowReturnOutsideFunction: true,
    onComment: (block, text, start) => {
      if (!block && (start === 0 || bundle[start - 1] === '\n'))
        modules.push({start, extract: /^ src\/extract\//.test(text)});
    },
  }))
    tokens.push(token);
  // The modules in the order they come: the tokens are walked in the same order.
  let next = 0;
  let inside = false;
  const inExtract = (at) => {
    while (next < modules.length && modules[next].start <= at) inside = modules[next++].extract;
    return inside;
  };
  const {classes, unicode} = bmpClasses();
  const folds = caseFolds();
  const edits = [];
  let literals = 0;
  let constructors = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!inExtract(t.start)) continue;
    if (t.type.label === 'regexp') {
      const {pattern, flags} = t.value;
      const made = cutRegExp(pattern, flags, CUT_ALL, classes, folds);
      if (made === null) continue;
      const {source: cut, flags: vFlags} = made;
      try {
        new RegExp(cut, vFlags);
      } catch {
        continue;
      }
      edits.push([t.start, t.end, `/${cut}/${vFlags}`]);
      literals += 1;
    } else if (t.type.label === 'name' && t.value === 'RegExp' && tokens[k - 1]?.type.keyword === 'new') {
      edits.push([t.start, t.end, `${NAME}.RegExp`]);
      constructors += 1;
    }
  }
  const parts = [helpers(classes, unicode, folds)];
  let at = 0;
  for (const [start, end, by] of edits) {
    parts.push(bundle.slice(at, start), by);
    at = end;
  }
  parts.push(bundle.slice(at));
  return {text: parts.join(''), literals, constructors};
}

/**
 * What the cut script defines first: `RegExp`, the constructor the extractor's `new RegExp(…)` calls (cutting a
 * `u` pattern as the build cut the literals, and giving a source taken from a cut pattern its `v` flag), and
 * `needsWritten(text)`, whether `text` holds a character outside the BMP of a property cut.
 */
function helpers(classes, unicode, folds) {
  return `var ${NAME} = (() => {
  const Native = RegExp;
  const CUT = ${JSON.stringify(CUT)};
  const CUT_ALL = ${JSON.stringify(CUT_ALL)};
  const CLASSES = ${JSON.stringify(classes)};
  const FOLDS = ${JSON.stringify(folds)};
  // (The classes' ranges are the build's Unicode's: under another, every text goes to the extractor as written.)
  const SAME_UNICODE = globalThis.process?.versions?.unicode === ${JSON.stringify(unicode)};
  const bmpPattern = ${bmpPattern.toString()};
  const caselessPattern = ${caselessPattern.toString()};
  const cutRegExp = ${cutRegExp.toString()};
  // (How every cut class ends: the astral planes taken out, alone or with what a binary property holds beyond the
  // category it stands for.)
  const CUT_MARK = '\\\\u{10000}-\\\\u{10FFFF}]]';
  const MADE = new Map();
  function BmpRegExp(source, flags) {
    if (typeof source === 'string' && typeof flags === 'string' && flags.includes('u')) {
      if (!flags.includes('i') && source.includes(CUT_MARK)) return new Native(source, flags.replace('u', 'v'));
      // (Some are made afresh at each call, a word in them: written once each.)
      const key = flags + '/' + source;
      let cut = MADE.get(key);
      if (cut === undefined) {
        if (MADE.size > 4000) MADE.clear();
        MADE.set(key, (cut = cutRegExp(source, flags, CUT_ALL, CLASSES, FOLDS)));
      }
      if (cut !== null) {
        try {
          return new Native(cut.source, cut.flags);
        } catch {}
      }
    }
    return flags === undefined ? new Native(source) : new Native(source, flags);
  }
  BmpRegExp.prototype = Native.prototype;
  const LEAD = /[\\ud800-\\udbff]/;
  const PAIRS = /[\\ud800-\\udbff][\\udc00-\\udfff]/g;
  const CUT_CLASS = new Native('^[' + CUT.map((p) => '\\\\p{' + p + '}').join('') + ']$', 'u');
  function needsWritten(text) {
    if (!SAME_UNICODE) return true;
    if (!LEAD.test(text)) return false;
    for (const pair of text.match(PAIRS) ?? []) if (CUT_CLASS.test(pair)) return true;
    return false;
  }
  return {RegExp: BmpRegExp, needsWritten};
})();
`;
}
