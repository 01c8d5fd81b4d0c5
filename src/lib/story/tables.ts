/** A data table that a reader can open beside a chart: plain strings, first column is the row header. */
export type DataTable = { caption: string; columns: string[]; rows: string[][] };
