#!/usr/bin/env node
/**
 * `npm run bench`: measures size, first render, scale, map, lifecycle and a partner page's Lighthouse scores
 * against baselines in the same run, on this machine, and writes bench/results.json, bench/RESULTS.md
 * (bench/lib/report.mjs) and the README's "## Performance" section. Bounded: about 5 minutes on a quiet 2-core
 * machine; on a busy one, Lighthouse runs once instead of three times after 6.5 minutes, no section starts after
 * 8.5 minutes and the lifecycle loop stops at 9.25 minutes, each saying so in the results.
 *
 * Order: build dist/ if missing or older than src/ → regenerate the static baseline from the element (make-static.mjs) → build
 * and serve the bench pages (lib/site.mjs) → the sections (lib/*.mjs; CPU profiles after the first render) →
 * judge the goals (lib/goals.mjs) → write the reports. A failing section is recorded with its error and the run goes on; the exit code is 1.
 *
 * Options (for working on the bench; such runs write to a temporary file, never to bench/):
 *   --only=size,first-render,profile,scale,map,lighthouse,lifecycle   run some sections
 *   --quick                                                   fewer runs per case
 *   --no-build                                                measure dist/ as it is, even if older than src/
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeStatic } from './baselines/make-static.mjs';
import { launchChromium } from './lib/browser.mjs';
import { measureFirstRender, VIEWPORT } from './lib/first-render.mjs';
import { judgeGoals } from './lib/goals.mjs';
import { measureLifecycle } from './lib/lifecycle.mjs';
import { measureLighthouse } from './lib/lighthouse.mjs';
import { elapsedSeconds, log } from './lib/log.mjs';
import { currentLoad, describeMachine } from './lib/machine.mjs';
import { measureMap } from './lib/map.mjs';
import { profileFirstRender, profileKeystrokes } from './lib/profile.mjs';
import { RESULTS_JSON, writeReports } from './lib/report.mjs';
import { measureScale } from './lib/scale.mjs';
import { startSite } from './lib/site.mjs';
import { measureSizes } from './lib/size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const quick = args.includes('--quick');
/** No section starts after this; the lifecycle loop stops at STOP_SECONDS. Together: under 10 minutes. */
const DEADLINE_SECONDS = 8.5 * 60;
const STOP_SECONDS = 9.25 * 60;

/** Runs per case. The full settings give ≥ 10 measured runs per case after warm-up. */
const SETTINGS = quick
  ? { firstRender: { warmup: 1, runs: 5 }, scale: { warmup: 0, runs: 3, keystrokeRuns: 1 }, map: { warmup: 1, runs: 3 }, lifecycle: { cycles: 100 }, lighthouse: { runs: 1 } }
  : { firstRender: { warmup: 2, runs: 12 }, scale: { warmup: 1, runs: 10, keystrokeRuns: 2 }, map: { warmup: 1, runs: 10 }, lifecycle: { cycles: 1000 }, lighthouse: { runs: 3 } };
/** Past this, Lighthouse runs once instead of three times, so a run on a busy machine still ends in time. */
const LIGHTHOUSE_SHORTEN_SECONDS = 6.5 * 60;

/** The newest modification time of the files under `dir`. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return latest;
}

/**
 * Builds dist/ when it is missing or older than src/ (the numbers must be of the current code). Returns a note
 * for the results when a needed build failed and the existing dist/ was measured instead.
 */
function ensureBuilt() {
  const built = join(root, 'dist/cdn/danish-clusters.js');
  const missing = !existsSync(built) || !existsSync(join(root, 'dist/cluster-list.js'));
  if (!missing && statSync(built).mtimeMs >= newest(join(root, 'src'))) return null;
  log(`dist/ is ${missing ? 'missing' : 'older than src/'}: npm run build`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status === 0) return null;
  if (missing) throw new Error('npm run build failed and there is no dist/ to measure');
  log('npm run build failed: measuring the existing dist/');
  return 'npm run build failed; the existing (older) dist/ was measured';
}

async function main() {
  const results = { command: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`, meta: describeMachine(), settings: SETTINGS };
  let failed = false;
  const buildNote = args.includes('--no-build') ? null : ensureBuilt();
  if (buildNote) results.meta.buildNote = buildNote;
  const browser = await launchChromium();
  results.meta.chromium = browser.version();
  log(`Chromium ${results.meta.chromium}, Node ${process.version}, ${results.meta.cores} cores, load ${results.meta.loadAverageAtStart.join(' ')}`);
  let site;
  try {
    log('static baseline: capturing <cluster-list> (bench/baselines/make-static.mjs)');
    const baseline = await makeStatic(browser);
    if (baseline.changed) log('  the element\'s markup changed since the committed baseline: static-list.html rewritten');
    site = await startSite();
    const sections = [
      ['size', 'size', () => measureSizes()],
      ['first-render', 'firstRender', () => measureFirstRender(browser, site.url, SETTINGS.firstRender)],
      ['profile', 'profiles', async () => ({
        list: await profileFirstRender(browser, site.url, 'list', VIEWPORT),
        explorer: await profileFirstRender(browser, site.url, 'explorer', { width: 1280, height: 1100 }),
        keystroke: await profileKeystrokes(browser, site.url),
      })],
      ['scale', 'scale', () => measureScale(browser, site.url, SETTINGS.scale)],
      ['map', 'map', () => measureMap(browser, site.url, SETTINGS.map)],
      // Lighthouse before the lifecycle loop: the loop can stop early with what it has, Lighthouse cannot.
      ['lighthouse', 'lighthouse', () => measureLighthouse(site.url, elapsedSeconds() > LIGHTHOUSE_SHORTEN_SECONDS ? { runs: 1 } : SETTINGS.lighthouse)],
      ['lifecycle', 'lifecycle', () => measureLifecycle(browser, site.url, { ...SETTINGS.lifecycle, stop: () => elapsedSeconds() > STOP_SECONDS })],
    ];
    for (const [name, key, measure] of sections) {
      if (only && !only.includes(name)) continue;
      if (elapsedSeconds() > DEADLINE_SECONDS) {
        results[key] = { error: `skipped: the run passed ${DEADLINE_SECONDS / 60} minutes` };
        failed = true;
        log(`${name}: skipped (time budget)`);
        continue;
      }
      log(`${name}: start`);
      try {
        results[key] = await measure();
        log(`${name}: done`);
      } catch (error) {
        failed = true;
        results[key] = { error: String(error?.message ?? error) };
        log(`${name}: FAILED: ${results[key].error}`);
      }
    }
  } finally {
    await site?.close();
    await browser.close();
  }
  results.meta.loadAverageAtEnd = currentLoad();
  results.meta.durationSeconds = Math.round(elapsedSeconds());
  results.goals = judgeGoals(results);
  if (only || quick) {
    const file = join(tmpdir(), 'danish-clusters-bench-partial.json');
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    log(`partial run (--only/--quick): ${file} (bench/results.json and RESULTS.md unchanged)`);
  } else {
    writeFileSync(RESULTS_JSON, `${JSON.stringify(results, null, 2)}\n`);
    writeReports(results);
    log('wrote bench/results.json, bench/RESULTS.md and the README\'s Performance section');
  }
  for (const goal of results.goals) log(`goal ${goal.met ? 'met   ' : 'MISSED'} ${goal.goal}: ${goal.measured}`);
  log(`total ${Math.round(elapsedSeconds())} s`);
  if (failed) process.exitCode = 1;
}

await main();
