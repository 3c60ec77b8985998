// Types for the unit tests that reuse the benchmark's log generator.
export function prng(seed: number): () => number;
export function generateLog(path: string, bytes: number, seed?: number): Promise<{ bytes: number; lines: number; errors: number }>;
export function generateText(chars: number, seed?: number, errorRate?: number): string;
export const SHAPE_COUNT: number;
