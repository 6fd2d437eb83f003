import {describe, expect, it} from 'vitest';
import {decodeBody} from '../../src/library/charset.js';

// "Café Zürich – naïve" in Windows-1252: é E9, ü FC, – 96, ï EF.
const cp1252 = Buffer.from([
  0x43, 0x61, 0x66, 0xe9, 0x20, 0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68, 0x20, 0x96, 0x20, 0x6e, 0x61, 0xef, 0x76,
  0x65,
]);
const page = (meta: string, body: Buffer): Buffer =>
  Buffer.concat([
    Buffer.from(`<html><head>${meta}</head><body><p>`),
    body,
    Buffer.from('</p></body></html>'),
  ]);

describe('decoding what a server sent', () => {
  it.each<[string, Buffer, string | null, string]>([
    ['the header charset', page('', cp1252), 'text/html; charset=windows-1252', 'windows-1252'],
    [
      'ISO-8859-1 in the header (read as Windows-1252, as browsers do)',
      page('', cp1252),
      'text/html; charset=ISO-8859-1',
      'windows-1252',
    ],
    [
      '<meta charset> when the header has none',
      page('<meta charset="windows-1252">', cp1252),
      'text/html',
      'windows-1252',
    ],
    [
      'http-equiv',
      page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', cp1252),
      null,
      'windows-1252',
    ],
    ['a header that wrongly says UTF-8', page('', cp1252), 'text/html; charset=utf-8', 'windows-1252'],
    ['a meta that wrongly says UTF-8', page('<meta charset="utf-8">', cp1252), 'text/html', 'windows-1252'],
    ['no declaration and bytes that are not UTF-8', page('', cp1252), null, 'windows-1252'],
  ])('honours %s', (_, bytes, contentType, encoding) => {
    const decoded = decodeBody(bytes, contentType);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toContain('Café Zürich – naïve');
  });

  it('reads UTF-8 with or without a declaration, a BOM before all else, and an XML declaration', () => {
    const utf8 = Buffer.from('<p>Café Zürich – naïve</p>');
    expect(decodeBody(utf8, null).text).toContain('Café Zürich – naïve');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    expect(decodeBody(bom, 'text/html; charset=windows-1252').text).toBe('<p>Café Zürich – naïve</p>');
    const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1252"?><rss><t>'), cp1252]);
    expect(decodeBody(xml, 'application/rss+xml').text).toContain('Café Zürich – naïve');
  });
});
