/**
 * Golden pages, one folder per reader or refiner (tests/parse/golden/<part>/):
 * each `<case>.txt` parses to its `<case>.json` (the whole result: page,
 * diagnostics and furniture, spans included). `GOLDEN_UPDATE=1 npx vitest run
 * tests/parse/golden.test.ts` writes the .json of a new case, or rewrites them
 * all after a change that is meant: review the diff. Without it, a case with
 * no .json fails (a case that is never compared would be a test that cannot
 * fail).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const root = join(import.meta.dirname, 'golden');
const update = process.env['GOLDEN_UPDATE'] === '1';

for (const part of readdirSync(root).sort()) {
  describe(`golden pages of ${part}`, () => {
    const cases = readdirSync(join(root, part))
      .filter((file) => file.endsWith('.txt'))
      .sort();
    it('has at least one case, and no .json without its .txt', () => {
      expect(cases.length).toBeGreaterThan(0);
      const orphans = readdirSync(join(root, part)).filter((file) => file.endsWith('.json') && !cases.includes(file.replace(/\.json$/u, '.txt')));
      expect(orphans).toStrictEqual([]);
    });
    for (const file of cases) {
      it(`parses ${file} to its .json`, () => {
        const text = readFileSync(join(root, part, file), 'utf8');
        const result = JSON.parse(JSON.stringify(parse(text))) as unknown;
        const golden = join(root, part, file.replace(/\.txt$/u, '.json'));
        if (update) writeFileSync(golden, `${JSON.stringify(result, null, 2)}\n`);
        if (!existsSync(golden)) expect.fail(`${part}/${file} has no .json: write it with GOLDEN_UPDATE=1 and review it.`);
        expect(result).toStrictEqual(JSON.parse(readFileSync(golden, 'utf8')));
      });
    }
  });
}
