#!/usr/bin/env node
/**
 * The component suite in Chromium, Firefox ESR and WebKitGTK (web-test-runner.engines.config.mjs), as
 * `npm test` runs it. WebKit needs a WebKitWebDriver and an X display: this script starts
 * `xvfb-run -a WebKitWebDriver --port=<free port>` in its own process group (MiniBrowser inherits the
 * display from the driver; Chromium and Firefox run headless), runs web-test-runner once with all three
 * engines in parallel (measured faster than one engine after another on 2 cores), prints each engine's
 * counts, and stops the driver, MiniBrowser and Xvfb at exit — also on failure, Ctrl-C or SIGTERM.
 * When WebKitWebDriver does not start, the other engines still run and WebKit counts as failed.
 *
 * Usage: node scripts/wtr-engines.mjs [web-test-runner arguments …]
 *   WTR_BROWSERS=firefox,webkit   only these engines (default chromium,firefox,webkit)
 *   WTR_COUNT_FILE=…              where the counts go (default .test-results/browser-engines.json), with
 *                                 each engine's under `browsers` (see test/support/count-reporter.mjs)
 * Exits with web-test-runner's status (1 also when the driver does not start).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { WEBKIT_ENV, browserLabel, browserPaths, ensureBrowsers, root } from './lib/ensure.mjs';
import { freePort } from './lib/free-port.mjs';

const engines = (process.env.WTR_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());
const DRIVER_START_TIMEOUT = 20_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** `xvfb-run -a WebKitWebDriver`, in a process group of its own so it can be stopped as a whole. */
class WebKitDriver {
  /** @type {import('node:child_process').ChildProcess | undefined} */
  child;
  output = '';
  exited = false;

  async start() {
    const { webkitDriver, xvfbRun } = browserPaths();
    this.port = await freePort();
    this.child = spawn(
      xvfbRun,
      ['-a', '-s', '-screen 0 1280x1024x24 -nolisten tcp', webkitDriver, `--port=${this.port}`],
      { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...WEBKIT_ENV } },
    );
    const keep = (chunk) => (this.output = (this.output + chunk).slice(-20_000));
    this.child.stdout.on('data', keep);
    this.child.stderr.on('data', keep);
    this.exitPromise = new Promise((resolve) => this.child.on('exit', resolve)).then(() => (this.exited = true));
    this.child.on('error', (error) => keep(`${error}\n`));
    const deadline = Date.now() + DRIVER_START_TIMEOUT;
    while (Date.now() < deadline && !this.exited) {
      try {
        const response = await fetch(`http://127.0.0.1:${this.port}/status`, { signal: AbortSignal.timeout(1000) });
        if (response.ok) return this.port;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    throw new Error(
      (this.exited
        ? `WebKitWebDriver (under xvfb-run) exited with ${this.child.exitCode ?? this.child.signalCode} before it listened on port ${this.port}`
        : `WebKitWebDriver did not answer on port ${this.port} within ${DRIVER_START_TIMEOUT / 1000} s`) +
        (this.output.trim() ? `:\n${this.output.trim()}` : '.'),
    );
  }

  /** The processes whose parent is `pid` (Linux /proc). */
  static children(pid) {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  }

  /** Signals the whole group (xvfb-run, Xvfb, WebKitWebDriver, MiniBrowser); false when none is left. */
  signalGroup(signal) {
    try {
      process.kill(-this.child.pid, signal);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Stops xvfb-run's children (WebKitWebDriver and Xvfb) so that xvfb-run exits normally and removes its
   * files, then ends whatever is left of the group (MiniBrowser and its web processes after an interrupted run).
   */
  async stop() {
    if (!this.child?.pid) return;
    if (!this.exited) {
      for (const pid of WebKitDriver.children(this.child.pid)) {
        try {
          process.kill(pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
      await Promise.race([this.exitPromise, sleep(5000)]);
    }
    if (this.signalGroup('SIGTERM')) {
      await sleep(500);
      this.signalGroup('SIGKILL');
    }
  }

  /** Synchronous last resort (process 'exit'): end the whole group. */
  kill() {
    if (this.child?.pid) this.signalGroup('SIGKILL');
  }
}

/** Adds `label` to the counts web-test-runner wrote as a failed engine that ran nothing (`reason`). */
function recordMissingEngine(countsFile, label, reason) {
  let counts = { label: 'browser tests', passed: 0, failed: 0, skipped: 0, engines: [], browsers: {} };
  try {
    counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  } catch {
    // web-test-runner wrote nothing either
  }
  counts.engines = [...new Set([...(counts.engines ?? []), label])];
  counts.browsers[label] = { passed: 0, failed: 1, skipped: 0, error: reason };
  counts.failed += 1;
  mkdirSync(dirname(countsFile), { recursive: true });
  writeFileSync(countsFile, JSON.stringify(counts, null, 2));
}

/** One line per engine: its counts and when it finished. */
function printEngineSummary(countsFile) {
  let counts;
  try {
    counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  } catch {
    return;
  }
  console.log('\nComponent suite per engine:');
  for (const name of counts.engines ?? Object.keys(counts.browsers)) {
    const result = counts.browsers[name];
    const line = result
      ? `${result.passed} passed, ${result.failed} failed` +
        (result.skipped ? `, ${result.skipped} skipped` : '') +
        (result.seconds !== undefined ? ` (done after ${result.seconds.toFixed(1)} s)` : '') +
        (result.error ? ` — ${result.error}` : '')
      : 'no result';
    console.log(`  ${name.padEnd(12)} ${line}`);
  }
}

async function main() {
  const countsFile = resolvePath(root, process.env.WTR_COUNT_FILE ?? '.test-results/browser-engines.json');
  const driver = engines.includes('webkit') ? new WebKitDriver() : undefined;
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let wtr;
  let stopping;
  const cleanUp = () => (stopping ??= driver?.stop() ?? Promise.resolve());

  process.on('exit', () => driver?.kill());
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, async () => {
      console.error(`\n${signal}: stopping the browsers …`);
      // web-test-runner stops its browsers on SIGINT (only): forward that, whatever came here.
      if (wtr && wtr.exitCode === null && wtr.signalCode === null) {
        wtr.kill('SIGINT');
        await Promise.race([new Promise((done) => wtr.once('exit', done)), sleep(10_000)]);
        if (wtr.exitCode === null && wtr.signalCode === null) wtr.kill('SIGKILL');
      }
      await cleanUp();
      process.exit(128 + { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal]);
    });
  }

  try {
    ensureBrowsers(engines);
    rmSync(countsFile, { force: true });
    let run = engines;
    let driverError;
    const env = { ...process.env, WTR_COUNT_FILE: countsFile };
    if (driver) {
      try {
        env.WEBKIT_WEBDRIVER_PORT = String(await driver.start());
      } catch (error) {
        // Still run the other engines; WebKit counts as failed.
        driverError = String(error.message ?? error);
        console.error(driverError);
        run = engines.filter((name) => name !== 'webkit');
        await cleanUp();
      }
    }
    let status = 0;
    if (run.length > 0) {
      wtr = spawn(
        process.execPath,
        [join(root, 'node_modules/@web/test-runner/dist/bin.js'), '--config', 'web-test-runner.engines.config.mjs', ...process.argv.slice(2)],
        { cwd: root, stdio: 'inherit', env: { ...env, WTR_BROWSERS: run.join(',') } },
      );
      status = await new Promise((done) => {
        wtr.on('exit', (code) => done(code ?? 1));
        wtr.on('error', (error) => {
          console.error(String(error));
          done(1);
        });
      });
    }
    if (driverError) {
      recordMissingEngine(countsFile, browserLabel('webkit'), 'WebKitWebDriver did not start');
      status = 1;
    }
    printEngineSummary(countsFile);
    return status;
  } catch (error) {
    console.error(String(error.message ?? error));
    return 1;
  } finally {
    await cleanUp();
  }
}

process.exitCode = await main();
