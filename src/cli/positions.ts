// Line/column numbering is pure and shared with the extension's large-file scan; it lives in the engine.
export * from '../engine/positions';
