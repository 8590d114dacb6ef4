import {Table} from 'ink-table';

type Scalar = string | number | boolean | null | undefined;
type Row = Record<string, Scalar>;
type TableProps<T extends Row> = ConstructorParameters<typeof Table<T>>[0];

/**
 * ink-table without the rule between data rows: one line per row, so a 24-line terminal
 * shows the whole matrix. Keeps the rule under the heading (the first row's separator).
 */
export class CompactTable<T extends Row> extends Table<T> {
	constructor(props: TableProps<T>) {
		super(props);
		const separator = this.separator;
		this.separator = (row) => (row.key.endsWith('-0') ? separator(row) : <></>);
	}
}
