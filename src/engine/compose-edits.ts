import type { Edit } from './incremental';

/**
 * One replacement equal to `first` followed by `second` (whose offsets are in the text after `first`): the
 * smallest range of the original text that covers both, and the length it has now. Lets a debounced refresh
 * rescan once for a burst of keystrokes with `rescanAfterEdit`, which is exact for any single replacement.
 */
export function composeEdits(first: Edit, second: Edit): Edit {
  const delta1 = first.insertedLength - (first.end - first.start);
  const delta2 = second.insertedLength - (second.end - second.start);
  const insertedEnd = first.start + first.insertedLength;
  /** An offset of the text after `first`, in the original text (anything inside the inserted text maps to its ends). */
  const back = (offset: number, inside: number) => (offset <= first.start ? offset : offset >= insertedEnd ? offset - delta1 : inside);
  const start = Math.min(first.start, back(second.start, first.start));
  const end = Math.max(first.end, back(second.end, first.end));
  return { start, end, insertedLength: end - start + delta1 + delta2 };
}
