/**
 * The figures agree: seats add up in every direction, shares agree with votes, ballots add up.
 *
 * @module
 */
import { formatNumber } from '../../format/format.ts';
import { storyElection } from '../elections.ts';
import type { Dataset } from '../types.ts';
import type { Add } from './add.ts';

/** Seats add up in every direction; shares agree with votes; ballots add up. */
export function checkSeatsAndVotes(data: Partial<Dataset>, add: Add) {
  if (!data.election) return;
  const e = data.election;
  const story = storyElection({ election: e });
  const at = `elections[${e.elections.indexOf(story)}]`;
  const total = story.totalSeats.value;
  const seatsOf = (seats: Record<string, number>) => Object.entries(seats);
  // Each constituency first: when one is off, that is the real cause of every other sum being off.
  let constituenciesOk = true;
  e.constituencies.forEach((c, i) => {
    const sum = seatsOf(c.seats).reduce((s, [, n]) => s + n, 0);
    if (sum !== c.elects) {
      constituenciesOk = false;
      const parts = seatsOf(c.seats).map(([p, n]) => `${p} ${n}`).join(' + ');
      add('election', `constituencies[${i}].seats`, `${c.name} now has ${sum} seats (${parts}); it elects ${c.elects}`, {
        hint: `correct the seats so they add up to ${c.elects} (move a seat from one party to another), or correct "elects" if the constituency's size changed`,
      });
    }
  });
  const elects = e.constituencies.reduce((s, c) => s + c.elects, 0);
  if (elects !== total) add('election', 'constituencies', `expected the constituencies to elect totalSeats (${total}) members between them, found ${elects}`);
  const sumClaim = Object.values(e.cnrpClaim.seats).reduce((s, n) => s + n, 0);
  if (sumClaim !== total) add('election', 'cnrpClaim.seats', `expected claimed seats to add up to totalSeats (${total}), found ${sumClaim}`);
  if (constituenciesOk) {
    const byConstituency = new Map<string, number>();
    for (const c of e.constituencies) for (const [p, n] of seatsOf(c.seats)) byConstituency.set(p, (byConstituency.get(p) ?? 0) + n);
    story.results.forEach((r, i) => {
      const inConstituencies = byConstituency.get(r.party) ?? 0;
      if (inConstituencies !== r.seats)
        add('election', `${at}.results[${i}].seats`, `expected ${r.party}'s seats to equal the sum over constituencies (${inConstituencies}), found ${r.seats}`, {
          hint: `set it to ${inConstituencies}, or correct the constituency that changed`,
        });
    });
    for (const [p, n] of byConstituency) {
      if (!story.results.some((r) => r.party === p)) add('election', 'constituencies', `expected a ${story.id} result for ${p}, which wins ${n} seats in constituencies`);
    }
  }

  const valid = story.validVotes.value;
  const votes = story.results.reduce((s, r) => s + r.votes, 0);
  if (votes !== valid) add('election', `${at}.results`, `expected votes to add up to validVotes (${formatNumber(valid)}), found ${formatNumber(votes)}`);
  story.results.forEach((r, i) => {
    const share = (100 * r.votes) / valid;
    const decimals = (String(r.sharePercent).split('.')[1] ?? '').length;
    if (Math.abs(share - r.sharePercent) > 0.5 * 10 ** -decimals + 1e-9)
      add('election', `${at}.results[${i}].sharePercent`, `expected ${share.toFixed(decimals)} (${formatNumber(r.votes)} of ${formatNumber(valid)} valid votes), found ${r.sharePercent}`);
  });
  if (valid + story.invalidBallots.value !== story.ballotsCast.value)
    add('election', `${at}.ballotsCast.value`, `expected validVotes + invalidBallots (${formatNumber(valid + story.invalidBallots.value)}), found ${formatNumber(story.ballotsCast.value)}`);
  if (story.ballotsCast.value > story.registeredVoters.value) add('election', `${at}.ballotsCast.value`, `expected no more ballots than registered voters (${formatNumber(story.registeredVoters.value)}), found ${formatNumber(story.ballotsCast.value)}`);
  const turnout = (100 * story.ballotsCast.value) / story.registeredVoters.value;
  const tDecimals = (String(story.turnoutPercent.value).split('.')[1] ?? '').length;
  if (Math.abs(turnout - story.turnoutPercent.value) > 0.5 * 10 ** -tDecimals + 1e-9)
    add('election', `${at}.turnoutPercent.value`, `expected ${turnout.toFixed(tDecimals)} (ballots cast ÷ registered voters), found ${story.turnoutPercent.value}`);
  if (story.results.length !== story.partiesContesting.value)
    add('election', `${at}.partiesContesting.value`, `expected the number of parties in its results (${story.results.length}), found ${story.partiesContesting.value}`);
}
