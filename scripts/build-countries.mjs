// Writes src/extract/entities/countries.json: from world-countries, only what the gazetteer reads of each country
// (its code, common and official names, other spellings, capitals, English demonyms, UN membership, the English
// names of its languages). The package's
// table is 1.4 MB with every translation and border; requiring it cost each process that extracts ~70 ms.
// Run again after updating world-countries: node scripts/build-countries.mjs
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const {version} = JSON.parse(
  readFileSync(new URL('../node_modules/world-countries/package.json', import.meta.url), 'utf8'),
);

const table = countries.map((c) => ({
  cca2: c.cca2,
  name: {common: c.name.common, official: c.name.official},
  altSpellings: c.altSpellings,
  capital: c.capital,
  demonyms: c.demonyms?.eng ? {eng: {m: c.demonyms.eng.m, f: c.demonyms.eng.f}} : {},
  unMember: c.unMember,
  languages: Object.values(c.languages ?? {}),
}));
const out = new URL('../src/extract/entities/countries.json', import.meta.url);
writeFileSync(out, `${JSON.stringify({source: `world-countries@${version}`, countries: table})}\n`);
console.log(`${table.length} countries`);
