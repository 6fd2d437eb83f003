// The generated libraries of the scale sections: `n` article files made from articles/, at most `distinctMax` of
// them distinct texts (editions of the shipped articles, see variant.mjs), the rest byte copies in other folders,
// 500 files a folder. A folder kept from an earlier run (same n) is used as it is.
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {variant} from './variant.mjs';

/** Makes (or finds) the library of `n` files under `work`; `mb` is NaN when it was kept from a run before. */
export function scaleLibrary(root, work, n, distinctMax) {
  const dir = join(work, `lib-${n}`);
  const distinct = Math.min(n, distinctMax);
  if (existsSync(dir)) return {dir, distinct, mb: NaN, reused: true};
  const texts = readdirSync(join(root, 'articles'))
    .filter((f) => f.endsWith('.md') && !/^[A-Z]/.test(f))
    .sort()
    .map((f) => readFileSync(join(root, 'articles', f), 'utf8'));
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const sub = join(dir, String(Math.floor(i / 500)).padStart(3, '0'));
    if (i % 500 === 0) mkdirSync(sub, {recursive: true});
    const j = i % distinct;
    const text = variant(texts[j % texts.length], Math.floor(j / texts.length));
    bytes += Buffer.byteLength(text);
    writeFileSync(join(sub, `a${i}.md`), text);
  }
  return {dir, distinct, mb: bytes / 1e6, reused: false};
}
