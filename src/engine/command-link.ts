// Markdown links that run one of tcerr's own commands (hover buttons). The arguments are JSON, percent-encoded
// into the URI, so file text can never end the link or add a second one; the label is our own wording.
import { escapeInline } from './render-markdown';

/** Command URI: `command:<id>?<encoded JSON array of arguments>`. */
export function commandUri(commandId: string, args: readonly unknown[]): string {
  // encodeURIComponent leaves ( ) ' ! * alone; a `)` would end the Markdown link destination.
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${commandId}?${encoded}`;
}

/** `[label](command:id?args "tooltip")`. */
export function commandLink(label: string, commandId: string, args: readonly unknown[], tooltip?: string): string {
  // escapeInline backslash-escapes every quote, so the tooltip cannot end early.
  const title = tooltip ? ` "${escapeInline(tooltip)}"` : '';
  return `[${escapeInline(label)}](${commandUri(commandId, args)}${title})`;
}
