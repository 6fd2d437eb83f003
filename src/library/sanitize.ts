/* eslint-disable no-control-regex -- matching terminal control characters is this file's purpose */
// Article text is untrusted: an ESC or C1 byte reaching the terminal can move the cursor, retitle the window
// or hide text. Everything the library hands out goes through cleanText first.

// OSC (ESC ] … BEL or ESC \), DCS/SOS/PM/APC strings (ESC P|X|^|_ … ESC \), CSI (ESC [ params final),
// two-byte ESC sequences, and the 8-bit C1 forms of the same.
const ESCAPE_SEQUENCES =
  /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[PX^_][^\u001b]*(?:\u001b\\)?|\u001b\[[0-?]*[ -/]*[@-~]?|\u001b[ -/]*[0-~]?|\u009b[0-?]*[ -/]*[@-~]?|\u009d[^\u0007\u009c]*[\u0007\u009c]?/g;
// Remaining C0 controls except tab and newline, DEL, C1 controls, and bidi overrides that reorder what is shown.
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Removes terminal escape sequences and control characters, keeping newlines and tabs. */
export function stripControls(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROL_CHARS, '');
}

/** Normalises line endings and Unicode form, drops a BOM, and strips controls: the text of a whole file. */
export function cleanText(raw: string): string {
  return stripControls(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')).normalize('NFC');
}

/** Collapses tabs, non-breaking and repeated spaces in one line or paragraph, and trims it. */
export function cleanLine(text: string): string {
  return stripControls(text)
    .replace(/[\t\u00a0\u2007\u202f ]+/g, ' ')
    .trim();
}
