import { lineEndAt, lineStartAt } from './text';

/**
 * The bounds of the line a detector is on, and what it found out about that line, kept while its matches stay on
 * the line. A detector walks its matches left to right; without this every match on a 20,000-character line full of
 * look-alikes walked the whole line again (and ran the other-cloud test on it): quadratic, minutes for 10 MB.
 */
export class LineMemo {
  private start = 0;
  private end = -1;
  private readonly verdicts = new Map<RegExp, boolean>();

  constructor(private readonly text: string) {}

  private at(offset: number): void {
    if (offset >= this.start && offset <= this.end) return;
    this.start = lineStartAt(this.text, offset);
    this.end = lineEndAt(this.text, offset);
    this.verdicts.clear();
  }

  lineStart(offset: number): number {
    this.at(offset);
    return this.start;
  }

  lineEnd(offset: number): number {
    this.at(offset);
    return this.end;
  }

  /** Whether `re` (not global) matches somewhere on the line holding `offset`; tested once per line. */
  lineMatches(re: RegExp, offset: number): boolean {
    this.at(offset);
    let verdict = this.verdicts.get(re);
    if (verdict === undefined) {
      verdict = re.test(this.text.slice(this.start, this.end));
      this.verdicts.set(re, verdict);
    }
    return verdict;
  }
}
