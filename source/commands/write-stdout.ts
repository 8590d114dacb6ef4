/**
 * Makes a closed stdout (`parley extract --json | head -1`) end Parley quietly:
 * the reader has all it wanted, so exit 0 without a stack trace. Any other
 * failure to write (a full disk) is one line on stderr and exit 1.
 */
export function exitQuietlyOnEpipe(stream: NodeJS.WriteStream = process.stdout): void {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
		process.stderr.write(`parley: cannot write the output (${error.code ?? error.message})\n`);
		process.exit(1);
	});
}

/** Writes a whole document to stdout and resolves once it is handed to the OS. */
export function writeStdout(text: string): Promise<void> {
	return new Promise((resolve) => {
		process.stdout.write(text, () => resolve());
	});
}
