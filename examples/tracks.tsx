// Tracks: the Cairo track's timeline with the momentum strip (t cycles tracks).
import {runExample} from './run-example.js';

runExample({view: 'tracks', focus: 'tracks', track: 1});
