import {DOMParser} from 'linkedom';

/**
 * A well-formed rewrite of an XML document that is not: read by a forgiving parser (elements left open are closed
 * where their parent closes or the file ends, a bare "&" is taken as text) and written out again, so a feed parser
 * that gives up on the original can read the items that survived.
 */
export function repairXml(text: string): string {
  return String(new DOMParser().parseFromString(text, 'text/xml'));
}
