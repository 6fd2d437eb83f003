// Texts a worker sends to the main thread as one-byte strings where their characters allow. V8 keeps a string cut
// from a two-byte string two-byte, and an article with a single curly quote is read as one: of the 280 shipped
// articles' entity columns, 8,858 of 26,760 strings were two-byte and 566 held a character that needs it. A two-byte string is
// twice the bytes to serialise and to rebuild on the main thread, and slower for SQLite's bind to turn into UTF-8.

// Characters a one-byte string cannot hold.
const WIDE = /[\u0100-\uffff]/;

/** `text` as a one-byte string when every character fits in one (the same characters), else `text`. */
export function oneByte(text: string): string {
  return WIDE.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}
