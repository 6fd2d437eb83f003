import {titleFromText} from '../library/draft.js';
import {cleanLine} from '../library/sanitize.js';

/**
 * A feed as brief's lines name it (`brief add`, `brief refresh`, the reader's R): its title, cut to a headline's
 * length (a feed's title may run on), or its address when it has no title, or one of only spaces and controls.
 */
export function feedName(feed: {url: string; title: string | null}): string {
  return (feed.title ? titleFromText(cleanLine(feed.title)) : '') || cleanLine(feed.url);
}
