/**
 * Bumped whenever extraction logic changes: part of cache keys. In its own module
 * so the cache can read it without loading the extractor (and compromise).
 */
export const EXTRACTOR_VERSION = '0.4.73';
