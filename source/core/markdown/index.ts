/** Markdown snapshots of a comparison: build the text, write it safely. */
export {buildSnapshot, packageVersion} from './build-snapshot.js';
export {escapeCell, escapeInline, mermaidText} from './escape-markdown.js';
export {deriveSources} from './render-front-matter.js';
export {selectReports} from './select-reports.js';
export type {SnapshotOptions, SnapshotSource} from './snapshot-options.js';
export {FileExistsError, writeSnapshotFile, type WriteSnapshotOptions} from './write-snapshot-file.js';
