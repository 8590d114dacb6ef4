export {ALL_TRACK, buildTrack, buildTracks, listTracks, reportsInTrack} from './build-track.js';
export {diffReports} from './diff-reports.js';
export {FACT_FAMILIES, factLabels, factMap, obstacleLabel, termAttributes, termLabel} from './describe-facts.js';
