/**
 * How a feed's recorded error names an item that was not read ("an item could not be read: HTTP 503 …"): written by
 * refresh.ts, and left out by `brief feeds` where the items waiting to be tried again say it (feeds-command.ts).
 */
export const ITEM_NOT_READ = 'an item could not be read';
