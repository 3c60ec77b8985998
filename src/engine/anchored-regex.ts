/**
 * A global regex run as "find a literal, then try the regex there". V8 searches a literal with a memchr on its
 * first character, many gigabytes a second when that character is rare, while a regex scan tries every position
 * of the text: on a 100 MB log each detector's pass drops from about 40 ms to a few. The matches are the global
 * regex's, in the same order, as long as `startsOf` names every start a match can have for an occurrence of the
 * anchor, and the anchor cannot occur inside a match before the one `startsOf` counts from.
 */
export class AnchoredRegex {
  lastIndex = 0;
  /** The pattern without `g`: for `search` and `test` on a short piece of text (a line). */
  readonly shape: RegExp;
  private readonly sticky: RegExp;

  constructor(
    pattern: RegExp,
    private readonly anchor: string,
    /** Possible match starts for the anchor found at `at`, leftmost first. */
    private readonly startsOf: (text: string, at: number) => readonly number[],
  ) {
    this.shape = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
    this.sticky = new RegExp(this.shape.source, this.shape.flags + 'y');
  }

  /** Same contract as RegExp#exec on a global regex: continues at `lastIndex`, resets it to 0 at the end. */
  exec(text: string): RegExpExecArray | null {
    const from = this.lastIndex;
    for (let at = text.indexOf(this.anchor, from); at >= 0; at = text.indexOf(this.anchor, at + 1)) {
      for (const start of this.startsOf(text, at)) {
        if (start < from) continue;
        this.sticky.lastIndex = start;
        const m = this.sticky.exec(text);
        if (!m) continue;
        this.lastIndex = start + Math.max(1, m[0].length);
        return m;
      }
    }
    this.lastIndex = 0;
    return null;
  }
}

/**
 * For a regex that starts with the literal `prefix`: anchored on `anchor`, a part of the prefix whose first
 * character is rare in logs (a capital, `<`), so the search skips most of the text. Keep anchors to six
 * characters or fewer: from seven on V8 switches to a Boyer-Moore search whose skips depend on the last
 * character (`]`, `(`, `'` are everywhere in logs), ten times slower here.
 */
export function literalPrefix(pattern: RegExp, prefix: string, anchor: string): AnchoredRegex {
  const lead = prefix.indexOf(anchor);
  if (lead < 0) throw new Error(`anchor ${anchor} is not part of ${prefix}`);
  const starts = [0];
  return new AnchoredRegex(pattern, anchor, (_text, at) => {
    starts[0] = at - lead;
    return starts;
  });
}
