// The extractor and the library reader of a checkout as one classic script, its patterns cut to the Basic
// Multilingual Plane as the workers' are (scripts/bmp-patterns.mjs): OUTDIR/wl-cut.cjs, and OUTDIR/wl-plain.cjs as
// written. For extract.cjs, which runs it as an extraction worker does (s49a, scripts/bench/README.md).
// usage: node build.mjs CHECKOUT OUTDIR   (CHECKOUT built: its dist/data is linked as OUTDIR/data)
import {pathToFileURL} from 'node:url';
import {mkdirSync, symlinkSync, existsSync, readFileSync} from 'node:fs';
const [root, out] = process.argv.slice(2);
process.chdir(root);
const {buildClassicScript} = await import(pathToFileURL(`${root}/scripts/classic-reader.mjs`));
const {cutExtractorPatterns} = await import(pathToFileURL(`${root}/scripts/bmp-patterns.mjs`));
const {extractorVersion} = await import(pathToFileURL(`${root}/scripts/extractor-version.mjs`));
mkdirSync(out, {recursive: true});
if (!existsSync(`${out}/data`)) symlinkSync(`${root}/dist/data`, `${out}/data`);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const define = {
  'process.env.BRIEF_VERSION': JSON.stringify(pkg.version),
  'process.env.BRIEF_EXTRACTOR_VERSION': JSON.stringify(String(extractorVersion('.'))),
  'process.env.NODE_ENV': '"production"',
  fetch: 'undefined',
};
for (const [name, cut] of [
  ['wl-cut.cjs', true],
  ['wl-plain.cjs', false],
]) {
  const ok = await buildClassicScript(
    {
      contents:
        "export {extract, toExtractInput} from './src/extract/index.ts';\nexport {readArticleFile} from './src/library/read-article.ts';\nexport {loadHtmlReaderFor} from './src/library/html-file.ts';\n",
      sourcefile: 'wl-entry.js',
      outfile: `${out}/${name}`,
      transform: cut ? (s) => cutExtractorPatterns(s).text : (s) => s,
    },
    {
      external: ['better-sqlite3', 'react-devtools-core', '@lydell/node-pty'],
      alias: {},
      define,
      supported: {'regexp-unicode-property-escapes': true},
    },
    (why) => console.error('skip', why),
  );
  console.log(name, ok);
}
