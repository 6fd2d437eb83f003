// A feed's DOCTYPE may declare entities of its own ("<!ENTITY nbsp '&#160;'>"). Feed parsers leave references to
// them as written, so a title showed "&lol9;"; expanding them as XML does lets ten nested levels of ten references
// each (the "billion laughs") grow a 1 kB file to gigabytes. The middle way: a declared entity is expanded only
// when that cannot make the document longer (its text is no longer than the reference and refers to no other
// entity), and a reference to any other declared entity is dropped. Names nobody declared are left to the HTML
// decoding that follows ("&amp;", "&eacute;"), or stay as the writer's own text ("R&D;").

const DOCTYPE = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/i;
// General entities only: a parameter entity ("<!ENTITY % name …>") is used inside the DTD, never in the text.
const DECLARATION = /<!ENTITY\s+([A-Za-z_:][\w:.-]*)\s+(?:"([^"]*)"|'([^']*)')?/g;
// A CDATA section or a comment is text as written; a reference anywhere else.
const REFERENCE = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|&([A-Za-z_:][\w:.-]*);/g;
// A reference to an entity (not a character) in an entity's own text.
const NESTED = /[&%][A-Za-z_:]/;

/** What each declared general entity's references become: its text, or "" when that could grow the document. */
function declaredEntities(subset: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of subset.matchAll(DECLARATION)) {
    const name = m[1] ?? '';
    const value = m[2] ?? m[3];
    // The first declaration of a name is the binding one (XML 1.0 §4.2).
    if (found.has(name)) continue;
    const safe = value !== undefined && !NESTED.test(value) && value.length <= name.length + 2;
    found.set(name, safe ? value : '');
  }
  return found;
}

/**
 * `xml` with references to the entities its DOCTYPE declares replaced: by the entity's text when that is no longer
 * than the reference and names no other entity, else by nothing. The DOCTYPE itself is left for the parser.
 */
export function withoutDeclaredEntities(xml: string): string {
  const doctype = DOCTYPE.exec(xml.slice(0, 65536));
  if (!doctype) return xml;
  const declared = declaredEntities(doctype[1] ?? '');
  if (declared.size === 0) return xml;
  const start = doctype.index + doctype[0].length;
  const body = xml
    .slice(start)
    .replace(REFERENCE, (whole, name: string | undefined) =>
      name === undefined ? whole : (declared.get(name) ?? whole),
    );
  return xml.slice(0, start) + body;
}
