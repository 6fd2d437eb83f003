// Currencies: the signs, codes and names that make a number an amount of money.

/** A lookup table without a prototype, so that words like "constructor" or "toString" are not found in it. */
export function table<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** Currency signs and the currency each names. */
export const CURRENCY_SIGNS: Record<string, string> = table({
  $: 'dollars', '£': 'pounds', '€': 'euros', '¥': 'yen', '₹': 'rupees', '₽': 'rubles', '₿': 'bitcoin', '₩': 'won',
});
/** Currency codes before or glued to an amount ("USD 26.95", "SEK9 million"). */
export const CURRENCY_CODES: Record<string, string> = table({
  usd: 'dollars', us: 'dollars', a: 'dollars', c: 'dollars', nz: 'dollars', hk: 'dollars', aud: 'dollars',
  cad: 'dollars', nzd: 'dollars', hkd: 'dollars', eur: 'euros', gbp: 'pounds', jpy: 'yen', inr: 'rupees',
  rs: 'rupees', chf: 'francs', cny: 'yuan', rmb: 'yuan', rub: 'rubles', sek: 'kronor', nok: 'kroner', dkk: 'kroner',
  pln: 'złotys', czk: 'korunas', huf: 'forints', zar: 'rand', brl: 'reais', mxn: 'pesos', krw: 'won', sgd: 'dollars',
  cdn: 'dollars', uah: 'hryvnias', gel: 'lari', try: 'lira',
});
const CURRENCY_WORDS = new Set([
  'dollars', 'dollar', 'euros', 'euro', 'pounds', 'pound', 'sterling', 'yen', 'yuan', 'renminbi', 'rupees',
  'rupee', 'francs', 'franc', 'rubles', 'roubles', 'pesos', 'peso', 'reais', 'rand', 'krona', 'kronor', 'kroner',
  'lira', 'liras', 'naira', 'shillings', 'dinars', 'dirhams', 'riyals', 'won', 'bitcoin', 'bitcoins', 'cents',
  'złoty', 'złotys', 'zloty', 'zlotys', 'hryvnia', 'hryvnias', 'forint', 'forints', 'ringgit', 'baht', 'rial', 'rials', 'lari', 'dram', 'drams', 'tenge', 'som', 'manat', 'leu', 'lei', 'lev', 'kuna', 'koruna', 'zł',
]);

/** Whether a word names a currency ("dollars", "euros"). */
export function isCurrencyWord(word: string): boolean {
  return CURRENCY_WORDS.has(word.toLowerCase());
}
