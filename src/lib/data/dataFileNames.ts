import type { DataFileName } from './types.ts';

/** The files of `data/`, in the order their problems are reported. */
export const dataFileNames: readonly DataFileName[] = ['sources', 'election', 'timeline', 'meetings', 'people', 'copy', 'corrections'];
