#!/usr/bin/env node
/** `npm start`: Storybook with every element on the bundled data, at http://localhost:6006. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureDependencies, root } from './lib/ensure.mjs';

ensureDependencies();
const storybook = join(root, 'node_modules/storybook/dist/bin/dispatcher.js');
const child = spawn(process.execPath, [storybook, 'dev', '--port', '6006', '--no-open', '--ci'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
});
child.on('exit', (code) => process.exit(code ?? 0));
