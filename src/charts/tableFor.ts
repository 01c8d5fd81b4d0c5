import type { DataTable } from './types.ts';

/**
 * A view's table as one state shows it: only the rows its chart draws in that state (a table
 * without `states` is the same in every state).
 *
 *   tableFor(buildTables(dataset).timeline, 'boycott').rows.length // → 4
 */
export function tableFor(table: DataTable, state: string): DataTable {
  const { states, ...rest } = table;
  if (!states) return table;
  const keep = (_: unknown, i: number) => states[i]?.includes(state) ?? true;
  return { ...rest, rows: table.rows.filter(keep), ...(table.sources ? { sources: table.sources.filter(keep) } : {}) };
}

