// `npm run bench` (after `npm run build`): bundles the benchmark with tsup
// (tsx is not among the tools; esbuild through tsup is) into
// node_modules/.cache/critic-consensus-bench/ and runs it. The benchmark
// measures the built package in dist/. Arguments are passed on, e.g.
// `npm run bench -- --quick`, `-- --only=throughput`, `-- --profile`.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = fileURLToPath(new URL('../node_modules/.cache/critic-consensus-bench/', import.meta.url));
mkdirSync(outDir, { recursive: true });
await build({
  config: false,
  entry: { bench: 'bench/bench.ts', 'memory-child': 'bench/memory-child.ts', 'scale-child': 'bench/scale-child.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  outDir,
  silent: true,
  // Keep the cached inputs (generated WET files, large pages) between runs.
  clean: false,
});
// The bench measures this repository's dist/, named here: found from the bundle's own place, it would be the dist/ of
// whichever repository a symbolically linked node_modules really is in.
const { status } = spawnSync(process.execPath, ['--max-old-space-size=8192', `${outDir}bench.js`, ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, CRITIC_CONSENSUS_BENCH_ROOT: root },
});
process.exitCode = status ?? 1;
