/**
 * The shape of every file in `data/`, as zod schemas: one per file.
 *
 * This is the single definition of the dataset. `npm run schema` turns it into the JSON Schema
 * files in `data/schema/` that editors use for autocompletion; a unit test fails when those drift.
 * Every message here reads as "expected …" so that `formatIssue` can append "found …".
 *
 * @module
 */
import { z } from 'zod';
import { chartViews } from '../../charts/index.ts';

const expected = (what: string) => ({ error: `expected ${what}` });

/** An identifier: lower-case letters, digits and hyphens, e.g. "phnom-penh". */
const id = z.string(expected('an id such as "phnom-penh"')).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, expected('an id of lower-case letters, digits and hyphens such as "phnom-penh"'));
/** A party code, e.g. "CPP". */
const partyCode = z.string(expected('a party code such as "CPP"')).regex(/^[A-Z]{2,10}$/, expected('a party code in capitals such as "CPP"'));
const text = z.string(expected('text')).refine((v) => v.trim() !== '', expected('non-empty text'));
const wholeNumber = z.number(expected('a whole number ≥ 0')).int(expected('a whole number ≥ 0')).min(0, expected('a whole number ≥ 0'));
const percent = z.number(expected('a percentage between 0 and 100')).min(0, expected('a percentage between 0 and 100')).max(100, expected('a percentage between 0 and 100'));

function isRealDate(value: string): boolean {
  // The regex before it has checked YYYY-MM-DD; a missing part would fail the test below anyway.
  const [y = NaN, m = NaN, d = NaN] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
/** A real calendar date written YYYY-MM-DD. */
const isoDate = z
  .string(expected('a date written YYYY-MM-DD'))
  .regex(/^\d{4}-\d{2}-\d{2}$/, { ...expected('a date written YYYY-MM-DD'), abort: true })
  .refine(isRealDate, expected('a real calendar date written YYYY-MM-DD'));
/** A publication date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD. */
const partialDate = z
  .string(expected('a date written YYYY, YYYY-MM or YYYY-MM-DD'))
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { ...expected('a date written YYYY, YYYY-MM or YYYY-MM-DD'), abort: true })
  .refine((v) => v.length < 10 || isRealDate(v), expected('a real calendar date'));
/** The ids of the sources a fact comes from (at least one). */
const sourceIds = z.array(id, expected('a list of source ids')).min(1, expected('at least one source id'));
/** A single sourced number. */
const figure = z.strictObject({ value: wholeNumber, sources: sourceIds }, expected('an object { value, sources }'));
const schemaRef = z.string(expected('the path of the JSON Schema')).optional();

const source = z.strictObject(
  {
    id,
    publisher: text,
    title: text,
    date: partialDate.nullable(),
    url: z.url(expected('a web address starting with http:// or https://')),
    confidence: z.enum(['high', 'medium'], expected('"high" or "medium" (unverified facts are left out)')),
    note: text.optional(),
  },
  expected('a source object'),
);

const conflict = z.strictObject(
  {
    id,
    topic: text,
    claims: z.array(z.strictObject({ claim: text, source: id }, expected('an object { claim, source }')), expected('a list of claims')).min(1, expected('at least one claim')),
    resolution: text,
  },
  expected('a conflict object'),
);

const sources = z.strictObject(
  {
    $schema: schemaRef,
    sources: z.array(source, expected('a list of sources')).min(1, expected('at least one source')),
    conflicts: z.array(conflict, expected('a list of conflicts')),
  },
  expected('an object with "sources" and "conflicts"'),
);

const party = z.strictObject({ id: partyCode, name: text, shortName: text }, expected('a party object'));

/** A sourced percentage. */
const percentFigure = z.strictObject({ value: percent, sources: sourceIds }, expected('an object { value, sources }'));

/** One party's result in one election: seats, and votes where the sources give them. */
const result = z.strictObject(
  {
    party: partyCode,
    seats: wholeNumber,
    votes: wholeNumber.optional(),
    sharePercent: percent.optional().describe('Share of valid votes, as the sources print it.'),
    sources: sourceIds.describe('Where the seats come from (and the votes, unless voteSources says otherwise).'),
    voteSources: sourceIds.optional().describe('Where the votes and the share come from, when not all of `sources` give them.'),
  },
  expected('a result object { party, seats, votes, sharePercent, sources }'),
);

/**
 * One election of the series: its date (the id of its timeline event, or a sourced date for an
 * election that is not on the timeline), the size of the chamber it filled, and its results.
 * The national figures are optional here; the story's election must have them all.
 */
const oneElection = z.strictObject(
  {
    id: id.describe('The year, e.g. "2013" ("2013-by" for a second vote that year).'),
    event: id.optional().describe('The id of its election-day event in data/timeline.json, if it is on the timeline.'),
    date: z.strictObject({ value: isoDate, sources: sourceIds }, expected('an object { value, sources }')).optional().describe('Its date, for an election that is not on the timeline.'),
    totalSeats: figure,
    partiesContesting: figure.optional(),
    registeredVoters: figure.optional(),
    ballotsCast: figure.optional(),
    validVotes: figure.optional(),
    invalidBallots: figure.optional(),
    turnoutPercent: percentFigure.optional(),
    results: z.array(result, expected('a list of results')).min(1, expected('at least one result')),
    votesNote: text.optional(),
  },
  expected('an election object { id, event or date, totalSeats, results }'),
);

/**
 * A constituency's place on the tile map: its column (0 = the westernmost) and row (0 = the
 * northernmost), and the name to print on the tile when the full name is too long for it.
 */
const tile = z.strictObject(
  {
    col: wholeNumber.describe('The tile’s column, counted from 0 in the west.'),
    row: wholeNumber.describe('The tile’s row, counted from 0 in the north.'),
    label: text.optional().describe('A short form of the name, for a name too long for its tile: "K. Cham".'),
  },
  expected('a tile object { col, row } (and a short "label" if the name is long)'),
);

/** No two constituencies share a tile of the tile map. */
function oneTileEach(list: { name: string; tile: { col: number; row: number } }[], ctx: z.RefinementCtx): void {
  const taken = new Map<string, string>();
  list.forEach((c, i) => {
    const at = `${c.tile.col},${c.tile.row}`;
    const other = taken.get(at);
    if (other) ctx.addIssue({ code: 'custom', path: [i, 'tile'], input: c.tile, message: `expected a tile of its own (${other} already sits at column ${c.tile.col}, row ${c.tile.row})` });
    else taken.set(at, c.name);
  });
}

const election = z.strictObject(
  {
    $schema: schemaRef,
    storyElection: id.describe('The id of the election this story is about, in `elections`; {seats:CPP} and the charts read it.'),
    parties: z.array(party, expected('a list of parties')).min(2, expected('at least two parties')),
    elections: z.array(oneElection, expected('a list of elections, oldest first')).min(1, expected('at least one election')),
    boycott: z.strictObject(
      { party: partyCode, from: id.describe('The id of the timeline event on which the boycott began.'), sources: sourceIds },
      expected('an object { party, from, sources }: the party that boycotted parliament and the event it began with'),
    ),
    merger: z.strictObject({ into: partyCode, from: z.array(partyCode, expected('a list of party codes')).min(2, expected('at least two parties')), sources: sourceIds }, expected('a merger object')),
    constituencies: z
      .array(
        z.strictObject(
          {
            id,
            name: text,
            elects: wholeNumber.describe('How many members the constituency elects; its seats by party must add up to this.'),
            seats: z.record(partyCode, wholeNumber, expected('seats by party, e.g. { "CPP": 5, "CNRP": 7 }')),
            sources: sourceIds,
            tile: tile.describe('Where the constituency sits on the tile map of the provinces (data/research/geography.md says how the places were chosen).'),
          },
          expected('a constituency object { id, name, elects, seats, sources, tile }'),
        ),
        expected('a list of constituencies'),
      )
      .min(1, expected('at least one constituency'))
      .superRefine(oneTileEach),
    cnrpClaim: z.strictObject({ seats: z.record(partyCode, wholeNumber, expected('seats by party')), sources: sourceIds }, expected('an object { seats, sources }')),
    cppVoteMajorityProvinces: z.strictObject({ value: wholeNumber, of: wholeNumber, sources: sourceIds }, expected('an object { value, of, sources }')),
  },
  expected('the election object'),
);

const event = z.strictObject(
  {
    id,
    date: isoDate,
    endDate: isoDate.optional(),
    kind: z.enum(['election', 'protest', 'violence', 'parliament', 'talks', 'politics'], expected('one of "election", "protest", "violence", "parliament", "talks", "politics"')).describe('Sets the mark\'s style; "violence" (people killed) is drawn larger and labelled in bold.'),
    title: text,
    text,
    sources: sourceIds,
    conflict: id.optional(),
  },
  expected('an event object'),
);

/** One state of the timeline chart: the events it runs between, and what it marks. */
const timelineView = z.strictObject(
  {
    from: id.describe('The id of the event the chart starts with.'),
    to: id.describe('The id of the event the chart ends with; leave it out to run to the last event.').optional(),
    marks: z.array(id, expected('a list of event ids')).min(1, expected('at least one event id')).describe('The events drawn; leave it out to draw every event from "from" to "to".').optional(),
    spans: z
      .array(z.strictObject({ from: id, label: text }, expected('an object { from, label }: a span from an event to the end of the chart')), expected('a list of spans'))
      .describe('Bars from an event to the end of the chart, each with its label.')
      .optional(),
  },
  expected('an object { from, to?, marks?, spans? } of event ids'),
);

const timeline = z.strictObject(
  {
    $schema: schemaRef,
    events: z.array(event, expected('a list of events')).min(1, expected('at least one event')),
    afterwards: z.array(event, expected('a list of events')),
    views: z
      .strictObject(
        { dispute: timelineView, boycott: timelineView, afterwards: timelineView, epilogue: timelineView },
        expected('an object { dispute, boycott, afterwards, epilogue }: what each timeline chart shows'),
      )
      .describe('What each state of the timeline chart shows, by event id: charts never pick events by their kind.'),
  },
  expected('an object with "events", "afterwards" and "views"'),
);

const sideTexts = z.strictObject({ CNRP: text, CPP: text }, expected('an object { CNRP, CPP }'));
/** The statuses of an agenda issue at a meeting; "not reported" is the absence of one. */
const issueStatus = z.enum(['agreed', 'listed', 'raised'], expected('one of "agreed" (in a joint statement), "listed" (as a topic for talks) or "raised" (not agreed)'));
const issueAtMeeting = z.strictObject(
  {
    issue: id.describe('The id of an agenda issue listed in "issues".'),
    status: issueStatus,
    sources: sourceIds,
  },
  expected('an object { issue, status, sources }'),
);
const meeting = z.strictObject(
  {
    n: wholeNumber,
    event: id.describe('The id of the meeting\'s event in data/timeline.json, which holds its date.'),
    jointStatement: z.boolean(expected('true or false')),
    duration: z.strictObject({ hours: z.number(expected('a number of hours')).positive(expected('a positive number of hours')), text, sources: sourceIds }, expected('an object { hours, text, sources } or null')).nullable(),
    durationConflict: id.optional(),
    durationAccounts: z
      .array(
        z.strictObject(
          {
            hours: z.number(expected('a number of hours')).positive(expected('a positive number of hours')),
            orMore: z.boolean(expected('true or false')).optional().describe('The account said "more than" so many hours.'),
            sources: sourceIds,
          },
          expected('an object { hours, orMore?, sources }'),
        ),
        expected('a list of accounts of the length'),
      )
      .min(2, expected('at least two accounts'))
      .describe('Each account of a disputed length, in hours, with its sources (give it with durationConflict): the chart draws the range from the shortest to the longest.')
      .optional(),
    outcome: text,
    demands: sideTexts.nullable(),
    issues: z
      .array(issueAtMeeting, expected('a list of issues'))
      .describe('What the sources report this meeting did with each agenda issue (data/meetings.json "issues"), with their sources; an issue left out is drawn as "not reported".')
      .optional(),
    sources: sourceIds,
    conflict: id.optional(),
  },
  expected('a meeting object'),
);

const meetings = z.strictObject(
  {
    $schema: schemaRef,
    commission: z.strictObject(
      { event: id.describe('The id of the timeline event on which the commission was agreed.'), membersPerSide: wholeNumber, leaders: z.strictObject({ CNRP: id, CPP: id }, expected('an object { CNRP, CPP } of person ids')), sources: sourceIds },
      expected('the commission object'),
    ),
    meetings: z.array(meeting, expected('a list of meetings')).min(1, expected('at least one meeting')),
    issues: z
      .array(z.strictObject({ id, label: text }, expected('an object { id, label }')), expected('a list of issues'))
      .min(1, expected('at least one issue'))
      .describe('The agenda issues the meetings tracker follows, as its rows, in order: each meeting says what it did with them in its own "issues".'),
    statuses: z
      .strictObject({ agreed: text, listed: text, raised: text, notReported: text }, expected('an object { agreed, listed, raised, notReported }'))
      .describe('What each mark of the meetings tracker means, in words: its key, and the cells of its data table.'),
    topicsReported: z.strictObject({ items: z.array(text, expected('a list of topics')).min(1, expected('at least one topic')), sources: sourceIds }, expected('an object { items, sources }')),
    proposals: z.strictObject({ CNRP: z.array(text, expected('a list of proposals')), CPP: z.array(text, expected('a list of proposals')), sources: sourceIds }, expected('an object { CNRP, CPP, sources }')),
  },
  expected('an object with "commission", "meetings", "issues", "statuses", "topicsReported" and "proposals"'),
);

const people = z.strictObject(
  {
    $schema: schemaRef,
    people: z.array(z.strictObject({ id, name: text, party: partyCode, role: text, sources: sourceIds }, expected('a person object')), expected('a list of people')).min(1, expected('at least one person')),
  },
  expected('an object with "people"'),
);

const chart = z.strictObject(
  {
    view: z.enum(chartViews, expected(`one of ${chartViews.map((v) => `"${v}"`).join(', ')}`)),
    state: text,
  },
  expected('an object { view, state }'),
);
const step = z.strictObject(
  { id, text: z.array(text, expected('a list of paragraphs')).min(1, expected('at least one paragraph')), chart, alt: text },
  expected('a step object'),
);
const copy = z.strictObject(
  {
    $schema: schemaRef,
    meta: z.strictObject(
      {
        title: text,
        description: text,
        canonicalUrl: z.url(expected('a web address')),
        lang: text,
        published: isoDate.describe('The day the story was first published: the byline says "Published <date>".'),
        updated: isoDate.describe('The day of the last correction or update (data/corrections.json says what changed); the same as published until then.'),
        siteName: text.describe('The publication’s name: og:site_name, and the masthead line of the share image.'),
      },
      expected('the meta object'),
    ),
    kicker: text,
    headline: text,
    dek: text,
    byline: text,
    sections: z
      .array(z.strictObject({ id, heading: text, steps: z.array(step, expected('a list of steps')).min(1, expected('at least one step')) }, expected('a section object')), expected('a list of sections'))
      .min(1, expected('at least one section')),
    sourcesHeading: text,
    sourcesIntro: text,
    credits: text,
    methodology: text,
    dataHeading: text,
    dataIntro: text,
    dataLicence: text,
    embedCredit: text.describe('The one-line credit that ends the embedded story, which links to the full sources on the story page instead of listing them.'),
    embedSourcesLink: text.describe('The words of that link to the story page’s sources, notes and data: "Full sources, notes and data".'),
    shareAlt: text,
    chartText: z
      .strictObject(
        {
          totalSeats: text,
          majority: text,
          claim: text,
          boycottCentre: text,
          fullCentre: text,
          seated: text,
          empty: text,
          perSeat: text,
          voteShare: text,
          seatShare: text,
          seats: text,
          noSeats: text,
          aMajority: text.describe('Said of claimed seats that would be a majority: "CNRP 63, a majority".'),
          ofTheVote: text.describe('After a share of the vote on the votes chart: "48.8% of the vote".'),
          ofTheSeats: text.describe('After a share of the seats on the votes chart.'),
          points: text.describe('After a difference of percentage points: "+6.5 points".'),
          accountsDiffer: text.describe('Said of a length the sources report differently, after the range.'),
          otherParties: text.describe('Label for the seats of the smaller parties together, before their number.'),
          meeting: text,
          jointStatement: text,
          noJointStatement: text,
          lengthNotReported: text,
          lengthsDiffer: text,
          mergedLater: text.describe('The key of the 2008 parties that later merged, drawn as outlines on the change chart: "later merged into the CNRP".'),
          didNotStand: text.describe('Said on the change chart and in its table of a party of the earlier election that did not stand in this one.'),
          tableChamber: text,
          tableConstituencies: text,
          tableProvinces: text,
          tableVotes: text,
          tableChange: text,
          tableAssemblies: text,
          tableMeetings: text,
          tableTimeline: text,
          colParty: text,
          colSeatsWon: text,
          colClaimed: text,
          colSeatsTakenOn: text,
          colConstituency: text,
          colProvince: text,
          colSeats: text,
          colSeatsBefore: text,
          colSeatsAfter: text,
          colVotes: text,
          colVoteShare: text,
          colSeatShare: text,
          colElection: text,
          colDate: text,
          colAssemblySeats: text,
          colIssue: text,
          colEvent: text,
          rowLength: text,
          yes: text,
          no: text,
          positionOf: text.describe('A row of the meetings table: "%PARTY%’s position" (%PARTY% stands for the party\'s code).'),
          mergedInto: text.describe('A cell of the change table: "merged into the %PARTY%".'),
          rangeHours: text.describe('A meeting\'s length the sources report differently, in the meetings table: "%FROM% to %TO% hours".'),
          rangeHour: text.describe('… when the longest account is one hour: "%FROM% to %TO% hour".'),
          rangeMoreHours: text.describe('… when the longest account said "more than": "%FROM% to more than %TO% hours".'),
          lengthUnknown: text.describe('A meeting\'s length no source reports, in the meetings table.'),
          thailand: text.describe('The locator map\'s names of the countries: Thailand, Laos, Vietnam and Cambodia.'),
          laos: text,
          vietnam: text,
          cambodia: text,
          hours: text.describe('After a number of hours on the meetings tracker: "4.5 h".'),
        },
        expected('an object of the words the charts print'),
      )
      .describe('The words the charts print (labels, legends, card texts); tokens work here too.'),
    shareSubtitle: text.describe('The line under the headline in the share image (share.png).'),
    ui: z
      .strictObject(
        {
          skipToSources: text,
          howTo: text,
          published: text,
          updated: text,
          updatedWith: text,
          aCorrection: text,
          anUpdate: text,
          correctionsLabel: text,
          correction: text,
          update: text,
          stepControls: text,
          previous: text.describe('The step buttons on a phone: "Previous", "Next", "Show all".'),
          next: text,
          showAll: text,
          previousStep: text.describe('The same buttons on a wider screen, each a whole phrase in the language\'s own word order: "Previous step", "Next step", "Show all steps".'),
          nextStep: text,
          showAllSteps: text,
          backToStory: text,
          chartPrefix: text,
          dataTablePrefix: text,
          sourcesColumn: text,
          peopleHeading: text,
          conflictsHeading: text,
          sourcesListHeading: text,
          singleSecondarySource: text,
          readWholeStory: text,
          draftNotice: text,
          englishNotice: text,
          languageSwitch: text,
          stepOf: text.describe('What a screen reader hears as a step comes into view: "Step %N% of %TOTAL%".'),
          stepAnnouncement: text.describe('How that is joined to the step\'s heading and text when a step button is pressed: "%STEP%, %HEADING%. %TEXT%" (%STEP% is stepOf); in Khmer "%STEP% %HEADING%។ %TEXT%".'),
          sourceOne: text.describe('The name of a sentence’s footnote marker with one source: "Source %N%".'),
          sourcesMany: text.describe('… with several: "Sources %LIST% and %LAST%".'),
          fullStop: text.describe('The stop the page puts after a heading run into its text (a disagreement\'s topic) and after a source: ".", in Khmer "។".'),
          noteRef: text.describe('The name of a numbered link to one source note in the lists and tables: "source %N%".'),
        },
        expected('an object of the words of the page around the story'),
      )
      .describe('The words of the page around the story: links, buttons, headings, notices. %N%, %TOTAL%, %LIST%, %LAST% and %PARTY% are filled in by the page.'),
    retiredSteps: z
      .record(id, id, expected('an object { "old-step-id": "step-that-now-tells-it" }'))
      .describe('Steps taken out of the story, each with the step that now tells its part: embeds and chart pages published for the old id, or its number, show that step.')
      .optional(),
    publishedSteps: z
      .array(id, expected('a list of step ids'))
      .describe('Step ids in the order they were first published: embeds with data-step="N" and charts/step-N.html keep showing the Nth of these. Never reorder or remove; append a new step only if it should also get a number.'),
  },
  expected('the copy object'),
);

const corrections = z.strictObject(
  {
    $schema: schemaRef,
    corrections: z.array(
      z.strictObject(
        {
          date: isoDate,
          kind: z.enum(['correction', 'update'], expected('"correction" or "update"')),
          text,
          sources: sourceIds.optional(),
        },
        expected('a correction object { date, kind, text }'),
      ),
      expected('a list of corrections and updates'),
    ),
  },
  expected('an object with "corrections"'),
);

/**
 * The schema of each data file, keyed by the file's name without `.json`.
 *
 *   datasetSchemas.election.safeParse(json) // → { success, data | error }
 */
export const datasetSchemas = { sources, election, timeline, meetings, people, copy, corrections } as const;
