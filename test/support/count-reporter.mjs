/**
 * A web-test-runner reporter that writes the run's pass/fail counts to a JSON file, so `npm test` can
 * sum every runner into its closing `N passed, N failed` line. `browsers` holds each browser's counts
 * and `seconds` (from the start of the run until its last test file finished); `engines` lists every
 * browser of the config, so a browser that reported nothing is noticed.
 *
 * `labels` (optional) names the browsers: a Map from launcher to name, or an object from the launcher's
 * own name (`Chromium`, `Firefox`, `MiniBrowser`) to name.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function countTests(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countTests(child, counts);
}

export function countReporter({ outputFile, label, labels = {} }) {
  const nameOf = (browser) => (labels instanceof Map ? labels.get(browser) : labels[browser.name]) ?? browser.name;
  let startTime = Date.now();
  let launchers = [];
  const finishedAt = new Map();
  return {
    start({ sessions, startTime: runStart, browsers }) {
      if (runStart > 0) startTime = runStart;
      launchers = browsers ?? [];
      sessions.on('session-status-updated', (session) => {
        if (session.status === 'FINISHED') finishedAt.set(nameOf(session.browser), Date.now());
      });
    },
    onTestRunFinished({ sessions }) {
      const counts = { label, passed: 0, failed: 0, skipped: 0, engines: launchers.map(nameOf), browsers: {} };
      for (const session of sessions) {
        const perBrowser = { passed: 0, failed: 0, skipped: 0 };
        if (session.testResults) countTests(session.testResults, perBrowser);
        // A file that failed to load (import error, timeout) has no test results: count it as a failure.
        if (!session.passed && perBrowser.failed === 0) perBrowser.failed += 1;
        const name = nameOf(session.browser);
        const total = (counts.browsers[name] ??= { passed: 0, failed: 0, skipped: 0 });
        for (const key of ['passed', 'failed', 'skipped']) {
          total[key] += perBrowser[key];
          counts[key] += perBrowser[key];
        }
      }
      for (const [name, total] of Object.entries(counts.browsers)) {
        if (finishedAt.has(name)) total.seconds = Math.round((finishedAt.get(name) - startTime) / 100) / 10;
      }
      mkdirSync(dirname(outputFile), { recursive: true });
      writeFileSync(outputFile, JSON.stringify(counts, null, 2));
    },
  };
}
