// Detail: the August report's text with its facts' evidence highlighted (j/k move between facts).
import {runExample} from './run-example.js';

runExample({focus: 'detail', selected: 1, detail: {report: 'reports/2024-08-doha-cairo.md', fact: 0, scroll: -1}});
