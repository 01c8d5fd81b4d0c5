import type { Component } from 'svelte';
import * as components from './components.ts';
import type { ChartKind } from './index.ts';
import type { ChartProps } from './types.ts';

/**
 * The components, keyed by chart, checked against the registry: a chart missing from
 * ./components.ts fails `npm run check` here. (Client side: imports no scene builder and no d3.)
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const chartComponents: Record<ChartKind, Component<ChartProps<any>>> = components;
