// Markdown primitives for untrusted text. Everything that comes from a scanned file goes through
// `escapeInline`, which makes it inert: no links, images, HTML, autolinks, entities or emphasis survive.

// C0/C1 controls, DEL, zero-width and bidi controls: invisible characters that can disguise text.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const WHITESPACE_RUN = /[\s\u0085]+/g;
// Every ASCII punctuation character may be backslash-escaped in CommonMark; escaping all of them is
// simpler to reason about than escaping "only the dangerous ones" (`:` and `/` break autolinks, `&` entities).
const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** Removes invisible characters and folds every whitespace run (newlines included) into one space. */
export function toOneLine(text: string): string {
  return text.replace(INVISIBLE, '').replace(WHITESPACE_RUN, ' ').trim();
}

/** Cuts `text` to at most `max` UTF-16 units, ending with an ellipsis when cut; never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end) + '…';
}

/** Untrusted text as inert inline Markdown, on one line, at most `max` characters of source text. */
export function escapeInline(text: string, max = Number.POSITIVE_INFINITY): string {
  return truncate(toOneLine(text), max).replace(ASCII_PUNCTUATION, (c) => '\\' + c);
}

// Characters that open Markdown constructs by themselves (emphasis, links, images, HTML, entities, code,
// tables, strikethrough). Enough for text we wrote ourselves, where full escaping would only hurt readability.
const PROSE_SYNTAX = /[\\`*_[\]<>!&|~]/g;

/**
 * Catalog prose (our own words, not from a scanned file) as inline Markdown on one line. Lighter than
 * `escapeInline`: keeps punctuation like `(`, `.` and `'` readable in the plain-text decode report.
 */
export function escapeProse(text: string): string {
  return (
    toOneLine(text)
      .replace(PROSE_SYNTAX, (c) => '\\' + c)
      // Prose may start a list item; a leading marker would open a nested block there.
      .replace(/^([-+#>=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/** Only plain https URLs without characters that could end a Markdown link destination. */
export function safeHttpsUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  return /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[^\s<>()[\]"'`\\]*)?$/.test(url) ? url : null;
}

/** A Markdown link to a vetted https URL, or the escaped label alone when the URL is not safe. */
export function link(label: string, url: string | null | undefined): string {
  const safe = safeHttpsUrl(url);
  return safe ? `[${escapeInline(label)}](${safe})` : escapeInline(label);
}

/** A fenced code block whose fence is longer than any backtick run inside, so the content cannot close it. */
export function fencedBlock(content: string, infoString = ''): string {
  let longest = 0;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const info = /^[A-Za-z0-9_+-]*$/.test(infoString) ? infoString : '';
  const body = content.replace(/\r\n?/g, '\n');
  return `${fence}${info}\n${body}${body.endsWith('\n') || body === '' ? '' : '\n'}${fence}`;
}
