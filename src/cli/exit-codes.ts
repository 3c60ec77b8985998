export const EXIT_OK = 0;
/** `scan` found at least one error. */
export const EXIT_FOUND = 1;
/** Bad usage, or an input that could not be read. */
export const EXIT_USAGE = 2;

/** How standard input is named in output. */
export const STDIN_NAME = '<stdin>';
