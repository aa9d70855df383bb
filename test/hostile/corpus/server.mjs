/**
 * The loopback server of the hostile tests: the test page (`/page.html`, given by the test), the built files it
 * loads (`/dist/…`, from the repository), this folder's page probes (`/corpus/page-probe.mjs`, `/corpus/attribute-probe.mjs`, `/corpus/digest.mjs`) and the `src` responses of
 * src-responses.mjs (`/src/<name>`), including the ones that misbehave on purpose (a redirect loop, a response
 * slower than the timeout, a body that never ends). Anything else is a 404. `close()` also drops held connections.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SRC_RESPONSES } from './src-responses.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dist = join(root, 'dist');
const corpus = fileURLToPath(new URL('.', import.meta.url));
/** The corpus modules the page loads. */
const PAGE_MODULES = new Set(['page-probe.mjs', 'attribute-probe.mjs', 'digest.mjs']);
const JS = { 'content-type': 'text/javascript; charset=utf-8' };

function respond(entry, response) {
  switch (entry.behaviour) {
    case 'redirect-loop':
      response.writeHead(302, { location: `/src/${entry.name}` }).end();
      return;
    case 'redirect':
      response.writeHead(302, { location: entry.location }).end();
      return;
    case 'slow':
      // Answers long after any timeout the tests use; close() drops the connection when the run ends.
      setTimeout(() => response.writableEnded || response.end('[]'), 60_000).unref();
      return;
    case 'never-ends':
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write(entry.body);
      return;
    default:
      response.writeHead(entry.status ?? 200, entry.headers ?? {});
      response.end(entry.body);
  }
}

/** Starts the server; `extraSrc` adds more `/src/<name>` responses (the attribute tests' partner file). */
export async function startServer(pageHtml, extraSrc = []) {
  const responses = new Map([...SRC_RESPONSES, ...extraSrc].map((entry) => [entry.name, entry]));
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (path === '/page.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml);
    } else if (path.startsWith('/corpus/') && PAGE_MODULES.has(path.slice(8))) {
      response.writeHead(200, JS);
      createReadStream(join(corpus, path.slice(8))).pipe(response);
    } else if (path.startsWith('/src/') && responses.has(path.slice(5))) {
      respond(responses.get(path.slice(5)), response);
    } else if (path.startsWith('/dist/')) {
      const file = normalize(join(root, decodeURIComponent(path)));
      if (!file.startsWith(dist + sep) || !existsSync(file) || !statSync(file).isFile()) {
        response.writeHead(404).end('not found');
        return;
      }
      response.writeHead(200, file.endsWith('.json') ? { 'content-type': 'application/json' } : JS);
      createReadStream(file).pipe(response);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
