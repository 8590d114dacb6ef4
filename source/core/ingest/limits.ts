/**
 * Every limit the loader enforces, in one place, so a fuzz suite (and users)
 * can see what input is refused or trimmed. Each limit turns into a warning
 * naming the file; nothing is silently dropped and the other files still load.
 *
 * | limit | value | what happens past it |
 * | --- | --- | --- |
 * | `MAX_FILE_BYTES` | 20 MiB | the file is skipped (listed by size, never read) |
 * | `MAX_INPUT_FILES` | 500,000 | files past this count are not listed |
 * | `MAX_DIR_DEPTH` | 64 | deeper folders are not walked |
 * | `BINARY_SAMPLE_BYTES` | 64 KiB | how much of a file is checked for NUL / control bytes |
 * | `MAX_CONTROL_RATIO` | 0.1 | more control characters than this in the sample: binary, skipped |
 * | `MAX_REPLACEMENT_RATIO` | 0.1 | more invalid UTF-8 than this: not text, skipped (below it: decoded with U+FFFD + warning) |
 * | `MAX_FRONT_MATTER_CHARS` | 64 KiB | front matter longer than this is not parsed (warning, body kept) |
 * | `MAX_YAML_ALIASES` | 50 | YAML alias expansions ("billion laughs"): more is an error (warning, body kept) |
 * | `MAX_LINE_CHARS` | 200,000 | a longer line gets a warning; it is still read, linearly |
 * | `MAX_HTML_DEPTH` | 512 | deeper tag nesting skips Readability and strips tags instead (warning) |
 * | `MAX_READABILITY_CHARS` | 5,000,000 | larger pages skip Readability and strip tags instead (warning) |
 * | `MAX_HTML_ELEMENTS` | 25,000 | pages with more tags (or with far more stray "<" than tags) skip the DOM and strip tags instead (warning) |
 * | `MAX_XML_DEPTH` | 100 | deeper XML nesting is rejected by the feed parser (warning) |
 * | `MAX_ITEMS_PER_FILE` | 100,000 | JSON/JSONL/feed items past this are not read (warning) |
 * | `MAX_DEDUPE_CHARS` | 2,000,000 | past this, only exact repeated paragraphs are collapsed (near-duplicates are not searched) |
 * | `MAX_RESTATEMENT_SENTENCES` | 3,000 | longer texts are not searched for a restated (paraphrased) copy of their body |
 * | `MAX_REPORT_CHARS` | 500,000 | a report's cleaned text is cut here (at a space) before extraction (warning): extraction time grows faster than the text |
 */
/** Largest input file read (bytes); larger files are skipped with a warning. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Most files listed from the given paths. */
export const MAX_INPUT_FILES = 500_000;
/** Deepest folder level walked. */
export const MAX_DIR_DEPTH = 64;
/** Bytes sampled to tell text from binary. */
export const BINARY_SAMPLE_BYTES = 64 * 1024;
/** Share of control characters above which a file is binary. */
export const MAX_CONTROL_RATIO = 0.1;
/** Share of invalid UTF-8 above which a file is not text. */
export const MAX_REPLACEMENT_RATIO = 0.1;
/** Longest YAML front matter parsed (characters). */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;
/** Most YAML alias expansions in front matter. */
export const MAX_YAML_ALIASES = 50;
/** Line length above which a warning is given. */
export const MAX_LINE_CHARS = 200_000;
/** Deepest tag nesting given to the DOM parser and Readability. */
export const MAX_HTML_DEPTH = 512;
/** Largest page given to the DOM parser and Readability (characters). */
export const MAX_READABILITY_CHARS = 5_000_000;
/** Most tags in a page given to the DOM parser and Readability. */
export const MAX_HTML_ELEMENTS = 25_000;
/** Deepest feed XML nesting accepted. */
export const MAX_XML_DEPTH = 100;
/** Most items read from one JSON, JSONL or feed file. */
export const MAX_ITEMS_PER_FILE = 100_000;
/** Longest text searched for near-duplicate sentences (characters). */
export const MAX_DEDUPE_CHARS = 2_000_000;
/** Most sentences searched for a restated copy of the body. */
export const MAX_RESTATEMENT_SENTENCES = 3_000;
/** Longest cleaned report text given to extraction (characters); the rest is cut off with a warning. */
export const MAX_REPORT_CHARS = 500_000;
