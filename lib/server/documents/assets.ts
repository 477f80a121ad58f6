import 'server-only';
import { readFileSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { type ContentEncoding, pickEncoding } from '@/lib/documents/cache';
import type { DocumentAssets } from '@/components/site/visitor-document';

/** What `scripts/build-assets.mjs` wrote beside Next's build: content-hashed files and their manifest. */
interface Manifest {
  'site.css': { path: string };
  'site.js': { path: string };
  'forms.js': { path: string };
}

const ASSET_PATH = /^\/assets\/([a-z]+-[A-Za-z0-9_-]{12}\.(css|js))$/;
const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
};
const SUFFIX: Record<ContentEncoding, string> = { br: '.br', gzip: '.gz', identity: '' };

function assetsFolder(): string {
  return path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? '.next', 'documents');
}

let manifest: Manifest | undefined;
function readManifest(): Manifest {
  manifest ??= JSON.parse(readFileSync(path.join(assetsFolder(), 'manifest.json'), 'utf8')) as Manifest;
  return manifest;
}

/**
 * The addresses of the stylesheet and scripts a document links to: the forms script only where a page has a form.
 * Throws when the asset build did not run.
 */
export function documentAssets({ forms = false } = {}): DocumentAssets {
  const files = readManifest();
  return {
    stylesheet: files['site.css'].path,
    script: files['site.js'].path,
    ...(forms ? { forms: files['forms.js'].path } : {}),
  };
}

const files = new Map<string, Buffer | null>();
function readAsset(name: string): Buffer | null {
  if (!files.has(name)) {
    try {
      files.set(name, readFileSync(path.join(assetsFolder(), name)));
    } catch {
      files.set(name, null);
    }
  }
  return files.get(name) ?? null;
}

/**
 * Serves `/assets/<name>-<hash>.<css|js>` from memory, precompressed. The name changes with the content, so a phone
 * keeps a file for a year and never asks again. Returns false for any other path.
 */
export function serveAsset(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  pathname: string,
): boolean {
  const match = ASSET_PATH.exec(pathname);
  if (!match?.[1] || !match[2]) return false;
  const encoding = pickEncoding(request.headers['accept-encoding']);
  const body = readAsset(`${match[1]}${SUFFIX[encoding]}`) ?? readAsset(match[1]);
  if (!body) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end('Not found');
    return true;
  }
  const compressed = body !== readAsset(match[1]);
  response.writeHead(200, {
    'Content-Type': TYPES[match[2]] ?? 'application/octet-stream',
    'Content-Length': body.length,
    'Cache-Control': 'public, max-age=31536000, immutable',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-origin',
    Vary: 'Accept-Encoding',
    ...(compressed ? { 'Content-Encoding': encoding } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
  return true;
}
