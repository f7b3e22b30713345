// Sends a static file the way a space's CDN would: compressed (brotli, else gzip) when the
// browser accepts it, cached for a year when its name holds a content hash (the CDN folder's
// chunks/<name>-<hash>.js never change under one name), revalidated by its ETag otherwise.
// The demo (`npm start`) and the examples' server use it; compressed bodies are kept in memory
// per file and modification time, so each file is compressed once.
import {readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.map', '.svg', '.json']);
/**
 * Rollup's chunk names end in an 8-character content hash: the CDN folder's
 * `chunks/shared-DoPR8uh4.js`, a Vite app's `assets/index-CWQczlYG.js` (and its CSS).
 */
const HASHED = /[\\/](?:chunks|assets)[\\/][^\\/]+-[\w-]{8}\.(?:js|css)(?:\.map)?$/;
const YEAR = 365 * 24 * 60 * 60;

/** file → its body and its compressed bodies, for one modification time. */
const memo = new Map();

/** The encoding to answer with: brotli, else gzip, else none (the header's q=0 refuses one). */
function encodingFor(acceptEncoding = '') {
  const accepted = new Set(
    acceptEncoding
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !/^\s*q=0(?:\.0*)?\s*$/.test(q ?? ''))
      .map(([name]) => name.toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return undefined;
}

function compress(encoding, body) {
  return encoding === 'br'
    ? brotliCompressSync(body, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}})
    : gzipSync(body, {level: 9});
}

/**
 * Answers `req` with `file` (which must exist), with `headers` (content type, CSP…) and the
 * caching and compression headers.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} file
 * @param {Record<string, string>} headers
 */
export async function sendFile(req, res, file, headers) {
  const {mtimeMs, size} = await stat(file);
  let entry = memo.get(file);
  if (entry?.mtimeMs !== mtimeMs) {
    entry = {mtimeMs, body: await readFile(file), encoded: {}};
    memo.set(file, entry);
  }
  const etag = `W/"${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}"`;
  const answer = {
    ...headers,
    etag,
    'cache-control': HASHED.test(file) ? `public, max-age=${YEAR}, immutable` : 'no-cache',
  };
  const compressible = COMPRESSIBLE.has(path.extname(file));
  if (compressible) answer.vary = 'accept-encoding';
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, answer).end();
    return;
  }
  let body = entry.body;
  const encoding = compressible ? encodingFor(req.headers['accept-encoding']) : undefined;
  if (encoding) {
    body = entry.encoded[encoding] ??= compress(encoding, entry.body);
    answer['content-encoding'] = encoding;
  }
  res.writeHead(200, {...answer, 'content-length': String(body.length)});
  res.end(req.method === 'HEAD' ? undefined : body);
}
