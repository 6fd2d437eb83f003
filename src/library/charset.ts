import {isUtf8} from 'node:buffer';
import {TextDecoder} from 'node:util';

// Bytes from the web carry their encoding in up to four places, in this order of authority (the HTML spec's
// sniffing, cut down): a byte order mark, the Content-Type header, a <meta> or XML declaration near the start,
// and failing all those, UTF-8 when the bytes are valid UTF-8 and Windows-1252 (what browsers assume) when not.

/** Text decoded from bytes and the encoding used. */
export interface Decoded {
  text: string;
  encoding: string;
}

/** The charset parameter of a Content-Type header, or null. */
export function headerCharset(contentType: string | undefined | null): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m?.[1] ?? null;
}

/** The charset a document names for itself near its start: `<meta charset>`, http-equiv, or `<?xml encoding>`. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Declarations must come early; the first 2 KB read as Latin-1 keeps every ASCII byte as it is.
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?([^"'\s/>;]+)/i.exec(head);
  return meta?.[1] ?? null;
}

// Node's TextDecoder reads windows-1252 as ISO-8859-1, leaving 0x80-0x9F as C1 controls (which the sanitiser
// would then strip: "Zürich – naïve" loses its dash). Browsers map them to these characters (WHATWG table).
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes Windows-1252 as browsers do. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

const utf8 = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

// Buffer's UTF-8 decoding is several times faster than TextDecoder's on Node 20 (3 ms for a 100 KB page).
function decode(decoder: TextDecoder, bytes: Uint8Array): string {
  if (decoder.encoding === 'utf-8') return utf8(bytes);
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null;
  }
}

function bom(bytes: Uint8Array): {encoding: string; skip: number} | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return {encoding: 'utf-8', skip: 3};
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {encoding: 'utf-16le', skip: 2};
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {encoding: 'utf-16be', skip: 2};
  return null;
}

/** Decodes a response body, honouring its byte order mark, header charset and in-document declaration. */
export function decodeBody(bytes: Uint8Array, contentType?: string | null): Decoded {
  const mark = bom(bytes);
  if (mark)
    return {text: new TextDecoder(mark.encoding).decode(bytes.subarray(mark.skip)), encoding: mark.encoding};
  const candidates = [headerCharset(contentType), declaredCharset(bytes)];
  for (const label of candidates) {
    const decoder = decoderFor(label);
    if (!decoder) continue;
    // A server that says UTF-8 over bytes that are not (a CMS serving old Latin-1 files) is wrong; the document's
    // own declaration, or Windows-1252, reads them as the author wrote them.
    if (decoder.encoding === 'utf-8' && !isUtf8(bytes)) continue;
    return {text: decode(decoder, bytes), encoding: decoder.encoding};
  }
  if (isUtf8(bytes)) return {text: utf8(bytes), encoding: 'utf-8'};
  return {text: decodeWindows1252(bytes), encoding: 'windows-1252'};
}
