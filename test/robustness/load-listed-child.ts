// Loads the files named on the command line as if they had been listed earlier (no second
// listing), and prints the result: the files may have changed kind since the listing.
import {loadKnowledge} from '../../source/core/knowledge/load-knowledge.js';
import {loadFiles, openLoadSession} from '../../source/core/parallel/load-files.js';

const files = process.argv.slice(2);
const session = openLoadSession(files, loadKnowledge(), {cache: false, workers: 0});
const {results, warnings} = await loadFiles(session, files);
process.stdout.write(JSON.stringify({reports: results.flatMap((r) => r?.reports ?? []).map((r) => r.file), warnings}));
