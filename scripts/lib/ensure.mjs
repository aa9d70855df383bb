/**
 * What `npm start` and `npm test` install by themselves on a fresh machine: npm packages when
 * node_modules is missing or older than the lock file, and Debian's browsers when missing (as root).
 * Uses only Node's standard library: it runs before anything is installed.
 */
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** `npm ci` when node_modules is missing or older than package-lock.json. */
export function ensureDependencies() {
  const marker = join(root, 'node_modules/.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('Installing npm packages (npm ci) …');
  execSync('npm ci --no-audit --no-fund', {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
  });
}

/** Debian packages that provide each browser, and where the binary lands. */
const BROWSERS = {
  chromium: { packages: ['chromium'], binary: () => process.env.CHROME_PATH ?? '/usr/bin/chromium', env: 'CHROME_PATH' },
};

/** Installs the named browsers with apt-get when missing and running as root; otherwise explains. */
export function ensureBrowsers(names = ['chromium']) {
  const missing = names.filter((name) => !existsSync(BROWSERS[name].binary()));
  if (missing.length === 0) return;
  const packages = missing.flatMap((name) => BROWSERS[name].packages);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    const hints = missing.map((name) => `${name}: set ${BROWSERS[name].env} to its executable`).join('; ');
    throw new Error(
      `Missing browser(s): ${missing.join(', ')}. Install them with ` +
        `"sudo apt-get install -y --no-install-recommends ${packages.join(' ')}" or point to your own — ${hints}.`,
    );
  }
  console.log(`Installing ${packages.join(', ')} with apt-get …`);
  execSync('apt-get update -qq', { stdio: 'inherit' });
  execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages.join(' ')}`, {
    stdio: 'inherit',
  });
}

/** The Chromium executable every runner uses. */
export function chromiumPath() {
  return BROWSERS.chromium.binary();
}
