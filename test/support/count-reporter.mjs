/**
 * A web-test-runner reporter that writes the run's pass/fail counts to a JSON file, so `npm test` can
 * sum every runner into its closing `N passed, N failed` line.
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

export function countReporter({ outputFile, label }) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { label, passed: 0, failed: 0, skipped: 0, browsers: {} };
      for (const session of sessions) {
        const perBrowser = { passed: 0, failed: 0, skipped: 0 };
        if (session.testResults) countTests(session.testResults, perBrowser);
        // A file that failed to load (import error, timeout) has no test results: count it as a failure.
        if (!session.passed && perBrowser.failed === 0) perBrowser.failed += 1;
        const name = session.browser.name;
        const total = (counts.browsers[name] ??= { passed: 0, failed: 0, skipped: 0 });
        for (const key of ['passed', 'failed', 'skipped']) {
          total[key] += perBrowser[key];
          counts[key] += perBrowser[key];
        }
      }
      mkdirSync(dirname(outputFile), { recursive: true });
      writeFileSync(outputFile, JSON.stringify(counts, null, 2));
    },
  };
}
