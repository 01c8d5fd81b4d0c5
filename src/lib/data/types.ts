/**
 * Types of the validated dataset, inferred from `datasetSchemas` so that the two never drift.
 *
 * @module
 */
import type { z } from 'zod';
import type { datasetSchemas } from './datasetSchemas.ts';

type Schemas = typeof datasetSchemas;
/** The name of a data file without `.json`, e.g. "election". */
export type DataFileName = keyof Schemas;
/** The validated contents of every data file, keyed by file name. */
export type Dataset = { [K in DataFileName]: z.infer<Schemas[K]> };
/** A source of data/sources.json: publisher, title, date, URL and confidence. */
export type Source = Dataset['sources']['sources'][number];
/** A disagreement between sources (data/sources.json `conflicts`): the claims and how it was resolved. */
export type Conflict = Dataset['sources']['conflicts'][number];
/** A dated event of data/timeline.json (`events` or `afterwards`). */
export type TimelineEvent = Dataset['timeline']['events'][number];
/** A meeting of the joint commission (data/meetings.json). */
export type Meeting = Dataset['meetings']['meetings'][number];
/** A step of the story (data/copy.json): its text, its chart's view and state, and the chart's text alternative. */
export type Step = Dataset['copy']['sections'][number]['steps'][number];
