/** Fuzzy search over reports: the fzf-style query language, the index and the filter. */
export {parseQuery, QUERY_SYNTAX, SEARCH_FIELDS, type ParsedQuery, type QueryTerm, type SearchField} from './parse-query.js';
export {buildSearchIndex, buildSearchIndexAsync, type SearchIndex} from './build-search-index.js';
export {searchReports, filterReports, type SearchMatch, type SearchResult, type SearchOptions} from './search-reports.js';
export {foldText} from './fold-text.js';
