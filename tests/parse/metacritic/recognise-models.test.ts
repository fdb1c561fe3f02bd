/**
 * The recognisers that read a line by character codes, each against the
 * pattern it stands for (the reading they replaced, kept here as the model):
 * on lines made of the pieces the patterns look at (words in any case, "ſ"
 * for "s", the Kelvin sign for "k", digits, commas, dots, colons, dashes,
 * spaces), trimmed, their whitespace plain, as a page's lines are given to
 * them.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  FURNITURE,
  isCriticReviewsHeading,
  isFurnitureAt,
  recogniseDistributionLine,
  recogniseDistributionLineAt,
  recogniseFurniture,
  recogniseProfileLine,
  recogniseProfileLineAt,
  recogniseReviewedBy,
  recogniseScoreBullet,
  recogniseScoreBulletAt,
  recogniseTitleMetascore,
  recogniseTitleMetascoreAt,
  recogniseVerdictLine,
  recogniseVerdictLineAt,
} from '../../../src/parse/sites/metacritic/recognise.js';
import { recogniseCutDate, recogniseDate, recogniseDateAt } from '../../../src/parse/text/dates.js';
import { readCount, readCountAt } from '../../../src/parse/text/numbers.js';
import { seedOption } from '../../setup/property-seed.js';

/** A line made of `pieces`, trimmed, its whitespace plain (as a page's line is given to a recogniser). */
function lineOf(pieces: readonly string[]): string {
  return pieces.join('').replaceAll(/\s/gu, ' ').trim();
}

/** Each word as printed, in lower and upper case, capitalised, with "ſ" for "s" and the Kelvin sign for "k". */
function casesOf(words: readonly string[]): string[] {
  return words.flatMap((word) => [
    word,
    word.toUpperCase(),
    `${word.charAt(0).toUpperCase()}${word.slice(1)}`,
    word.replaceAll('s', 'ſ'),
    word.replaceAll('k', '\u212a'),
  ]);
}

const NUMBERS = ['0', '1', '7', '12', '80', '100', '1,095', '1,', '2013', '12345'];
const SPACES = [' ', '  ', '\t', '\u00a0'];
const MARKS = ['.', ',', ':', '-', '--', '–', '—', '?', "'", '’', '%', '•'];

function linesOf(words: readonly string[]): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...casesOf(words), ...NUMBERS, ...SPACES, ...MARKS), { maxLength: 12 }).map(lineOf);
}

/** Lines made slot by slot, each slot one of its pieces (or, at times, any piece): most near a line of the pattern, many of them one. */
function slotsOf(...slots: readonly (readonly string[])[]): fc.Arbitrary<string> {
  const any = [...NUMBERS, ...SPACES, ...MARKS, 'x'];
  return fc
    .tuple(
      ...slots.map((pieces) =>
        fc.oneof(
          { weight: 12, arbitrary: fc.constantFrom(...pieces) },
          { weight: 6, arbitrary: fc.constantFrom(...casesOf(pieces)) },
          { weight: 1, arbitrary: fc.constantFrom(...any) },
        ),
      ),
    )
    .map(lineOf);
}

const SPACED = [' ', '  ', ''];

// The patterns, as the recognisers had them.
const DISTRIBUTION_LINE = /^(?:\d{1,2}\.\s+)?(positive|mixed|neutral|negative):?\s*(\d[\d,]*)\s+out of(?:\s+(\d[\d,]*))?$/iu;
const TITLE_METASCORE = /^(\d{1,3}|tbd)\s+metascore$/iu;
const DATE = /^([a-z]{3,9})\.?\s+(\d{1,2}),\s*(\d{4})$/iu;

/**
 * The tail of a verdict line from its dash on: one or two dashes where the label ends (a label
 * ends in no dash, unless it is a dash standing first: `- - based on`), one space or none,
 * "based on", the count (thousands separators allowed) and its unit, which says whose verdict it
 * is, and the main page's "What's this?"; `capture` takes the count and the unit as groups.
 */
function verdictTail(capture: boolean): string {
  const group = capture ? '(' : '(?:';
  return String.raw`\s*(?:(?<![-–—‐−])|(?<=^.))[-–—‐−]{1,2}\s?based on\s+${group}\d[\d,]*)\s+${group}critics?|critic reviews?|ratings?|user ratings?)(?:\s+what['’]s this\?)?$`;
}

// A verdict line as the page prints it: `<label> - based on <N> <unit>[ What's this?]`, whose
// label is no list item's number (`1. Trust the aggregate - based on 5 Critics` is an item's text).
const VERDICT_LINE = new RegExp(String.raw`^(?!\d{1,6}\.(?: |${verdictTail(false)}))(\S.*?)${verdictTail(true)}`, 'iu');

function verdictModel(text: string): unknown {
  const match = VERDICT_LINE.exec(text);
  if (!match) return undefined;
  return { owner: (match[3] ?? '').toLowerCase().includes('rating') ? 'user' : 'critic', label: match[1], count: readCount(match[2] ?? '') };
}

function distributionModel(text: string): unknown {
  // Only a line that ends with a digit or the "f" of "out of" is matched.
  const match = /[\df]$/iu.test(text) ? DISTRIBUTION_LINE.exec(text) : null;
  if (!match) return undefined;
  // "ſ" is an "s" to the pattern: "poſitive" is positive.
  const word = (match[1] ?? '').toLowerCase().replaceAll('ſ', 's');
  return { sentiment: word === 'neutral' ? 'mixed' : word, count: readCount(match[2] ?? ''), total: match[3] === undefined ? null : readCount(match[3]) };
}

function titleMetascoreModel(text: string): unknown {
  const match = TITLE_METASCORE.exec(text);
  if (!match) return undefined;
  const value = (match[1] ?? '').toLowerCase();
  return { metascore: value === 'tbd' ? 'tbd' : Number(value) };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function dateModel(text: string): unknown {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const name = (match[1] ?? '').toLowerCase();
  const month = MONTHS.findIndex((long) => long.startsWith(name.slice(0, 3))) + 1;
  if (month === 0 || !(name.length === 3 || MONTHS.includes(name) || name === 'sept')) return undefined;
  const day = Number(match[2]);
  const year = match[3] ?? '';
  const days =
    month === 2 ? (Number(year) % 4 === 0 && (Number(year) % 100 !== 0 || Number(year) % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return { iso: day >= 1 && day <= days ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null };
}

const VERDICT_LINES = fc.oneof(
  linesOf(['Good', ' - ', 'based on', 'critic', 'critics', 'critic reviews', 'ratings', 'user ratings', "what's this?", ' what’s this?', '1. ']),
  slotsOf(
    ['Good', '1. Good', 'Mixed or average reviews', ''],
    SPACED,
    ['-', '--', '–', '---', '−'],
    SPACED,
    ['based on', 'based'],
    SPACED,
    NUMBERS,
    SPACED,
    ['critic', 'critics', 'critic reviews', 'critic  review', 'ratings', 'user ratings', 'reviews'],
    ['', " what's this?", ' what’s this?', '  what´s this?'],
  ),
);
const DISTRIBUTION_LINES = fc.oneof(
  linesOf(['1. ', '12. ', 'positive', 'mixed', 'neutral', 'negative', 'out of', ' out of ']),
  slotsOf(
    ['', '1. ', '12.  ', '123. ', '1.'],
    ['positive', 'mixed', 'neutral', 'negative', 'neg'],
    ['', ':'],
    SPACED,
    NUMBERS,
    SPACED,
    ['out of', 'out  of', 'out'],
    ['', ' ', '  '],
    ['', ...NUMBERS],
  ),
);
const TITLE_METASCORE_LINES = fc.oneof(
  linesOf(['tbd', 'metascore', ' metascore', 'Metascore']),
  slotsOf(['tbd', 'tb', ...NUMBERS, ''], SPACED, ['metascore', 'metascores', 'score']),
);
const DATE_LINES = fc.oneof(
  linesOf(['jul', 'sep', 'sept', 'september', 'may', 'feb', 'janu', 'decem', 'ju', ' 5, ', ' 29,', ' 31, ']),
  slotsOf(
    ['jul', 'sep', 'sept', 'september', 'may', 'feb', 'febr', 'janu', 'decembers', 'ju'],
    ['', '.'],
    SPACED,
    ['0', '5', '29', '30', '31', '123'],
    [',', ''],
    SPACED,
    ['2013', '2012', '1900', '2000', '201', '20133'],
  ),
);

describe('the recognisers read by character codes', () => {
  it.each([
    ['verdict', VERDICT_LINES, verdictModel],
    ['distribution', DISTRIBUTION_LINES, distributionModel],
    ['title Metascore', TITLE_METASCORE_LINES, titleMetascoreModel],
    ['date', DATE_LINES, dateModel],
  ] as const)('are tried on %s lines of which some are of the pattern (one in a hundred or more)', (_, lines, model) => {
    const sample = fc.sample(lines, { numRuns: 2000, seed: 1 });
    expect(sample.filter((line) => model(line) !== undefined).length).toBeGreaterThan(20);
  });

  it.each([
    ['Universal acclaim- based on 1,095 Ratings', { owner: 'user', label: 'Universal acclaim', count: 1095 }],
    ["Good -- based on 5 Critics What's this?", { owner: 'critic', label: 'Good', count: 5 }],
    ['- - based on 5 critics', { owner: 'critic', label: '-', count: 5 }],
    ['---based on 5 critics', { owner: 'critic', label: '-', count: 5 }],
    ['Good - --based on 5 critic reviews', { owner: 'critic', label: 'Good -', count: 5 }],
    ['1.- based on 5 critics - based on 6 critics', { owner: 'critic', label: '1.- based on 5 critics', count: 6 }],
    ['1.x - based on 5 critics', { owner: 'critic', label: '1.x', count: 5 }],
    ['Good --- based on 5 critics', undefined],
    ['Good -  based on 5 critics', undefined],
    ['1.- based on 5 critics', undefined],
    ['1. Trust the aggregate - based on 5 Critics', undefined],
    ['Good - based on 5 critics based on 6 critics', undefined],
  ])('reads %j as %j, as its pattern does', (text, verdict) => {
    expect(verdictModel(text)).toStrictEqual(verdict);
    expect(recogniseVerdictLine(text)).toStrictEqual(verdict);
  });

  test.prop([VERDICT_LINES], { numRuns: 3000 })('recogniseVerdictLine reads a line as its pattern does', (text) => {
    expect(recogniseVerdictLine(text)).toStrictEqual(verdictModel(text));
  });

  test.prop([DISTRIBUTION_LINES], { numRuns: 3000 })('recogniseDistributionLine reads a line as its pattern does', (text) => {
    expect(recogniseDistributionLine(text)).toStrictEqual(distributionModel(text));
  });

  test.prop([TITLE_METASCORE_LINES], { numRuns: 3000 })('recogniseTitleMetascore reads a line as its pattern does', (text) => {
    expect(recogniseTitleMetascore(text)).toStrictEqual(titleMetascoreModel(text));
  });

  test.prop([DATE_LINES], { numRuns: 3000 })('recogniseDate reads a line as its pattern does', (text) => {
    expect(recogniseDate(text)).toStrictEqual(dateModel(text));
  });

  // recogniseDate is read by other sites on any text: its whitespace as the pattern's `\s` has it.
  test.prop([
    fc
      .array(fc.constantFrom(...casesOf(['jul', 'september', 'sept']), ...NUMBERS, ...SPACES, '\u2003', '\ufeff', '\n', ',', '.'), { maxLength: 8 })
      .map((pieces) => pieces.join('')),
  ])('recogniseDate reads any text as its pattern does, whatever its whitespace', (text) => {
    expect(recogniseDate(text)).toStrictEqual(dateModel(text));
  });

  // "Reviewed by" with the critic's name, or with the name on the next line.
  test.prop(
    [
      fc
        .tuple(
          fc.constantFrom(...casesOf(['reviewed by', 'reviewed', 'reviewed  by']), 'reviewed bY', 'Reviewed bys'),
          fc.constantFrom('', ':', '::', 'line', '_', '1', 'ſ', '\u212a', '-', ' '),
          fc.constantFrom('', ' ', '  '),
          fc.constantFrom('', 'Noel Murray', 'a lesser director', ' x '),
        )
        .map((pieces) => pieces.join('')),
    ],
    { numRuns: 1000 },
  )('recogniseReviewedBy reads a line as its pattern does', (text) => {
    const match = /^reviewed by\b(:?)/iu.exec(text);
    const name = match ? text.slice(match[0].length).trim() : '';
    expect(recogniseReviewedBy(text)).toStrictEqual(match && (match[1] !== '' || name === '') ? { name } : undefined);
  });

  // A date cut short, as a truncated page's last line is: its month read as a whole date's is.
  test.prop(
    [
      fc
        .tuple(
          fc.constantFrom(...casesOf(['jul', 'sep', 'sept', 'sepa', 'september', 'septe', 'may', 'janu', 'december']), 'ſep', 'auguſt', 'dec\u212a', '5'),
          fc.constantFrom('', '.'),
          fc.constantFrom(' ', '  ', ''),
          fc.constantFrom('5', '12', '123', ''),
          fc.constantFrom('', ',', ', 20', ',2013'),
        )
        .map((pieces) => pieces.join('')),
    ],
    { numRuns: 1000 },
  )('recogniseCutDate reads a line as its pattern does', (text) => {
    const match = /^([a-z]{3,9})\.?\s+\d{1,2}(?:,\s*\d{0,3})?$/iu.exec(text);
    const name = (match?.[1] ?? '').toLowerCase();
    const isMonth = MONTHS.some((long) => long.startsWith(name.slice(0, 3))) && (name.length === 3 || MONTHS.includes(name) || name === 'sept');
    expect(recogniseCutDate(text)).toBe(match !== null && isMonth);
  });
});

describe('the recognisers read in place', () => {
  // A line where it stands in a page: other lines, and the line's indentation and trailing
  // spaces, around it, none of which may be read.
  const pages = (line: string): [string, number, number][] => [
    [line, 0, line.length],
    [`12\n  ${line}  \n9. Positive`, 5, 5 + line.length],
    [`Positive: 1 out of 2\n${line}\n`, 21, 21 + line.length],
  ];
  const ALL_LINES = fc.oneof(
    VERDICT_LINES,
    DISTRIBUTION_LINES,
    TITLE_METASCORE_LINES,
    DATE_LINES,
    linesOf(['• ', 'For ', '12% ', 'see all', 'Critic Score', '> ', '#']),
  );
  it.each([
    ['recogniseVerdictLineAt', recogniseVerdictLineAt, recogniseVerdictLine],
    ['recogniseDistributionLineAt', recogniseDistributionLineAt, recogniseDistributionLine],
    ['recogniseTitleMetascoreAt', recogniseTitleMetascoreAt, recogniseTitleMetascore],
    ['recogniseScoreBulletAt', recogniseScoreBulletAt, recogniseScoreBullet],
    ['recogniseProfileLineAt', recogniseProfileLineAt, recogniseProfileLine],
    ['isFurnitureAt', isFurnitureAt, recogniseFurniture],
    ['recogniseDateAt', recogniseDateAt, recogniseDate],
  ] as const)('%s reads a line in a page as its text alone is read', (_, at, whole) => {
    fc.assert(
      fc.property(ALL_LINES, (line) => {
        for (const [page, start, end] of pages(line)) expect(at(page, start, end)).toStrictEqual(whole(line));
      }),
      { numRuns: 1500, ...seedOption(7) },
    );
  });

  it('isFurnitureAt takes a line that lower-cases to a furniture word, and none of that length that does not', () => {
    // Each word in every case, with "ſ" for "s", the Kelvin sign for "k", "İ" for "i" (which lower-cases to two code units), and one letter changed.
    const variants = [...FURNITURE].flatMap((word) => [...casesOf([word]), word.replaceAll('i', 'İ'), `${word.slice(0, -1)}x`, `x${word.slice(1)}`]);
    // "There are no ... reviews yet." is furniture by its pattern too, case-blind with "ſ" an "s".
    const furniture = (line: string): boolean => FURNITURE.has(line.toLowerCase()) || /^there are no (?:critic |user )?reviews yet\.?$/iu.test(line);
    for (const line of variants)
      for (const [page, start, end] of pages(line)) expect([line, isFurnitureAt(page, start, end)]).toStrictEqual([line, furniture(line)]);
  });

  it("isCriticReviewsHeading takes the critics' heading in every case, a furniture word, and no other furniture word", () => {
    // As the furniture word it is: in any case (with the Kelvin sign for "k"), where "ſ" for "s" makes it no furniture, nor the heading.
    const headings = casesOf(['critic reviews']);
    expect(headings.filter((line) => isCriticReviewsHeading(line) !== recogniseFurniture(line))).toStrictEqual([]);
    expect(headings.filter((line) => !isCriticReviewsHeading(line))).toStrictEqual(['critic reviewſ']);
    expect([...FURNITURE].filter((word) => word !== 'critic reviews' && isCriticReviewsHeading(word))).toStrictEqual([]);
    expect(['See all 20 Critic Reviews', 'Critic Reviews.', 'Critic Review', 'critic  reviews'].filter(isCriticReviewsHeading)).toStrictEqual([]);
  });

  it('isFurnitureAt takes a line that ends with a full stop only when it begins as "There are no", a count or "> " does, and one that ends with a digit as a count, "#" or "> " does', () => {
    const furniture = [
      'There are no user reviews yet.',
      'there are no critic reviews yet.',
      'THERE ARE NO POSITIVE REVIEWS YET.',
      '3 of 4 users found this helpful.',
      '> Track one.',
      '0 out of 10',
      '#12 Best PC Game of 2009',
      '> Track 1',
    ];
    const other = [
      'Watch On.',
      'Expand.',
      'Critic Reviews.',
      'See all 20 Critic Reviews.',
      'Full Review.',
      'No user score yet- Awaiting 4 more ratings.',
      '#12 Best PC Game of 2009.',
      '.',
    ];
    other.push('Jul 15, 2013', 'Watch On 2', 'Top Trailers 1', 'No user score yet- Awaiting 4', 'See all 20', '1 out of 10', '#');
    for (const line of [...furniture, ...other])
      for (const [page, start, end] of pages(line)) expect([line, isFurnitureAt(page, start, end)]).toStrictEqual([line, furniture.includes(line)]);
  });

  // A count's digits and separators, up to past 15 digits (where a double stops keeping every
  // digit) and 309 (where it becomes Infinity).
  const COUNTS = fc.oneof(
    fc.stringMatching(/^\d[\d,]{0,24}$/u),
    fc.integer({ min: 300, max: 320 }).map((digits) => '9'.repeat(digits)),
    // Counts whose digits, summed up one by one in a double, would round otherwise than when read as one number.
    fc.constantFrom('1,095', '9007199254740993', '999999999999999', '1,000,000,000,000,000', '0', '95813195981245450', '72,917,295,854,050,986,248'),
  );
  it('readCountAt reads a count in a page as readCount reads its digits alone', () => {
    fc.assert(
      fc.property(COUNTS, (digits) => {
        for (const [page, start, end] of pages(digits)) expect(readCountAt(page, start, end)).toBe(readCount(digits));
      }),
      { numRuns: 1500, ...seedOption(7) },
    );
  });
});
