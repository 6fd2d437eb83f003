// The long texts of a worker's reply (an analysis's JSON, each entity's sentences and quotes as JSON) sent as their
// UTF-8 bytes, on one buffer the reply hands over instead of copying. Sent as strings, the main thread copied each
// out of the message, kept it through the scavenges until its batch was written, and turned it into UTF-8 for
// SQLite when binding it (V8's Utf8Length and WriteUtf8: ~80 M instructions of a cold index of the 280 shipped
// articles, a two-byte string wherever a text holds a curly quote). The store binds the bytes as a blob under
// `CAST(? AS TEXT)`, which SQLite keeps as text of those same bytes: the rows are the ones a string would make
// (TextEncoder writes a lone surrogate as U+FFFD, as the binding of a string does, and JSON escapes them anyway).

/** A text as the store takes it: a string, or its UTF-8 bytes (a worker's reply). */
export type StoredText = string | Uint8Array;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
// Where texts are written before the bytes a reply hands over are copied out of it; grows as needed.
let scratch = new Uint8Array(1 << 16);

/**
 * `texts` as UTF-8, one view each on a single new buffer (the reply's transfer list takes `views[0].buffer`): a
 * string of n UTF-16 units makes at most 3n bytes.
 */
export function utf8Views(texts: readonly string[]): Uint8Array[] {
  const ends: number[] = [];
  let at = 0;
  for (const text of texts) {
    if (scratch.length - at < 3 * text.length) {
      const grown = new Uint8Array(Math.max(2 * scratch.length, at + 3 * text.length));
      grown.set(scratch.subarray(0, at));
      scratch = grown;
    }
    at += encoder.encodeInto(text, scratch.subarray(at)).written;
    ends.push(at);
  }
  const buffer = scratch.slice(0, at).buffer;
  let start = 0;
  return ends.map((end) => {
    const view = new Uint8Array(buffer, start, end - start);
    start = end;
    return view;
  });
}

/** The text itself, from a string or its UTF-8 bytes. */
export function textOf(text: StoredText): string {
  return typeof text === 'string' ? text : decoder.decode(text);
}
