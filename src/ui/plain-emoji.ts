// Terminals disagree on how wide an emoji sequence is. Those that draw a grapheme cluster as one glyph (kitty,
// WezTerm, iTerm2, Windows Terminal) give 👨‍👩‍👧 or 👍🏽 two columns, as string-width does; those that add up
// each code point's width (xterm, tmux 3.3, screen, the Linux console) give the family eight and the thumb four,
// give ❤️ (a text-style heart with an emoji selector) one, and 1️⃣ one. Where the two disagree, a row drawn by the
// first count overflows the second's line: the table's right rule wraps onto a line of its own and the screen
// scrolls its header away. So what brief draws keeps only the parts both count alike: each emoji of a ZWJ
// sequence on its own (👨👩👧), no skin-tone modifier after an emoji that takes one, no emoji selector and no
// keycap mark. A flag (two regional indicators) is two columns either way and stays.

// A ZWJ between two emoji (after the first one's selector or modifier), a skin tone after an emoji it modifies, an
// emoji presentation selector, a keycap's enclosing mark after its digit.
const SPLIT_ONLY =
  /(?<=[\p{Extended_Pictographic}\p{Emoji_Modifier}]\ufe0f?)\u200d(?=\p{Extended_Pictographic})|(?<=\p{Emoji_Modifier_Base}\ufe0f?)\p{Emoji_Modifier}|\ufe0f|(?<=[0-9#*]\ufe0f?)\u20e3/gu;
// Text holding none of the characters above needs no look (a skin tone is U+1F3FB-U+1F3FF).
const ANY = /\u200d|\ufe0f|\u20e3|\ud83c[\udffb-\udfff]/;

/** Emoji sequences as every terminal draws them at one width: ZWJ sequences split, no tones, selectors, keycaps. */
export function plainEmoji(text: string): string {
  return ANY.test(text) ? text.replace(SPLIT_ONLY, '') : text;
}
