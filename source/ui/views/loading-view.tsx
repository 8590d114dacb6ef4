import {Box, Text} from 'ink';

/** Progress while reports load: a bar and a count, so a big folder never looks hung. */
export function LoadingView({done, total, width}: {done: number; total: number; width: number}) {
	const room = Math.max(10, Math.min(50, width - 30));
	const filled = total ? Math.round((done / total) * room) : 0;
	return (
		<Box flexDirection="column">
			<Text>Loading reports… {total ? `${done}/${total} files` : 'listing files'}</Text>
			<Text>
				{'█'.repeat(filled)}
				{'░'.repeat(room - filled)}
			</Text>
			<Text dimColor>q quits</Text>
		</Box>
	);
}
