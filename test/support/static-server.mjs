/**
 * A tiny static server on loopback for integration checks and the story sweep: serves files under
 * `root`, plus in-memory pages (path → { body, headers }). Returns { url, close, pages }.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/**
 * `prefix` (such as `/docs/storybook`) serves everything under that path only, as a site that publishes
 * the files in a sub-folder does; the returned `url` then ends with it.
 */
export async function serve(root, pages = new Map(), { prefix = '' } = {}) {
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (path === '/favicon.ico') {
      response.writeHead(204).end(); // browsers ask for it on their own; a 404 would read as a page error
      return;
    }
    if (prefix) {
      if (!path.startsWith(`${prefix}/`)) {
        response.writeHead(404).end('not found (outside the sub-path)');
        return;
      }
      path = path.slice(prefix.length);
    }
    const page = pages.get(path);
    if (page) {
      response.writeHead(200, { 'content-type': TYPES['.html'], ...(page.headers ?? {}) });
      response.end(page.body);
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    pages,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
