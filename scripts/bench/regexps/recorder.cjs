// Records each pattern's first use (where, in which article) and its calls by the width V8 stores the subject in
// (calls[1] one-byte, calls[2] two-byte: a pattern compiles once for each). The width is read from v8.serialize's
// tag. Every method of RegExp.prototype goes through `exec` once it is replaced; split is counted under its pattern
// (it runs a sticky copy). MARK=1 writes `@id width` to stdout before each call; SAMPLE1=1 keeps one-byte subjects.
const v8 = require('node:v8');
const fs = require('node:fs');
const exec0 = RegExp.prototype.exec;
const split0 = RegExp.prototype[Symbol.split];
const pats = new Map();
const longWidth = new Map();
let articleNo = 0;
let splitKey = null;
const MARK = process.env.MARK === '1';
function width(s) {
  if (typeof s !== 'string') s = String(s);
  if (s.length >= 256) {
    let w = longWidth.get(s);
    if (w === undefined) longWidth.set(s, (w = widthOf(s)));
    return w;
  }
  return widthOf(s);
}
function widthOf(s) {
  const b = v8.serialize(s);
  let i = 2;
  while (b[i] === 0) i++;
  return b[i] === 0x22 ? 1 : b[i] === 0x63 ? 2 : 0;
}
function site() {
  const lines = new Error().stack
    .split('\n')
    .slice(2)
    .filter((l) => !l.includes('recorder.cjs') && !l.includes('<anonymous>'));
  return lines
    .slice(0, 4)
    .map((l) => l.trim().replace(/^at /, ''))
    .join(' | ');
}
let nextId = 0;
function entry(re) {
  const key = `${re.flags}/${re.source}`;
  let e = pats.get(key);
  if (!e) {
    e = {
      id: nextId++,
      flags: re.flags,
      source: re.source,
      calls: [0, 0, 0],
      firstArticle: articleNo,
      site: site(),
    };
    pats.set(key, e);
  }
  return e;
}
let busy = false;
RegExp.prototype.exec = function (s) {
  if (busy) return exec0.call(this, s);
  busy = true;
  const w = width(s);
  const e = splitKey ?? entry(this);
  e.calls[w]++;
  if (w === 1 && process.env.SAMPLE1 && (e.s1 ??= []).length < 3) e.s1.push([String(s).slice(0, 60), site()]);
  if (MARK) fs.writeSync(1, `@${e.id} ${w}\n`);
  busy = false;
  return exec0.call(this, s);
};
RegExp.prototype[Symbol.split] = function (s, limit) {
  if (busy) return split0.call(this, s, limit);
  busy = true;
  const e = entry(this);
  busy = false;
  const prev = splitKey;
  splitKey = e;
  try {
    return split0.call(this, s, limit);
  } finally {
    splitKey = prev;
  }
};
exports.article = () => {
  articleNo++;
  if (MARK) fs.writeSync(1, `#A ${articleNo}\n`);
};
exports.save = (out) => fs.writeFileSync(out, JSON.stringify([...pats.values()], null, 0));
