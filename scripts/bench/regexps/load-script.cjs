// Loads a classic script built by build.mjs (wl-cut.cjs / wl-plain.cjs) as an extraction worker does: wrapped with
// the worker's parameters (`__brief_meta_url` among them: without it the entity and quote stages fail and the
// extraction only lists them in `failures`), optionally from V8's code cache. Shared by extract.cjs and alloc.cjs.
const {pathToFileURL} = require('node:url');
const {readdirSync, readFileSync} = require('node:fs');
const {createRequire} = require('node:module');
const {dirname} = require('node:path');
const vm = require('node:vm');

/** `{wl, script}`: the script's exports and its vm.Script (for createCachedData). */
function loadScript(file, cachedData) {
  const source = readFileSync(file).toString('latin1');
  const wrapped = `(function (exports, require, module, __filename, __dirname, __brief_meta_url) {${source}\n})`;
  const script = new vm.Script(wrapped, {filename: file, ...(cachedData ? {cachedData} : {})});
  if (cachedData && script.cachedDataRejected) console.error('CACHE REJECTED');
  const module_ = {exports: {}};
  script.runInThisContext()(
    module_.exports,
    createRequire(file),
    module_,
    file,
    dirname(file),
    pathToFileURL(file).href,
  );
  return {wl: module_.exports, script};
}

/** The first `n` article files of ARTICLES (the shipped library by default), sorted. */
function firstArticles(n) {
  const dir = process.env.ARTICLES || `${__dirname}/../../../articles`;
  return readdirSync(dir)
    .sort()
    .slice(0, n)
    .map((f) => `${dir}/${f}`);
}

module.exports = {loadScript, firstArticles};
