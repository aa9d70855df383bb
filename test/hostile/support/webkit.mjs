/**
 * WebKitGTK for a node test: `xvfb-run -a WebKitWebDriver --port=<free port>` in a process group of its
 * own (MiniBrowser inherits the X display from the driver), a webdriverio session on it, and a stop that
 * ends the session, then the driver and Xvfb (so xvfb-run cleans up), then whatever is left of the group.
 * The same way scripts/wtr-engines.mjs starts and stops the driver (that script exports nothing to reuse);
 * the paths come from scripts/lib/ensure.mjs.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { remote } from 'webdriverio';
import { WEBKIT_ENV, browserPaths } from '../../../scripts/lib/ensure.mjs';
import { freePort } from '../../../scripts/lib/free-port.mjs';

const START_TIMEOUT = 30_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The processes whose parent is `pid` (Linux /proc). */
function children(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Starts the driver and a MiniBrowser session: `{ browser, stop }` (`browser` is webdriverio's). */
export async function launchWebKit() {
  const { webkitDriver, miniBrowser, xvfbRun } = browserPaths();
  const port = await freePort();
  const child = spawn(xvfbRun, ['-a', '-s', '-screen 0 1280x1024x24 -nolisten tcp', webkitDriver, `--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...WEBKIT_ENV },
  });
  let output = '';
  const keep = (chunk) => (output = (output + chunk).slice(-10_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('error', (error) => keep(`${error}\n`));
  let exited = false;
  const exit = new Promise((resolve) => child.on('exit', resolve)).then(() => (exited = true));
  const group = (signal) => {
    try {
      process.kill(-child.pid, signal);
      return true;
    } catch {
      return false;
    }
  };
  const lastResort = () => group('SIGKILL');
  process.on('exit', lastResort);
  let browser;

  async function stop() {
    await browser?.deleteSession().catch(() => {});
    if (!exited) {
      for (const pid of children(child.pid)) {
        try {
          process.kill(pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
      await Promise.race([exit, sleep(5000)]);
    }
    if (group('SIGTERM')) {
      await sleep(300);
      group('SIGKILL');
    }
    process.off('exit', lastResort);
  }

  try {
    const deadline = Date.now() + START_TIMEOUT;
    for (let ready = false; !ready; ) {
      if (exited || Date.now() > deadline) throw new Error(`WebKitWebDriver did not start on port ${port}:\n${output.trim()}`);
      ready = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(1000) }).then(
        (response) => response.ok,
        () => false,
      );
      if (!ready) await sleep(100);
    }
    browser = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    });
    return { browser, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
