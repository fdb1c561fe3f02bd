/**
 * Golden pages, one folder per reader or refiner (tests/parse/golden/<part>/):
 * each `<case>.txt` parses to its `<case>.json` (the whole result: page,
 * diagnostics and furniture, spans included). `GOLDEN_UPDATE=1 npx vitest run
 * tests/parse/golden.test.ts` writes the .json of a case that has none, or
 * rewrites them all after a change that is meant: review the diff.
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
    it('has at least one case', () => {
      expect(cases.length).toBeGreaterThan(0);
    });
    for (const file of cases) {
      it(`parses ${file} to its .json`, () => {
        const text = readFileSync(join(root, part, file), 'utf8');
        const result = JSON.parse(JSON.stringify(parse(text))) as unknown;
        const golden = join(root, part, file.replace(/\.txt$/u, '.json'));
        if (update || !existsSync(golden)) writeFileSync(golden, `${JSON.stringify(result, null, 2)}\n`);
        expect(result).toStrictEqual(JSON.parse(readFileSync(golden, 'utf8')));
      });
    }
  });
}
