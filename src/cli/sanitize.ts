// Text from scanned files reaches a terminal: escape sequences in it could move the cursor, rewrite the
// title, hide lines or fake output. Whole sequences are removed first so their parameters do not leak as
// visible garbage, then any remaining C0/C1 control character (tab excepted).

// CSI (ESC [ or 8-bit 0x9B), OSC/DCS/SOS/PM/APC strings (terminated by BEL or ST, or unterminated to the
// end of the text), then any other two-character ESC sequence.
const SEQUENCES =
  /(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[\s\S]*?(?:\x07|\x1b\\|\x9c|$)|\x1b[\x20-\x2f]*[\x30-\x7e]?/g;
// C0 except tab, DEL, C1, and the Unicode bidi overrides that can visually reorder a line.
const CONTROLS_ONE_LINE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_MULTI_LINE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes untrusted text safe to print on one terminal line: control sequences removed, line breaks turned
 * into spaces so a value cannot start a fake output line.
 */
export function sanitizeLine(text: string): string {
  return text.replace(SEQUENCES, '').replace(/\r\n|[\r\n]/g, ' ').replace(CONTROLS_ONE_LINE, '');
}

/** Like sanitizeLine but keeps line breaks (normalised to \n), for multi-line blocks such as a payload. */
export function sanitizeBlock(text: string): string {
  return text.replace(SEQUENCES, '').replace(/\r\n?/g, '\n').replace(CONTROLS_MULTI_LINE, '');
}

/**
 * JSON.stringify escapes C0 but leaves DEL, C1 and bidi overrides raw; escaping them too keeps `cat out.json`
 * safe. The result is still the same JSON value.
 */
export function stringifyJsonSafe(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}
