import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as stats from '../../src/stats/index.js';

describe('src/stats/index.ts', () => {
  it('returns exactly the public runtime exports of the statistics module', () => {
    expect(Object.keys(stats).sort()).toStrictEqual([
      'PROFILE_CONTRADICTION_CODES',
      'checkProfile',
      'compareWithMetascore',
      'normalizeCriticName',
      'normalizeName',
      'summarizeCritics',
      'summarizeProfile',
      'summarizePublications',
    ]);
  });

  it('returns only imports of its own files, the types, classification (with its internal helpers), aggregation and the shared checks and field readers', () => {
    const folder = join(import.meta.dirname, '..', '..', 'src', 'stats');
    const allowed =
      /^(?:\.\/[\w-]+\.js|\.\.\/types\/[\w-]+\.js|\.\.\/classify\/(?:index|internal)\.js|\.\.\/aggregate\/index\.js|\.\.\/shared\/(?:checks|fields)\.js)$/u;
    const found: string[] = [];
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) {
      const text = readFileSync(join(folder, file), 'utf8');
      for (const match of text.matchAll(/^(?:import|export)[^;]*? from '([^']+)';$/gmu)) {
        const specifier = match[1] ?? '';
        if (!allowed.test(specifier)) found.push(`${file}: ${specifier}`);
      }
      if (/\bprocess\.|from 'node:/u.test(text)) found.push(`${file}: node or process`);
    }
    expect(found).toStrictEqual([]);
  });
});
