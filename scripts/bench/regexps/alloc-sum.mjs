// MB allocated by JavaScript function in a sampling heap profile (alloc.cjs): each builtin's allocation counted for
// the function that called it, the five largest builtins named beside.  usage: node alloc-sum.mjs PROF.json [N]
import {readFileSync} from 'node:fs';
const profile = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const N = Number(process.argv[3] || 40);
const byFunction = new Map();
const byBuiltin = new Map();
let total = 0;
(function walk(node, caller) {
  const {functionName, url, lineNumber} = node.callFrame;
  const at = url ? `${functionName || '(anon)'}:${lineNumber + 1}` : caller;
  total += node.selfSize;
  byFunction.set(at, (byFunction.get(at) ?? 0) + node.selfSize);
  if (!url) {
    const key = `${at} ${functionName}`;
    byBuiltin.set(key, (byBuiltin.get(key) ?? 0) + node.selfSize);
  }
  for (const child of node.children) walk(child, at);
})(profile.head, '(root)');
const mb = (n) => (n / 1e6).toFixed(2);
console.log('total MB', mb(total));
for (const [at, size] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, N)) {
  const builtins = [...byBuiltin]
    .filter(([k]) => k.startsWith(`${at} `))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([k, v]) => `${k.slice(at.length + 1)} ${mb(v)}`);
  console.log(mb(size).padStart(7), at.padEnd(30), builtins.join(', '));
}
