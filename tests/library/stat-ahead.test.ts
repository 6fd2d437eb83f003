import {existsSync, lstatSync, mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {MessageChannel, Worker, receiveMessageOnPort} from 'node:worker_threads';
import {describe, expect, it} from 'vitest';
import {fsPath} from '../../src/library/file-names.js';
import {findArticleFiles, findArticleFilesAsync} from '../../src/library/find-files.js';
import {coreToSpare, startStatAhead, takeStatAhead, type StatAhead} from '../../src/library/stat-ahead.js';
import {Look, STOP, type LookBatch} from '../../src/library/stat-look.js';
import {tempDir} from '../helpers/temp-dir.js';

// `brief index` starts a thread that looks at the library's entries from the last (dist/stat-worker.cjs) while the
// main thread's walk goes from the first, taking the thread's answers where it has them. The walk must find the
// same files, in the same order, with the same reasons, however many answers it gets.
const SCRIPT = join(import.meta.dirname, '../../dist/stat-worker.cjs');

/** A library with what the walk has rules for: folders, hidden names, links, a loop, a broken link, odd bytes. */
function trickyLibrary(): string {
  const root = tempDir({
    'a.md': 'A',
    'README.md': 'not an article',
    '.hidden.md': 'hidden',
    'notes.pdf': 'not an article either',
    'world/kyiv-strike.md': 'K',
    'world/.drafts/draft.md': 'D',
    'world/deep/er/fire.txt': 'F',
    'z/last.html': '<p>L</p>',
  });
  symlinkSync(join(root, 'z/last.html'), join(root, '0-link-to-last.html'));
  symlinkSync(join(root, 'world'), join(root, 'world-again'));
  symlinkSync(root, join(root, 'world/loop'));
  symlinkSync(join(root, 'gone.md'), join(root, 'broken.md'));
  mkdirSync(join(root, 'mixed'));
  writeFileSync(Buffer.from(`${root}/mixed/caf\xe9.md`, 'latin1'), 'C');
  for (let i = 0; i < 300; i++) writeFileSync(join(root, 'z', `n${String(i).padStart(3, '0')}.md`), `${i}`);
  return root;
}

/** Every answer the thread would give for `root`, from the thread itself (it runs to the end). */
async function allAnswers(root: string): Promise<Map<string, Look>> {
  const {port1, port2} = new MessageChannel();
  const progress = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(SCRIPT, {workerData: {root, port: port2, progress}, transferList: [port2]});
  await new Promise((resolve) => worker.once('exit', resolve));
  const answers = new Map<string, Look>();
  for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
    const batch = m.message as LookBatch;
    batch.paths.forEach((path, i) => {
      const [folder, size, mtime] = batch.looks.slice(i * 3, i * 3 + 3);
      answers.set(path, new Look(folder === 1, size ?? -1, mtime ?? -1));
    });
  }
  port1.close();
  return answers;
}

/** A look-ahead that answers from `answers`, only for the paths `answered` lets through. */
function fakeAhead(answers: Map<string, Look>, answered: (path: string) => boolean): StatAhead {
  return {
    look: (path) => (answered(path) ? answers.get(path) : undefined),
    at: () => {},
    done: () => {},
  };
}

describe('the look-ahead thread of brief index', () => {
  it('is built', () => {
    expect(existsSync(SCRIPT)).toBe(true);
  });

  it('answers as lstat does, for every entry that is neither hidden nor a link', async () => {
    const root = trickyLibrary();
    const answers = await allAnswers(root);
    expect(answers.size).toBeGreaterThan(300);
    for (const [path, look] of answers) {
      const stats = lstatSync(fsPath(path));
      expect(stats.isSymbolicLink()).toBe(false);
      expect([look.isDirectory(), look.size, look.mtimeMs]).toEqual([
        stats.isDirectory(),
        stats.size,
        stats.mtimeMs,
      ]);
    }
    expect([...answers.keys()].some((p) => p.includes('/.'))).toBe(false);
    expect(answers.has(join(root, '0-link-to-last.html'))).toBe(false);
    expect(answers.has(join(root, 'broken.md'))).toBe(false);
    // Names that are not UTF-8 come as the walk spells them.
    expect(answers.has(join(root, 'mixed/caf\uefe9.md'))).toBe(true);
  });

  it('leaves the walk’s files, order and reasons as they are, whatever it answers', async () => {
    const root = trickyLibrary();
    const expected = findArticleFiles(root);
    expect(expected.files).toContain(join(root, '0-link-to-last.html'));
    expect(expected.skipped.map((s) => s.reason)).toEqual(
      expect.arrayContaining(['symbolic link loop (folder already visited)']),
    );
    const answers = await allAnswers(root);
    const cases: [string, (path: string) => boolean][] = [
      ['everything', () => true],
      ['nothing', () => false],
      ['every other entry', (path) => path.length % 2 === 0],
      ['the second half only', (path) => path > join(root, 'm')],
    ];
    for (const [, answered] of cases) {
      const found = await findArticleFilesAsync(root, 8, fakeAhead(answers, answered));
      expect(found).toEqual(expected);
    }
  });

  it('is taken once, for its own root only, and the walk with it finds what the walk alone finds', async () => {
    const root = trickyLibrary();
    startStatAhead(root, SCRIPT);
    expect(takeStatAhead(join(root, 'world'))).toBeNull();
    const ahead = takeStatAhead(root);
    expect(ahead).not.toBeNull();
    expect(takeStatAhead(root)).toBeNull();
    // Give the thread time to answer some entries; the result may not depend on how many it did.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await findArticleFilesAsync(root, 8, ahead)).toEqual(findArticleFiles(root));
  });

  it('is started only when a core is to spare beside the main thread', () => {
    expect(coreToSpare(2, 0.4)).toBe(true);
    expect(coreToSpare(2, 1.2)).toBe(false);
    expect(coreToSpare(2, 3.5)).toBe(false);
    expect(coreToSpare(4, 2.5)).toBe(true);
    expect(coreToSpare(1, 0)).toBe(false);
  });

  it('stops when told, at any depth', async () => {
    const root = trickyLibrary();
    const {port1, port2} = new MessageChannel();
    const progress = new Int32Array(new SharedArrayBuffer(8));
    Atomics.store(progress, 0, STOP);
    const worker = new Worker(SCRIPT, {workerData: {root, port: port2, progress}, transferList: [port2]});
    await new Promise((resolve) => worker.once('exit', resolve));
    expect(receiveMessageOnPort(port1)).toBeUndefined();
    port1.close();
  });
});
