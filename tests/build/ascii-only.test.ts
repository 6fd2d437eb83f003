import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import {asciiOnly} from '../../scripts/ascii-only.mjs';

const escape = asciiOnly as (text: string) => string;
const DATA = new URL('../../dist/data/', import.meta.url);
const SOURCES = new URL('../../src/extract/entities/', import.meta.url);

describe('the data files written ASCII-only', () => {
  it('parse back to the same value, whatever the characters', () => {
    const values: unknown[] = [
      {places: [['country:AX', 'Åland Islands', ['Ahvenanmaa', 'Wyspy Alandzkie'], 'AX']]},
      ['Kyiv', 'Київ', 'São Paulo', '東京', 'emoji 😀 and a lone \ud800 unit', 'a "quoted" \\ back\nslash'],
      ['controls \u0000 \u001f and DEL \u007f, NBSP \u00a0, BOM \ufeff, last unit \uffff'],
      {'é-key': 'ñ', plain: 'ascii'},
    ];
    // Every UTF-16 unit once, in a fixed order, cut into strings of 64: the same run every time, none left out.
    const units = Array.from({length: 0x10000}, (_, unit) => String.fromCharCode(unit)).join('');
    for (let at = 0; at < units.length; at += 64) values.push(units.slice(at, at + 64));
    for (const value of values) {
      const text = escape(JSON.stringify(value));
      expect(!/[^\x20-\x7e\n]/.test(text)).toBe(true);
      expect(JSON.parse(text)).toEqual(value);
    }
  });

  it.skipIf(!existsSync(DATA))('are what the build wrote to dist/data, each as its source parses', () => {
    const names = readdirSync(DATA).filter((n) => n.endsWith('.json'));
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const name of names) {
      const text = readFileSync(new URL(name, DATA), 'utf8');
      expect(!/[^\x20-\x7e\n]/.test(text), name).toBe(true);
      const source = new URL(name, SOURCES);
      if (existsSync(source))
        expect(JSON.parse(text), name).toEqual(JSON.parse(readFileSync(source, 'utf8')));
    }
  });
});
