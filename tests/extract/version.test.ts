import {cpSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {extractorVersion, STORE_KEYING} from '../../scripts/extractor-version.mjs';
import {EXTRACTOR_VERSION} from '../../src/extract/index.js';
import {tempDir} from '../helpers/temp-dir.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

// A copy of the extractor's sources (and of the store's files that key what it finds) to edit.
function copyOfExtractor(): string {
  const dir = tempDir();
  cpSync(join(root, 'src/extract'), join(dir, 'src/extract'), {recursive: true});
  for (const file of STORE_KEYING) cpSync(join(root, file), join(dir, file));
  return dir;
}

describe('EXTRACTOR_VERSION', () => {
  it('is the fingerprint of this tree, a safe positive integer for the version column', () => {
    expect(EXTRACTOR_VERSION).toBe(extractorVersion(root));
    expect(Number.isSafeInteger(EXTRACTOR_VERSION) && EXTRACTOR_VERSION > 0).toBe(true);
  });

  it('does not change while the extractor does not', () => {
    const copy = copyOfExtractor();
    expect(extractorVersion(copy)).toBe(extractorVersion(copy));
    expect(extractorVersion(copyOfExtractor())).toBe(extractorVersion(copy));
  });

  it('changes when a word list changes, and comes back when the change is undone', () => {
    const copy = copyOfExtractor();
    const before = extractorVersion(copy);
    const vocabulary = join(copy, 'src/extract/abbreviations.ts');
    const text = readFileSync(vocabulary, 'utf8');
    writeFileSync(vocabulary, text.replace("'blvd',", "'blvd',\n  'hwy',"));
    expect(extractorVersion(copy)).not.toBe(before);
    writeFileSync(vocabulary, text);
    expect(extractorVersion(copy)).toBe(before);
  });

  it('changes when a data file is added under src/extract', () => {
    const copy = copyOfExtractor();
    const before = extractorVersion(copy);
    writeFileSync(join(copy, 'src/extract/entities/extra-words.json'), '["harbour"]');
    expect(extractorVersion(copy)).not.toBe(before);
  });

  it('changes when the way the store keys a name changes', () => {
    const copy = copyOfExtractor();
    const before = extractorVersion(copy);
    const bodies = join(copy, 'src/store/country-bodies.ts');
    const text = readFileSync(bodies, 'utf8');
    writeFileSync(bodies, text.replace("'coast', ", ''));
    expect(extractorVersion(copy)).not.toBe(before);
  });

  it('does not change when a note beside the rules (ERRORS.md) is edited: that re-extracts no library', () => {
    const copy = copyOfExtractor();
    const before = extractorVersion(copy);
    const notes = join(copy, 'src/extract/entities/ERRORS.md');
    writeFileSync(notes, `${readFileSync(notes, 'utf8')}\nA new paragraph of notes.\n`);
    expect(extractorVersion(copy)).toBe(before);
  });

  it('is the one the build defines in dist/', () => {
    // The extractor sits in a lazily loaded chunk of the bundle.
    const dist = join(root, 'dist');
    const files = readdirSync(dist, {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('.js'));
    const defining = files.filter((f) =>
      readFileSync(join(dist, f), 'utf8').includes(`"${extractorVersion(root)}"`),
    );
    expect(defining.length).toBeGreaterThan(0);
  });
});
