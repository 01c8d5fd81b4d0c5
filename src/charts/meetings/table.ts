import { meetingDate } from '../../lib/data/lookups.ts';
import type { Dataset, Meeting } from '../../lib/data/types.ts';
import { formatDate } from '../../lib/format/format.ts';
import { rowSources } from '../rowSources.ts';
import type { DataTable } from '../types.ts';
import { lengthAccounts, lengthRange, rangeText } from './lengthRange.ts';

/** What the Length cell says: the reported length, or the range of the accounts when they differ. */
function lengthCell(data: Dataset, m: Meeting): string {
  const range = lengthRange(m);
  if (range) return `${rangeText(range)} (${data.copy.chartText.accountsDiffer})`;
  if (!m.duration) return 'not reported';
  return m.duration.text + (m.durationConflict ? ` (${data.copy.chartText.accountsDiffer})` : '');
}

/**
 * The data behind the meetings chart: each meeting's date, length, joint statement and outcome,
 * and its sources (the meeting's own, those of its length and of every account of it, then those
 * of the figures its words print).
 *
 *   meetingsTable(shown, dataset).rows[3][2] // → "½ to more than 2 hours (accounts differ)"
 */
export function meetingsTable(data: Dataset, raw: Dataset = data): DataTable {
  const claimSources = new Map(raw.sources.conflicts.map((c) => [c.id, c.claims.map((claim) => claim.source)]));
  return {
    caption: 'Meetings of the joint commission on electoral reform',
    columns: ['Meeting', 'Date', 'Length', 'Joint statement', 'Outcome'],
    rows: data.meetings.meetings.map((m) => [String(m.n), formatDate(meetingDate(data, m)), lengthCell(data, m), m.jointStatement ? 'Yes' : 'No', m.outcome]),
    sources: raw.meetings.meetings.map((m) =>
      rowSources(
        raw,
        [
          ...m.sources,
          ...(m.duration?.sources ?? []),
          ...lengthAccounts(m).flatMap((a) => a.sources),
          ...(m.durationConflict ? (claimSources.get(m.durationConflict) ?? []) : []),
        ],
        m.outcome,
        m.duration?.text ?? '',
        m.demands?.CNRP ?? '',
        m.demands?.CPP ?? '',
      ),
    ),
  };
}
