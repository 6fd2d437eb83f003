// Writes src/extract/entities/lexicon.json: the parts of compromise's model the extractor reads (its lexicon of
// ~25k words and phrases with their tags, its organization and place cue words, its suffix guesses and its
// Person|Noun switches). Extraction only ever looked these up; loading compromise to get them cost each index
// worker ~0.3-0.6 s of start-up (compiling the library and expanding its compressed lexicon), where reading this
// file costs a few milliseconds. The words are grouped by their tags so the file stays small.
// Run again after updating compromise: node scripts/build-lexicon.mjs
import {readFileSync, writeFileSync} from 'node:fs';

const nlp = (await import('compromise')).default;
const manifest = new URL('../node_modules/compromise/package.json', import.meta.url);
const {version} = JSON.parse(readFileSync(manifest, 'utf8'));
const {one, two} = nlp.world().model;

/** Words by their tags joined with "|" (tags never hold one; some words do, e.g. the emoticon ":|"). */
const tags = {};
for (const [word, value] of Object.entries(one.lexicon)) {
  const key = Array.isArray(value) ? value.join('|') : value;
  (tags[key] ??= []).push(word);
}

const data = {
  source: `compromise@${version}`,
  tags,
  orgWords: Object.keys(two.orgWords),
  placeWords: Object.keys(two.placeWords),
  suffixPatterns: two.suffixPatterns.map((p) => p ?? null),
  switches: two.switches,
};
const out = new URL('../src/extract/entities/lexicon.json', import.meta.url);
writeFileSync(out, JSON.stringify(data) + '\n');
console.log(
  `wrote ${out.pathname}: ${Object.keys(one.lexicon).length} words in ${Object.keys(tags).length} tag sets`,
);
