/**
 * Suggestions below this confidence are left out unless a caller says otherwise: the threshold
 * with the best dev F1 through the whole pipeline (0.3 to 0.4 tie; 0.5 cost English two points).
 * In a module of its own so that the extension host's settings can read it without bundling the
 * detector, which runs in the worker.
 */
export const DEFAULT_MIN_CONFIDENCE = 0.3;
