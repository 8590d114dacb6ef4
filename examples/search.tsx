// Search: "/" with a typo ("Kamal" finds Kamel); type to narrow, Enter opens the best hit.
import {runExample} from './run-example.js';

runExample({focus: 'search', query: 'Kamal'});
