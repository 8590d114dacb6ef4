// Help: the `?` overlay listing every key and the query language.
import {runExample} from './run-example.js';

runExample({focus: 'help', helpReturn: 'compare'});
