#!/usr/bin/env node
/**
 * `npm test` (everything, as CI runs it) and `npm run test:quick` (day-to-day: no lint, no packaging
 * checks, no consumer builds, no Storybook). Installs what it needs, runs each stage, prints each stage's time, and ends
 * with `N passed, N failed` summing every runner. A stage that is not a test runner (typecheck, lint,
 * build, …) counts as one check.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_BROWSERS, browserLabel, chromiumPath, ensureBrowsers, ensureDependencies, root } from './lib/ensure.mjs';

const quick = process.argv.includes('--quick');
const resultsDir = join(root, '.test-results');
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);

const totals = { passed: 0, failed: 0 };
/** The address of the one Chromium the Node test files share (test/support/chromium.mjs), once started. */
const sharedBrowser = {};
const timings = [];

/** Runs a command to its end, its output going to the terminal. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, CHROME_PATH: chromiumPath(), FORCE_COLOR: '0', ...sharedBrowser, ...env },
    });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
  });
}

function readCounts(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** A stage that is one check. */
async function check(name, command, args, env) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const ok = await run(command, args, env);
  totals[ok ? 'passed' : 'failed'] += 1;
  timings.push([name, Date.now() - started, ok ? 'ok' : 'FAILED']);
}

/** A stage that runs tests and leaves counts in `countsFile`; `verify(counts)` lists further problems. */
async function tests(name, command, args, countsFile, env, verify) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  rmSync(countsFile, { force: true });
  const ok = await run(command, args, env);
  const counts = readCounts(countsFile);
  let passed = counts?.passed ?? 0;
  let failed = counts?.failed ?? 0;
  // A runner that failed without reporting a failing test (a crash, a load error) still fails the run.
  if (!ok && failed === 0) failed = 1;
  if (ok && passed === 0) {
    console.error(`${name}: no test ran`);
    failed += 1;
  }
  for (const problem of verify?.(counts) ?? []) {
    console.error(`${name}: ${problem}`);
    failed += 1;
  }
  totals.passed += passed;
  totals.failed += failed;
  const perBrowser = counts?.browsers
    ? ' (' + Object.entries(counts.browsers).map(([b, c]) => `${b}: ${c.passed}/${c.passed + c.failed}${c.skipped ? ` +${c.skipped} skipped` : ''}${c.seconds ? ` in ${c.seconds} s` : ''}`).join(', ') + ')'
    : '';
  timings.push([name, Date.now() - started, `${passed} passed, ${failed} failed${perBrowser}`]);
}

/** `*.test.mjs` files of a folder, or the one file named. */
function testFiles(path) {
  if (path.endsWith('.mjs')) return [path];
  return readdirSync(join(root, path))
    .filter((file) => file.endsWith('.test.mjs'))
    .map((file) => join(path, file));
}

function nodeTests(name, path, file, env = {}) {
  const countsFile = join(resultsDir, `${file}.json`);
  return tests(
    name,
    process.execPath,
    [
      '--test',
      '--test-concurrency=2',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      `--test-reporter=${join(root, 'test/support/node-count-reporter.mjs')}`,
      '--test-reporter-destination=stdout',
      ...testFiles(path),
    ],
    countsFile,
    { NODE_COUNT_FILE: countsFile, ...env },
  );
}

/**
 * Real consumer builds (test/consumers/): the built package is packed once here and each consumer test
 * installs that tarball into a fresh copy of its fixture.
 */
function consumerTests() {
  const destination = mkdtempSync(join(tmpdir(), 'danish-clusters-pack-'));
  const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', destination, '--loglevel=error'], { cwd: root, encoding: 'utf8' });
  const tarball = packed.status === 0 ? join(destination, JSON.parse(packed.stdout)[0].filename) : '';
  if (!tarball) console.error(`npm pack failed:\n${packed.stderr}`);
  return nodeTests('consumers (npm package in real consumer builds)', 'test/consumers', 'consumers', { DANISH_CLUSTERS_TARBALL: tarball });
}

const started = Date.now();
try {
  ensureDependencies();
  ensureBrowsers(quick ? ['chromium'] : ALL_BROWSERS);
} catch (error) {
  console.error(String(error.message ?? error));
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
// Imported only now: ensureDependencies() may just have installed playwright-core.
const { launchChromiumServer } = await import('../test/support/chromium.mjs');
// Should it not start, every test file starts a Chromium of its own (slower, same tests).
const browserServer = await launchChromiumServer(chromiumPath()).catch((error) => {
  console.error(`The shared Chromium did not start (${error.message}); each test file starts its own.`);
});
if (browserServer) sharedBrowser.DANISH_CLUSTERS_CHROMIUM = browserServer.wsEndpoint();

await check('typecheck', process.execPath, [bin('typescript', 'bin/tsc'), '--noEmit', '-p', 'tsconfig.json']);
if (!quick) {
  await check('lint (eslint)', process.execPath, [bin('eslint', 'bin/eslint.js'), '--max-warnings=0', '.']);
  await check('lint (lit-analyzer)', process.execPath, [bin('lit-analyzer', 'cli.js'), 'src', '--strict', '--quiet']);
  // Before the build, which rewrites custom-elements.json: the committed file must equal a fresh one.
  await nodeTests('manifest check', 'test/node/manifest.check.mjs', 'manifest');
}
await check('build', process.execPath, ['scripts/build.mjs']);
if (!quick) {
  await check('publint', process.execPath, [bin('publint', 'src/cli.js'), '--strict']);
  await check('attw', process.execPath, [bin('@arethetypeswrong/cli', 'dist/index.js'), '--pack', '--profile', 'esm-only']);
}
await nodeTests('node tests (data, package, budgets)', 'test/node', 'node');
if (quick) {
  // Chromium only, Lit's development build (its warnings show).
  await tests(
    'browser tests (web-test-runner)',
    process.execPath,
    [bin('@web/test-runner', 'dist/bin.js'), '--config', 'web-test-runner.config.mjs'],
    join(resultsDir, 'browser.json'),
  );
} else {
  // Chromium, Firefox ESR and WebKitGTK in one web-test-runner run (scripts/wtr-engines.mjs starts and
  // stops WebKitWebDriver under xvfb-run). Every engine must report the same number of tests.
  const engines = ALL_BROWSERS.map(browserLabel);
  const countsFile = join(resultsDir, 'browser-engines.json');
  await tests(
    `browser tests (web-test-runner: ${engines.join(', ')})`,
    process.execPath,
    ['scripts/wtr-engines.mjs'],
    countsFile,
    { WTR_BROWSERS: ALL_BROWSERS.join(','), WTR_COUNT_FILE: countsFile },
    // Tests that ran (passed + failed): a test skipped in one engine makes the counts differ too.
    (counts) => {
      const ran = engines.map((engine) => {
        const c = counts?.browsers?.[engine];
        const notes = [c?.skipped ? `${c.skipped} skipped` : '', c?.error ?? (c ? '' : 'no result')].filter(Boolean);
        return { engine, count: c ? c.passed + c.failed : 0, notes };
      });
      if (new Set(ran.map(({ count }) => count)).size <= 1) return [];
      const list = ran.map(({ engine, count, notes }) => `${engine} ${count}${notes.length ? ` (${notes.join(', ')})` : ''}`).join(', ');
      return [`the engines ran different numbers of tests: ${list}. Every engine must run the same tests.`];
    },
  );
}
if (!quick) {
  // One after another: alone, each of these keeps both cores busy (measured: 1.8–1.9 cores each on this
  // 2-core machine), and side by side they took 20–55 s longer together than one after another.
  await nodeTests('integration (CDN files in plain pages)', 'test/integration', 'integration');
  await nodeTests('hostile pages, bad data, attribute fuzzing (test/hostile)', 'test/hostile', 'hostile');
  await consumerTests();
  await check('storybook build', process.execPath, [bin('storybook', 'dist/bin/dispatcher.js'), 'build', '--quiet', '-o', 'storybook-static'], { STORYBOOK_DISABLE_TELEMETRY: '1' });
  await tests('story sweep', process.execPath, ['scripts/story-sweep.mjs'], join(resultsDir, 'stories.json'));
}

console.log('\nStage times:');
for (const [name, ms, outcome] of timings) console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${name}: ${outcome}`);
console.log(`  ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  total`);
await browserServer?.close();
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
