// Builds what visitor pages load besides their HTML: one stylesheet (Tailwind, only the classes visitor components
// use) and two small scripts of our own (lib/enhance: the site script on every page, the forms script on pages with
// a form). Files are named by their content hash and listed in a manifest the server reads at start-up.
//
// `node scripts/build-assets.mjs` (after `next build`, which empties its output folder) or `--watch` beside `next dev`.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import tailwind from '@tailwindcss/postcss';
import esbuild from 'esbuild';
import postcss from 'postcss';

const root = path.resolve(import.meta.dirname, '..');
const STYLESHEET = path.join(root, 'components/site/site.css');
const SCRIPTS = { site: 'lib/enhance/site.ts', forms: 'lib/enhance/forms.ts' };
// Cheap phones keep old browsers: Android's WebView and Chrome from about 2019, Safari 12.
const TARGETS = ['es2019'];

export function assetsDir(distDir = process.env.NEXT_DIST_DIR ?? '.next') {
  return path.join(root, distDir, 'documents');
}

const hashOf = (body) => createHash('sha256').update(body).digest('base64url').slice(0, 12);
const gzipBytes = (body) => gzipSync(body, { level: 9 }).length;

async function buildScripts() {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(
      Object.entries(SCRIPTS).map(([name, entry]) => [name, path.join(root, entry)]),
    ),
    bundle: true,
    minify: true,
    format: 'iife',
    target: TARGETS,
    write: false,
    outdir: 'out',
    legalComments: 'none',
    logLevel: 'warning',
  });
  return Object.fromEntries(
    result.outputFiles.map((file) => [
      path.basename(file.path, '.js'),
      { body: Buffer.from(file.contents), type: 'js' },
    ]),
  );
}

async function buildStylesheet() {
  const source = readFileSync(STYLESHEET, 'utf8');
  const result = await postcss([tailwind({ base: root, optimize: { minify: true } })]).process(source, {
    from: STYLESHEET,
  });
  return { body: Buffer.from(result.css), type: 'css' };
}

export async function buildAssets({ outDir = assetsDir() } = {}) {
  const [stylesheet, scripts] = await Promise.all([buildStylesheet(), buildScripts()]);
  const entries = { 'site.css': stylesheet, 'site.js': scripts.site, 'forms.js': scripts.forms };
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const manifest = {};
  for (const [name, { body, type }] of Object.entries(entries)) {
    const file = `${name.replace(/\.\w+$/, '')}-${hashOf(body)}.${type}`;
    writeFileSync(path.join(outDir, file), body);
    writeFileSync(path.join(outDir, `${file}.gz`), gzipSync(body, { level: 9 }));
    writeFileSync(
      path.join(outDir, `${file}.br`),
      brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
    manifest[name] = { path: `/assets/${file}`, bytes: body.length, gzip: gzipBytes(body) };
  }
  writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

async function main() {
  const report = (manifest) =>
    console.log(
      `Visitor assets: ${Object.entries(manifest)
        .map(([name, entry]) => `${name} ${(entry.gzip / 1024).toFixed(1)} KB gzip`)
        .join(', ')}`,
    );
  report(await buildAssets());
  if (!process.argv.includes('--watch')) return;
  let timer;
  for (const folder of ['components', 'lib/enhance', 'lib/contact', 'app']) {
    watch(path.join(root, folder), { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => buildAssets().then(report, (error) => console.error(error.message)), 200);
    });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
