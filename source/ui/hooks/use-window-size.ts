import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

export interface WindowSize {
	columns: number;
	rows: number;
}

/** Size used when the output is not a terminal (tests, pipes). */
export const FALLBACK_SIZE: WindowSize = {columns: 100, rows: 30};

function read(stdout: NodeJS.WriteStream): WindowSize {
	return {columns: stdout.columns || FALLBACK_SIZE.columns, rows: stdout.rows || FALLBACK_SIZE.rows};
}

/** The terminal size, updated on every resize so the dashboard re-lays itself out. */
export function useWindowSize(): WindowSize {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => read(stdout));
	useEffect(() => {
		const onResize = () => setSize(read(stdout));
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}
