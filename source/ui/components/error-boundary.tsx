import {Box, Text} from 'ink';
import {Component, type ReactNode} from 'react';

interface State {
	error: Error | null;
}

/**
 * Keeps an exception inside one view from taking the dashboard down: the view shows the
 * error and the rest (status line, keys) keeps working. Give it a `key` per view so
 * switching views retries.
 */
export class ErrorBoundary extends Component<{children: ReactNode; width: number}, State> {
	override state: State = {error: null};

	static getDerivedStateFromError(error: Error): State {
		return {error};
	}

	override render() {
		if (!this.state.error) return this.props.children;
		return (
			<Box flexDirection="column" width={this.props.width}>
				<Text bold>This view failed: {this.state.error.message}</Text>
				<Text>Switch view (Tab, 1-4), clear the search (Esc) or quit (q). Other views still work.</Text>
			</Box>
		);
	}
}
