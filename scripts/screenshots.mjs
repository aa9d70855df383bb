#!/usr/bin/env node
/**
 * `npm run screenshots`: the README's pictures, from the built CDN bundle in a plain page in headless
 * Chromium (run `npm run build` first). Writes docs/images/cluster-explorer-1280.png: the explorer in a
 * 1280 px wide window, as a partner page shows it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../test/support/chromium.mjs';
import { serve } from '../test/support/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(join(root, 'dist/cdn/danish-clusters.js'))) {
  console.error('screenshots: dist/cdn/danish-clusters.js is missing: run `npm run build` first.');
  process.exit(1);
}

const page = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Klynger</title>
<style>body { margin: 0; padding: 24px; font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1f; background: #fff; }</style>
<script type="module" src="/dist/cdn/danish-clusters.js"></script></head>
<body><cluster-explorer limit="6"></cluster-explorer></body></html>`;

const server = await serve(root, new Map([['/explorer.html', { body: page }]]));
const browser = await launchChromium();
try {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await tab.goto(`${server.url}/explorer.html`);
  await tab.waitForFunction(() => document.querySelector('cluster-explorer')?.shadowRoot?.querySelectorAll('.pin').length > 3);
  await tab.waitForTimeout(300); // the map regroups once measured
  const file = join(root, 'docs/images/cluster-explorer-1280.png');
  await tab.locator('cluster-explorer').screenshot({ path: file });
  console.log(`screenshots: wrote ${file}`);
} finally {
  await browser.close();
  await server.close();
}
