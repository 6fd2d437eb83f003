// A long JSON array parsed a slice at a time: JSON.parse of the gazetteer's 0.8 MB of place names was one step of
// 75-100 ms on a busy machine, which a key pressed meanwhile waited for. The array's items are found by scanning
// for where each ends (brackets outside strings) and parsed a few hundred at a time.

/**
 * The array under `"key":[` in the JSON object `text`, parsed `per` items between pauses. Text of another shape
 * (no such key) is parsed whole: slower, never wrong.
 */
export function* jsonArraySteps<T>(text: string, key: string, per = 400): Generator<void, T[]> {
  const head = `${JSON.stringify(key)}:[`;
  const at = text.indexOf(head);
  if (at < 0) return (JSON.parse(text) as Record<string, T[]>)[key] ?? [];
  const items: T[] = [];
  const take = (from: number, to: number): void => {
    const part = text.slice(from, to).replace(/^\s*,/, '');
    if (part.trim() !== '') for (const item of JSON.parse(`[${part}]`) as T[]) items.push(item);
  };
  let from = at + head.length;
  let depth = 0;
  let count = 0;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) depth += 1;
    else if (c === 0x5d || c === 0x7d) {
      if (depth === 0) {
        take(from, i);
        return items;
      }
      depth -= 1;
      if (depth === 0 && ++count % per === 0) {
        take(from, i + 1);
        from = i + 1;
        yield;
      }
    }
  }
  // No end to the array: not the shape looked for.
  return (JSON.parse(text) as Record<string, T[]>)[key] ?? [];
}
