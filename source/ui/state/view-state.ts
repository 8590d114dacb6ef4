/** The dashboard's main views, in Tab order. */
export const MAIN_VIEWS = ['compare', 'tracks', 'matrix'] as const;
export type MainView = (typeof MAIN_VIEWS)[number];

/** The one value that decides which input handler is active. */
export type Focus = MainView | 'detail' | 'search' | 'help';

export type HelpTab = 'keys' | 'warnings';

/** Everything the dashboard shows that a key can change. */
export interface ViewState {
	focus: Focus;
	/** The main view shown under search and returned to from the detail. */
	view: MainView;
	/** Where the help overlay returns to. */
	helpReturn: Focus;
	/** Index into the track list ("all" first). */
	track: number;
	/** The search filter as typed. */
	query: string;
	/** Selected report in the visible list (a column in compare/matrix, an entry in tracks). */
	selected: number;
	/** Compare: highlighted fact family row; matrix: first kind row shown. */
	row: number;
	/** The report the detail shows, its selected fact and its text scroll (lines; FOLLOW_FACT: keep the fact's evidence in view). */
	detail: {report: string | null; fact: number; scroll: number};
	helpTab: HelpTab;
	helpScroll: number;
	/** A one-off message for the status line (snapshot path, errors). */
	message: string | null;
}

/** Detail scroll value meaning "scroll to the selected fact's evidence". */
export const FOLLOW_FACT = -1;

/** The state the dashboard opens in: the compare view of all reports. */
export const initialViewState: ViewState = {
	focus: 'compare',
	view: 'compare',
	helpReturn: 'compare',
	track: 0,
	query: '',
	selected: 0,
	row: 0,
	detail: {report: null, fact: 0, scroll: 0},
	helpTab: 'keys',
	helpScroll: 0,
	message: null,
};
