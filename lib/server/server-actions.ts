import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';

let known: ReadonlySet<string> | null | undefined;

/**
 * The ids of this build's server actions, from the manifest Next writes next to the server bundle; null where it
 * cannot be read (the development server keeps it elsewhere), and then ids are not checked here.
 */
export function knownServerActions(): ReadonlySet<string> | null {
  if (known !== undefined) return known;
  try {
    const file = path.join(
      process.cwd(),
      process.env.NEXT_DIST_DIR ?? '.next',
      'server',
      'server-reference-manifest.json',
    );
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { node?: Record<string, unknown> };
    known = new Set(Object.keys(manifest.node ?? {}));
  } catch {
    known = null;
  }
  return known;
}
