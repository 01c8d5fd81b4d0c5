/**
 * The component of each chart, one line each, named as in ./all.ts. The live graphic and the
 * static figures draw through this map; src/charts/draw.ts checks that it names every chart.
 *
 * @module
 */
export { default as seats } from './seats/Seats.svelte';
export { default as votes } from './votes/VotesBars.svelte';
export { default as change } from './change/SeatChange.svelte';
export { default as timeline } from './timeline/Timeline.svelte';
export { default as meetings } from './meetings/MeetingCards.svelte';
export { default as provinces } from './provinces/Provinces.svelte';
export { default as assemblies } from './assemblies/Assemblies.svelte';
