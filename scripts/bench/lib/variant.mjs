// Editions of a shipped article for generated bench libraries: edition k is dated k days later, titled
// "(edition k)" and lacks one paragraph, so each is a distinct text the store analyses and links on its own.

/** The k-th edition of an article file's text (0: the text itself). */
export function variant(text, k) {
  if (k === 0) return text;
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) return `${text}\n\nEdition ${k}.\n`;
  const shift = (d) => new Date(Date.parse(d) + k * 86_400_000).toISOString().slice(0, 10);
  const front = m[1]
    .replace(/^date: *(\S+)/m, (_, d) => `date: ${Number.isNaN(Date.parse(d)) ? d : shift(d)}`)
    .replace(
      /^title: *(.*)$/m,
      (_, t) => `title: ${JSON.stringify(`${t.replace(/^"|"$/g, '')} (edition ${k})`)}`,
    );
  const paras = m[2].split(/\n\s*\n/);
  if (paras.length > 3) paras.splice(k % paras.length, 1);
  return `---\n${front}\n---\n${paras.join('\n\n')}`;
}
