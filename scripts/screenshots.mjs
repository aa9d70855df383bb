#!/usr/bin/env node
/**
 * `npm run screenshots`: the README's pictures, from the built CDN bundle in a plain page in headless
 * Chromium (run `npm run build` first). Writes docs/images/cluster-explorer-1280.png (the explorer in a
 * 1280 px wide window, as a partner page shows it) and docs/images/cluster-map-800.png (the map 800 px wide);
 * with a Storybook build in storybook-static/ (`npm run build-storybook`), also the Storybook landing page
 * and the embed configurator (docs/images/storybook-*.png).
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
<body>BODY</body></html>`;
const shots = [
  { file: 'cluster-explorer-1280.png', tag: 'cluster-explorer', body: '<cluster-explorer limit="6"></cluster-explorer>' },
  { file: 'cluster-map-800.png', tag: 'cluster-map', body: '<cluster-map style="width: 800px"></cluster-map>' },
];

const server = await serve(root, new Map(shots.map(({ tag, body }) => [`/${tag}.html`, { body: page.replace('BODY', body) }])));
const browser = await launchChromium();
try {
  const storybook = join(root, 'storybook-static');
  if (existsSync(join(storybook, 'index.html'))) {
    const site = await serve(storybook);
    for (const [file, path] of [
      ['storybook-introduction.png', '/docs/guides-introduction--docs'],
      ['storybook-configurator.png', '/docs/guides-embed-configurator--docs'],
    ]) {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await tab.goto(`${site.url}/index.html?path=${path}`);
      // The docs render in the preview frame; wait for its content, then let the elements settle.
      const frame = tab.frameLocator('#storybook-preview-iframe');
      await frame.locator('.sbdocs-content h1, .sbdocs-content h2').first().waitFor();
      await tab.waitForTimeout(800);
      await tab.screenshot({ path: join(root, 'docs/images', file) });
      console.log(`screenshots: wrote docs/images/${file}`);
      await tab.close();
    }
    await site.close();
  }
  for (const { file, tag } of shots) {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await tab.goto(`${server.url}/${tag}.html`);
    await tab.waitForFunction((name) => document.querySelector(name)?.shadowRoot?.querySelectorAll('.pin').length > 3, tag);
    await tab.waitForTimeout(300); // the map regroups once measured
    const path = join(root, 'docs/images', file);
    await tab.locator(tag).screenshot({ path });
    console.log(`screenshots: wrote ${path}`);
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
