/**
 * Pages cut short, with no line break after their last line (a copy or a download cut off): the
 * lines above the cut read as the whole page reads them, and the last line, where the cut can change
 * what it reads (a name, a publication, a score), says so with a `truncated-line` warning on it.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { ALL_SITES } from '../../src/sites/index.js';
import { checkResult, unaccountedLines } from '../property/invariants.js';

/** Parses `text` with every site, checks that every line is accounted for, and gives each diagnostic's code and the text it spans. */
function read(text: string): { page: ReturnType<typeof parse>['page']; reported: [string, string][] } {
  const result = parse(text, { sites: ALL_SITES });
  checkResult(text, result);
  expect(unaccountedLines(text, result)).toStrictEqual([]);
  const reported = result.diagnostics.map((diagnostic): [string, string] => [
    diagnostic.code,
    text.slice(diagnostic.span.start.offset, diagnostic.span.end.offset),
  ]);
  return { page: result.page, reported };
}

describe('a 2019-2022 user-reviews page cut in its header', () => {
  const header = 'A24 | Release Date: Jul 30, 2021 USER SCORE DISTRIBUTION\ntbd\nUSER SCORE';

  it("reads a page cut under a tbd user score, or inside its verdict, with no users' block and no crash", () => {
    for (const text of [header, `${header}\n`, `${header}\nNo score yet based on 2 Rat`]) {
      const { page } = read(text);
      expect([page.users, page.reviews]).toStrictEqual([null, []]);
    }
  });
});

describe('a page cut inside the line its last review is named on', () => {
  const current = 'Universal acclaim - based on 4 Critics\n  1. Reviewed by: Ty Burr\n    A marvel.\n';
  const profile =
    "For 4 reviews, this critic has graded:\n  • 75% higher than the average critic\n\nSheri Linden's Scores\n\nAverage review score: 80\n4 tv reviews\n    • tbd Metascore\n    • 80 Sheri Linden\n    A primer with a pulse.\n    • 72 Metascore\n";
  const era2021 = '100\nMETASCORE\nUniversal acclaim based on 32 Critic Reviews\n100\nVarietyPeter Debruge\nA marvel.\n90\n';
  /** The last review's publication and critic. */
  const lastNames = (page: ReturnType<typeof parse>['page']): unknown => [page.reviews.at(-1)?.publication, page.reviews.at(-1)?.critic?.name];

  it.each([
    ['a current critic byline', `${current}  2. Reviewed by: Daniel D`, [null, 'Daniel D'], 'critic "Daniel D"'],
    ["a profile's score bullet", `${profile}    • 84 Owen Gle`, [null, 'Owen Gle'], 'critic "Owen Gle"'],
    ['a 2019-2022 glued name line', `${era2021}VultureKathryn Van`, ['Vulture', 'Kathryn Van'], 'publication "Vulture", critic "Kathryn Van"'],
  ])('keeps the name read from %s the page ends inside, and warns that it may be cut', (_, text, names, reading) => {
    const { page, reported } = read(text);
    expect(lastNames(page)).toStrictEqual(names);
    const last = text.slice(text.lastIndexOf('\n') + 1).trim();
    expect(reported.filter(([code]) => code === 'truncated-line')).toStrictEqual([['truncated-line', last]]);
    const { diagnostics } = parse(text, { sites: ALL_SITES });
    expect(diagnostics.find(({ code }) => code === 'truncated-line')?.message).toContain(`read as ${reading}.`);
  });

  it.each([
    ['with a line break after it', `${current}  2. Reviewed by: Daniel D\n`],
    ['closed by its bracket', `${current}  2. Reviewed by: Staff [Not Credited]`],
    ['closed by its parenthesis, glued', `${era2021}VultureStaff (Not Credited)`],
    ['under the name, an excerpt', `${current}  2. Reviewed by: Daniel D\n    Sharp.`],
  ])('warns of no cut name on a last line %s', (_, text) => {
    expect(read(text).reported.filter(([code]) => code === 'truncated-line')).toStrictEqual([]);
  });
});
