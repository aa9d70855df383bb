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

/** The machine's multiarch triplet (where Debian puts WebKitGTK's MiniBrowser). */
const triplet = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[process.arch] ?? `${process.arch}-linux-gnu`;

/**
 * The browsers the component suite runs in: their display name, the files that must exist and the
 * Debian package that provides each (`env`: the variable that points to your own executable instead).
 */
const BROWSERS = {
  chromium: {
    label: 'Chromium',
    files: [{ path: () => process.env.CHROME_PATH ?? '/usr/bin/chromium', package: 'chromium', env: 'CHROME_PATH' }],
  },
  firefox: {
    label: 'Firefox ESR',
    files: [{ path: () => process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', package: 'firefox-esr', env: 'FIREFOX_PATH' }],
  },
  // WebKitGTK: WebKitWebDriver drives MiniBrowser, which needs an X display (Xvfb, through xvfb-run).
  webkit: {
    label: 'WebKitGTK',
    files: [
      { path: () => process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver', package: 'webkit2gtk-driver', env: 'WEBKIT_DRIVER_PATH' },
      { path: () => process.env.MINIBROWSER_PATH ?? `/usr/lib/${triplet}/webkit2gtk-4.1/MiniBrowser`, package: 'webkit2gtk-driver', env: 'MINIBROWSER_PATH' },
      { path: () => '/usr/bin/xvfb-run', package: 'xvfb' },
      { path: () => '/usr/bin/Xvfb', package: 'xvfb' },
      { path: () => '/usr/bin/xauth', package: 'xauth' },
    ],
  },
};

/** Every browser `npm test` runs the component suite in (chromium, firefox, webkit). */
export const ALL_BROWSERS = Object.keys(BROWSERS);

/** The display name of a browser (`webkit` → `WebKitGTK`), as the test counts use it. */
export function browserLabel(name) {
  return BROWSERS[name]?.label ?? name;
}

/**
 * Installs what the named browsers need with apt-get (`--no-install-recommends`) when something is
 * missing and running as root; otherwise throws a message naming the packages to install.
 */
export function ensureBrowsers(names = ['chromium']) {
  const unknown = names.filter((name) => !BROWSERS[name]);
  if (unknown.length > 0) throw new Error(`Unknown browser(s): ${unknown.join(', ')} (known: ${ALL_BROWSERS.join(', ')}).`);
  const missingFiles = () => names.flatMap((name) => BROWSERS[name].files.filter((file) => !existsSync(file.path())));
  const missing = missingFiles();
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((file) => file.package))];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    const overrides = missing.filter((file) => file.env).map((file) => `${file.env}=/path/to/it`);
    throw new Error(
      `Missing ${missing.map((file) => file.path()).join(', ')}. Install with ` +
        `"sudo apt-get install -y --no-install-recommends ${packages.join(' ')}"` +
        (overrides.length ? ` or point to your own (${overrides.join(', ')}).` : '.'),
    );
  }
  console.log(`Installing ${packages.join(', ')} with apt-get …`);
  const apt = (command) => {
    try {
      execSync(command, { encoding: 'utf8', stdio: 'pipe', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } catch (error) {
      console.error(`${error.stdout ?? ''}${error.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n'));
      throw new Error(`"${command}" failed; install ${packages.join(' ')} yourself and run again.`, { cause: error });
    }
  };
  apt('apt-get update -qq');
  apt(`apt-get install -y -qq --no-install-recommends ${packages.join(' ')}`);
  const stillMissing = missingFiles();
  if (stillMissing.length > 0) {
    throw new Error(`Installed ${packages.join(' ')}, but ${stillMissing.map((file) => file.path()).join(', ')} is still missing.`);
  }
}

/** Where each browser's files are (call ensureBrowsers first). */
export function browserPaths() {
  const [webkitDriver, miniBrowser, xvfbRun] = BROWSERS.webkit.files.map((file) => file.path());
  return { chromium: BROWSERS.chromium.files[0].path(), firefox: BROWSERS.firefox.files[0].path(), webkitDriver, miniBrowser, xvfbRun };
}

/**
 * The environment WebKitWebDriver (and so MiniBrowser) runs in: without compositing mode, WebKitGTK paints
 * without OpenGL, which under Xvfb is Mesa's software renderer. Measured here on the component suite:
 * about 85 instead of 100–120 CPU-seconds, the same tests passing. The tests read layout and computed
 * styles, never the compositor's pixels.
 */
export const WEBKIT_ENV = { WEBKIT_DISABLE_COMPOSITING_MODE: '1' };

/** The Chromium executable every runner uses. */
export function chromiumPath() {
  return BROWSERS.chromium.files[0].path();
}
