// Given names and the short forms people go by, folded: "Bill Weld" in one article is the "William Weld" of
// another. A short form is read as its full name only where one full name claims it ("Alex" is Alexander's and
// Alexandra's, so it is left out). The linking rule (spelling, link-joins.ts) still wants the rest of the two
// names equal, word for word.
// prettier-ignore
const SHORT_FORMS: readonly (readonly [string, readonly string[]])[] = [
  ['william', ['bill', 'billy', 'will', 'willie']],
  ['robert', ['bob', 'bobby', 'rob', 'robbie']],
  ['richard', ['dick', 'rick', 'ricky', 'rich', 'richie']],
  ['james', ['jim', 'jimmy', 'jamie']],
  ['john', ['jack', 'johnny']],
  ['joseph', ['joe', 'joey']],
  ['michael', ['mike', 'mikey', 'mick', 'mickey']],
  ['thomas', ['tom', 'tommy']],
  ['charles', ['charlie', 'chuck']],
  ['edward', ['ed', 'eddie', 'ned']],
  ['nicholas', ['nick', 'nicky']],
  ['anthony', ['tony']],
  ['daniel', ['dan', 'danny']],
  ['david', ['dave', 'davy']],
  ['stephen', ['steve']],
  ['steven', ['steve']],
  ['matthew', ['matt']],
  ['benjamin', ['ben']],
  ['timothy', ['tim']],
  ['peter', ['pete']],
  ['ronald', ['ron', 'ronnie']],
  ['donald', ['don', 'donnie']],
  ['gerald', ['gerry']],
  ['lawrence', ['larry']],
  ['kenneth', ['ken', 'kenny']],
  ['douglas', ['doug']],
  ['gregory', ['greg']],
  ['patrick', ['paddy']],
  ['frederick', ['fred', 'freddie']],
  ['elizabeth', ['liz', 'betty', 'lizzie']],
  ['katherine', ['kate', 'kathy', 'katie']],
  ['margaret', ['maggie', 'peggy', 'meg']],
  ['jennifer', ['jen', 'jenny', 'jenn']],
  ['rebecca', ['becky']],
  ['deborah', ['debbie', 'deb']],
  ['susan', ['sue', 'susie']],
  ['stanislav', ['stan']],
  ['vladimir', ['vlad']],
];

const FULL = new Map<string, string>();
const claimed = new Map<string, number>();
for (const [, shorts] of SHORT_FORMS) for (const s of shorts) claimed.set(s, (claimed.get(s) ?? 0) + 1);
for (const [full, shorts] of SHORT_FORMS) for (const s of shorts) if (claimed.get(s) === 1) FULL.set(s, full);

/** The full given name a folded given name is short for ("bill" → "william"), else the word itself. */
export function fullGivenName(word: string): string {
  return FULL.get(word) ?? word;
}
