import {Box, Text} from 'ink';
import type {LoadWarning} from '../../core/types.js';

/** Zero reports: say how to point Parley at a folder, and why files were skipped. */
export function EmptyView({warnings, width}: {warnings: LoadWarning[]; width: number}) {
	return (
		<Box flexDirection="column" width={width}>
			<Text bold>No reports to show.</Text>
			<Text>Point Parley at files or folders of news reports (.txt, .md, .html, .json, .jsonl, feeds):</Text>
			<Text>  parley ~/news/gaza-talks</Text>
			<Text>  parley report-1.md report-2.html</Text>
			<Text>Without paths Parley opens its bundled reports.</Text>
			{warnings.length ? <Text>{`${warnings.length} file(s) could not be read: press w to see why.`}</Text> : null}
		</Box>
	);
}
