// Matrix: term and obstacle kinds × reports (ink-table).
import {runExample} from './run-example.js';

runExample({view: 'matrix', focus: 'matrix'});
