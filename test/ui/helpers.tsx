/**
 * Test helpers: render the dashboard at a terminal size, press keys, and wait for a frame
 * that satisfies a condition (polling with a deadline, never a fixed sleep).
 */
import {render} from 'ink-testing-library';
import type {ReactElement} from 'react';
import {App, type AppProps} from '../../source/ui/app.js';
import {ThemeContext} from '../../source/ui/theme.js';

/** ANSI escape sequences (colours, cursor moves) to strip from frames. */
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

export function strip(frame: string | undefined): string {
	return (frame ?? '').replace(ANSI, '');
}

export const KEYS = {
	escape: '\u001b',
	enter: '\r',
	tab: '\t',
	shiftTab: '\u001b[Z',
	up: '\u001b[A',
	down: '\u001b[B',
	right: '\u001b[C',
	left: '\u001b[D',
	backspace: '\u007f',
	ctrlC: '\u0003',
	ctrlU: '\u0015',
	pageDown: '\u001b[6~',
} as const;

export type Rendered = ReturnType<typeof render> & {
	/** The last frame, ANSI stripped. */
	frame: () => string;
	/** Waits until the stripped frame satisfies `test` (a substring or predicate). */
	waitFor: (test: string | RegExp | ((frame: string) => boolean), message?: string) => Promise<string>;
	/** Writes keys one write at a time; assert with waitFor afterwards. */
	press: (...keys: string[]) => Promise<void>;
	resize: (columns: number, rows: number) => void;
};

const DEADLINE_MS = 10_000;

/** Renders any element with helpers; the size defaults to 100x30 like ink-testing-library. */
export function renderSized(element: ReactElement, columns = 100, rows = 30, color = false): Rendered {
	// Mount empty, size the fake terminal, then mount the element: its first frame has the size.
	const r = render(<></>);
	const resize = (c: number, h: number) => {
		Object.defineProperty(r.stdout, 'columns', {value: c, configurable: true});
		Object.defineProperty(r.stdout, 'rows', {value: h, configurable: true});
		r.stdout.emit('resize');
	};
	resize(columns, rows);
	r.rerender(<ThemeContext.Provider value={{color}}>{element}</ThemeContext.Provider>);
	const frame = () => strip(r.lastFrame());
	const waitFor = async (test: string | RegExp | ((frame: string) => boolean), message?: string) => {
		const ok = typeof test === 'string' ? (f: string) => f.includes(test) : test instanceof RegExp ? (f: string) => test.test(f) : test;
		const deadline = Date.now() + DEADLINE_MS;
		for (;;) {
			const f = frame();
			if (ok(f)) return f;
			if (Date.now() > deadline) throw new Error(`${message ?? `frame never matched ${String(test)}`}\n--- last frame ---\n${f}`);
			await new Promise((resolve) => setImmediate(resolve));
		}
	};
	const press = async (...keys: string[]) => {
		for (const key of keys) {
			r.stdin.write(key);
			// Let Ink parse this write before the next one (an escape alone waits for more bytes).
			await new Promise((resolve) => setImmediate(resolve));
		}
	};
	return Object.assign(r, {frame, waitFor, press, resize});
}

/** Renders the dashboard App with the given reports at a size. */
export function renderApp(props: Partial<AppProps> & Pick<AppProps, 'reports'>, columns = 100, rows = 30): Rendered {
	return renderSized(<App warnings={[]} {...props} />, columns, rows);
}
