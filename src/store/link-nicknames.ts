import {stepClock} from '../library/steps.js';
import {normaliseName} from './entity-key.js';
import type {KeyIndex, Link, Node} from './link-nodes.js';

// The nickname rule of link-rules.ts: a given name alone that its article writes with a quoted nickname before a
// surname (`Jeremy "Spike" Cohen`, an alias the store keeps for it: nicknames.ts) is the person the nickname and
// surname name.

// The form as written: the given name, the nickname in quotes, the surname.
const WRITTEN = /^(\S+) ["“'‘]([^"“”'‘’]+)["”'’] (.+)$/u;

/**
 * A person's record of one word, named in one article, whose alias is that word with a nickname in quotes and a
 * surname, joins the record of the nickname and surname ("Jeremy" joins "Spike Cohen"). A given name of two
 * articles or more stays apart: the other article's may be another person of that name.
 */
export function* nicknameLinks(nodes: readonly Node[], byKey: KeyIndex): Generator<void, Link[]> {
  const due = stepClock();
  const links: Link[] = [];
  for (let i = 0; i < nodes.length; i++) {
    if (due()) yield;
    const {rec} = nodes[i] as Node;
    if (rec.kind !== 'person' || rec.articleCount !== 1 || rec.name.includes(' ')) continue;
    for (const alias of rec.aliases) {
      const written = WRITTEN.exec(alias);
      if (!written || written[1] !== rec.name) continue;
      const into = byKey.get(`person:${normaliseName(`${written[2]} ${written[3]}`)}`);
      if (into === undefined || into === i) continue;
      links.push({from: i, into, rule: 'nickname', why: `written “${alias}”`});
      break;
    }
  }
  return links;
}
