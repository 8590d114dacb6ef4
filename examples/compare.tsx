// Compare: one column per report, one row per fact family, changes marked + ~ -.
import {runExample} from './run-example.js';

runExample({view: 'compare', focus: 'compare'});
