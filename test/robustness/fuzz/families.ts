import type {Family} from './fuzz-case.js';
import {manyFiles, oddPaths, specialFiles, symlinkLoops} from './fs-families.js';
import {feed, html, json, yamlFrontMatter} from './markup-families.js';
import {invalidUtf8, longLine, mutated, nulBytes, randomBytes, utf16} from './text-families.js';

/** Every input family, in the round-robin order cases are drawn from. */
export const FAMILIES: readonly Family[] = [
	randomBytes,
	invalidUtf8,
	utf16,
	nulBytes,
	longLine,
	manyFiles,
	html,
	yamlFrontMatter,
	json,
	feed,
	specialFiles,
	symlinkLoops,
	oddPaths,
	mutated,
];
