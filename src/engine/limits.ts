/**
 * How far past its first character any detector reads to recognise one shape. Bounds the work per shape
 * (a 10 MB one-line response cannot stall a hover) and tells incremental rescans how much to re-read.
 */
export const MAX_SHAPE_REACH = 256 * 1024;
