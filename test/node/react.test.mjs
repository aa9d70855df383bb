/**
 * `danish-clusters/react` and `danish-clusters/jsx`: the committed generated files equal a fresh generation
 * from custom-elements.json and cover every element and `cluster-*` event; React stays out of every other
 * entry; and the type checks of test/types pass (valid JSX compiles, invalid JSX stays an error, a project
 * without React types compiles without pulling them in).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import ts from 'typescript';
import { elementsOf, eventProp, generateReact, JSX_FILE, jsxEventProp, readManifest, REACT_FILE } from '../../scripts/build-react.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (file) => readFileSync(join(root, file), 'utf8');
const pkg = JSON.parse(read('package.json'));
const manifest = readManifest(root);
const elements = elementsOf(manifest);
const TSC = join(root, 'node_modules/typescript/bin/tsc');
/** A module of React, its types or @lit/react. */
const REACT_MODULE = /node_modules\/(react|react-dom|@types\/react|@lit\/react)\//;

/** The text from `start` up to the next line that is exactly `end`. */
function block(text, start, end) {
  const from = text.indexOf(start);
  assert.ok(from >= 0, `missing: ${start}`);
  const to = text.indexOf(`\n${end}\n`, from);
  return text.slice(from, to < 0 ? undefined : to);
}

/** Runs tsc; resolves with its exit code and output. */
function tsc(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [TSC, '--pretty', 'false', ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? (error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

test('src/react/index.ts and src/jsx/index.ts equal a fresh generation (run node scripts/build-react.mjs)', () => {
  for (const [file, text] of Object.entries(generateReact(manifest, root))) assert.equal(read(file), text, file);
});

test('the manifest has the six elements of DESIGN.md', () => {
  assert.deepEqual(
    elements.map((element) => element.tagName),
    ['cluster-about', 'cluster-card', 'cluster-explorer', 'cluster-list', 'cluster-map', 'cluster-timeline'],
  );
});

test('every element has its wrapper, registered, with a prop for each cluster-* event it fires (and no other)', () => {
  const source = read(REACT_FILE);
  for (const { className, tagName, events } of elements) {
    assert.ok(source.includes(`import { ${className} as ${className}Element } from '../define/${tagName}.js';`), `${tagName} is registered`);
    const wrapper = block(source, `export const ${className} = `, '});');
    assert.ok(wrapper.includes(`tagName: '${tagName}',`), `${className} wraps <${tagName}>`);
    assert.ok(wrapper.includes(`elementClass: ${className}Element,`));
    const props = [...wrapper.matchAll(/^ {4}(on\w+): '([\w-]+)' as EventName<ClusterEventMap\['([\w-]+)'\]>,$/gm)];
    assert.deepEqual(
      props.map(([, prop, event, typed]) => [prop, event, typed]),
      events.map(({ name }) => [eventProp(name), name, name]),
      `events of <${tagName}>`,
    );
  }
  for (const event of ['cluster-select', 'cluster-filter-change', 'cluster-data-load', 'cluster-data-error']) {
    assert.ok(source.includes(`${eventProp(event)}: '${event}'`), `${event} has a wrapper prop`);
  }
  assert.equal(eventProp('cluster-filter-change'), 'onClusterFilterChange');
});

test('every element is an intrinsic JSX element with each attribute, property and event of the manifest', () => {
  const source = read(JSX_FILE);
  const intrinsic = block(source, "declare module 'react' {", '}');
  for (const { className, tagName, attributes, properties, events } of elements) {
    assert.ok(intrinsic.includes(`'${tagName}': ElementJsxProps<${className}, ${className}JsxAttributes>;`), `<${tagName}> in JSX`);
    const own = block(source, `export interface ${className}JsxAttributes {`, '}');
    for (const { name, field } of attributes) {
      const prop = /^[a-z]+$/.test(name) ? name : `'${name}'`;
      assert.ok(own.includes(`  ${prop}?: ${className}['${field}'];`), `<${tagName} ${name}>`);
    }
    for (const { name } of properties) assert.ok(own.includes(`  ${name}?: ${className}['${name}'];`), `<${tagName}>.${name}`);
    for (const { name } of events) {
      assert.ok(own.includes(`  '${jsxEventProp(name)}'?: (event: ClusterEventMap['${name}']) => void;`), `<${tagName} on${name}>`);
    }
  }
});

test('package.json: the react and jsx entries, React an optional peer; dependencies only Lit and its official add-ons', () => {
  assert.deepEqual(pkg.exports['./react'], { types: './dist/types/react/index.d.ts', default: './dist/react.js' });
  assert.deepEqual(pkg.exports['./jsx'], { types: './dist/types/jsx/index.d.ts', default: './dist/jsx.js' });
  // @lit/react for danish-clusters/react, @lit-labs/ssr-client for danish-clusters/hydrate.js; no bundle
  // of the other entries includes either (checked below for React).
  assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@lit-labs/ssr-client', '@lit/react', 'lit']);
  assert.equal(pkg.peerDependencies.react, '>=18');
  assert.equal(pkg.peerDependenciesMeta.react.optional, true);
  for (const name of ['@lit/react', '@lit-labs/ssr-client', 'react', '@types/react']) {
    const version = pkg.dependencies[name] ?? pkg.devDependencies[name];
    assert.match(version ?? '', /^\d+\.\d+\.\d+$/, `${name} is pinned exactly`);
  }
});

test('no entry but danish-clusters/react brings React or @lit/react (the CDN bundle, the main, data and element entries)', async () => {
  const entries = ['src/define/cdn.ts', 'src/index.ts', 'src/data/index.ts', ...elements.map(({ tagName }) => `src/define/${tagName}.ts`)];
  const result = await build({
    entryPoints: entries,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    target: 'es2022',
    outdir: '/virtual',
    logLevel: 'silent',
    absWorkingDir: root,
  });
  const inputs = Object.keys(result.metafile.inputs);
  assert.ok(inputs.some((input) => input.startsWith('src/components/')), 'the bundle has the elements');
  assert.deepEqual(
    inputs.filter((input) => REACT_MODULE.test(input) || /^src\/(react|jsx)\//.test(input)),
    [],
  );
});

test('danish-clusters/jsx compiles to an empty JavaScript module', async () => {
  const { code } = await transform(read(JSX_FILE), { loader: 'ts', format: 'esm' });
  assert.equal(code.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '').trim(), '');
});

describe('type checks (tsc)', { concurrency: true }, () => {
  test('tsc -p test/types: valid JSX compiles and every @ts-expect-error still marks an error', async () => {
    const { code, output } = await tsc('-p', 'test/types', '--listFiles');
    assert.equal(code, 0, output);
    assert.deepEqual(output.split('\n').filter((file) => file.includes('/dist/')), [], 'the library comes from src/, not a build');
  });

  test('tsc -p test/types/no-react: compiles without React types and loads none', async () => {
    const { code, output } = await tsc('-p', 'test/types/no-react', '--listFiles');
    assert.equal(code, 0, output);
    const files = output.split('\n').filter(Boolean);
    assert.ok(files.some((file) => file.endsWith('/src/index.ts')), 'the main entry is in the program');
    assert.deepEqual(files.filter((file) => REACT_MODULE.test(file) || file.includes('/dist/')), []);
  });

  test('each @ts-expect-error in test/types/jsx-invalid.tsx marks exactly one error of its own line', () => {
    const dir = join(root, 'test/types');
    const config = ts.getParsedCommandLineOfConfigFile(join(dir, 'tsconfig.json'), {}, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => assert.fail(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')),
    });
    const file = join(dir, 'jsx-invalid.tsx');
    const original = readFileSync(file, 'utf8');
    const lines = original.split('\n');
    // The line after each directive: where tsc must report the error once the directive is gone.
    const directive = /^\s*(\/\/|\{\/\*) @ts-expect-error /;
    const expected = lines.flatMap((line, index) => (directive.test(line) ? [index + 2] : []));
    assert.ok(expected.length >= 10, 'the invalid cases are there');
    const host = ts.createCompilerHost(config.options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (name, language, ...rest) =>
      name === file ? ts.createSourceFile(name, lines.map((line) => line.replace(directive, '$1 expected error: ')).join('\n'), language) : getSourceFile(name, language, ...rest);
    const program = ts.createProgram([file], config.options, host);
    const errors = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where = diagnostic.file ? `${diagnostic.file.fileName === file ? 'line' : diagnostic.file.fileName} ${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1}` : 'global';
      return { where, message: ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ') };
    });
    assert.deepEqual(
      errors.map(({ where }) => where),
      expected.map((line) => `line ${line}`),
      errors.map(({ where, message }) => `${where}: ${message}`).join('\n'),
    );
  });
});
