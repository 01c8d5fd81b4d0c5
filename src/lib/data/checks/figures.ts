/**
 * The figures agree: seats add up in every direction, shares agree with votes, ballots add up.
 *
 * @module
 */
import { formatNumber } from '../../format/format.ts';
import type { Dataset } from '../types.ts';
import type { Add } from './add.ts';

/** Seats add up in every direction; shares agree with votes; ballots add up. */
export function checkSeatsAndVotes(data: Partial<Dataset>, add: Add) {
  const e = data.election;
  if (!e) return;
  const total = e.totalSeats.value;
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
  const sum2013 = e.results2013.reduce((s, r) => s + r.seats, 0);
  if (sum2013 !== total) add('election', 'results2013', `expected seats to add up to totalSeats (${total}), found ${sum2013}`);
  const sum2008 = e.results2008.reduce((s, r) => s + r.seats, 0);
  if (sum2008 !== total) add('election', 'results2008', `expected seats to add up to totalSeats (${total}), found ${sum2008}`);
  const sumClaim = Object.values(e.cnrpClaim.seats).reduce((s, n) => s + n, 0);
  if (sumClaim !== total) add('election', 'cnrpClaim.seats', `expected claimed seats to add up to totalSeats (${total}), found ${sumClaim}`);
  if (constituenciesOk) {
    const byConstituency = new Map<string, number>();
    for (const c of e.constituencies) for (const [p, n] of seatsOf(c.seats)) byConstituency.set(p, (byConstituency.get(p) ?? 0) + n);
    e.results2013.forEach((r, i) => {
      const inConstituencies = byConstituency.get(r.party) ?? 0;
      if (inConstituencies !== r.seats)
        add('election', `results2013[${i}].seats`, `expected ${r.party}'s seats to equal the sum over constituencies (${inConstituencies}), found ${r.seats}`, {
          hint: `set it to ${inConstituencies}, or correct the constituency that changed`,
        });
    });
    for (const [p, n] of byConstituency) {
      if (!e.results2013.some((r) => r.party === p)) add('election', 'constituencies', `expected a 2013 result for ${p}, which wins ${n} seats in constituencies`);
    }
  }

  const valid = e.validVotes.value;
  const votes = e.results2013.reduce((s, r) => s + r.votes, 0);
  if (votes !== valid) add('election', 'results2013', `expected votes to add up to validVotes (${formatNumber(valid)}), found ${formatNumber(votes)}`);
  e.results2013.forEach((r, i) => {
    const share = (100 * r.votes) / valid;
    const decimals = (String(r.sharePercent).split('.')[1] ?? '').length;
    if (Math.abs(share - r.sharePercent) > 0.5 * 10 ** -decimals + 1e-9)
      add('election', `results2013[${i}].sharePercent`, `expected ${share.toFixed(decimals)} (${formatNumber(r.votes)} of ${formatNumber(valid)} valid votes), found ${r.sharePercent}`);
  });
  if (valid + e.invalidBallots.value !== e.ballotsCast.value)
    add('election', 'ballotsCast.value', `expected validVotes + invalidBallots (${formatNumber(valid + e.invalidBallots.value)}), found ${formatNumber(e.ballotsCast.value)}`);
  if (e.ballotsCast.value > e.registeredVoters.value) add('election', 'ballotsCast.value', `expected no more ballots than registered voters (${formatNumber(e.registeredVoters.value)}), found ${formatNumber(e.ballotsCast.value)}`);
  const turnout = (100 * e.ballotsCast.value) / e.registeredVoters.value;
  const tDecimals = (String(e.turnoutPercent.value).split('.')[1] ?? '').length;
  if (Math.abs(turnout - e.turnoutPercent.value) > 0.5 * 10 ** -tDecimals + 1e-9)
    add('election', 'turnoutPercent.value', `expected ${turnout.toFixed(tDecimals)} (ballots cast ÷ registered voters), found ${e.turnoutPercent.value}`);
  if (e.results2013.length !== e.partiesContesting.value)
    add('election', 'partiesContesting.value', `expected the number of parties in results2013 (${e.results2013.length}), found ${e.partiesContesting.value}`);
}
