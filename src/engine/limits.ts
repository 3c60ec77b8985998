/**
 * How far past its first character any detector reads to recognise one shape. Bounds the work per shape
 * (a 10 MB one-line response cannot stall a hover) and tells incremental rescans how much to re-read.
 */
export const MAX_SHAPE_REACH = 256 * 1024;

/**
 * Lines longer than this are examined in their first this-many characters only: a detector's work per match can
 * reach to the end of its shape (a JSON body is parsed up to MAX_SHAPE_REACH), so a huge line dense with
 * look-alikes would cost time quadratic in its length. VS Code stops colouring lines at the same length
 * (`editor.maxTokenizationLineLength`). The hover reads a window around the cursor, so it still finds them.
 */
export const DEFAULT_MAX_LINE_LENGTH = 20_000;
