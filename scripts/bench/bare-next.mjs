// The floor a Next.js page cannot go below: a bare App Router page (one heading, one paragraph, no client component),
// built with the same pinned Next.js and React in a throw-away folder and measured by the same Lighthouse run. What
// it scores on this machine is the framework's own cost (its runtime is ~140 KB of compressed JavaScript that every
// App Router page loads and runs); Uitweg's pages are measured against it.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const FILES = {
  'app/layout.tsx': `export const metadata = { title: 'Bare', description: 'A bare Next.js page' };
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (<html lang="en"><body>{children}</body></html>);
}
`,
  'app/page.tsx': `export const dynamic = 'force-dynamic';
export default function Page() {
  return (<main><h1>Hello</h1><p>A bare Next.js App Router page, rendered per request.</p></main>);
}
`,
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      lib: ['dom', 'esnext'],
      jsx: 'react-jsx',
      module: 'esnext',
      moduleResolution: 'bundler',
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      isolatedModules: true,
      resolveJsonModule: true,
    },
    include: ['**/*.ts', '**/*.tsx'],
    exclude: ['node_modules'],
  }),
};

export async function withBareNext(port, run) {
  const ours = JSON.parse(readFileSync('package.json', 'utf8')).dependencies;
  const dir = mkdtempSync(path.join(tmpdir(), 'uitweg-bare-next-'));
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const dependencies = { next: ours.next, react: ours.react, 'react-dom': ours['react-dom'] };
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ private: true, dependencies }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    env,
    stdio: 'ignore',
  });
  execFileSync('npx', ['next', 'build'], { cwd: dir, env, stdio: 'ignore' });
  const child = spawn('npx', ['next', 'start', '-p', String(port)], {
    cwd: dir,
    env,
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      try {
        if ((await fetch(url)).ok) break;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return await run(url);
  } finally {
    process.kill(-child.pid, 'SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
