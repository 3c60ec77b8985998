// The chunk stitcher is pure and shared with the extension's large-file scan; it lives in the engine.
export * from '../engine/stitch';
