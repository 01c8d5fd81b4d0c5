/**
 * Types of the validated dataset, inferred from `datasetSchemas` so that the two never drift.
 */
import type { z } from 'zod';
import type { datasetSchemas } from './datasetSchemas.ts';

type Schemas = typeof datasetSchemas;
/** The name of a data file without `.json`, e.g. "election". */
export type DataFileName = keyof Schemas;
/** The validated contents of every data file, keyed by file name. */
export type Dataset = { [K in DataFileName]: z.infer<Schemas[K]> };
export type Source = Dataset['sources']['sources'][number];
export type Conflict = Dataset['sources']['conflicts'][number];
export type TimelineEvent = Dataset['timeline']['events'][number];
export type Meeting = Dataset['meetings']['meetings'][number];
export type Step = Dataset['copy']['sections'][number]['steps'][number];
