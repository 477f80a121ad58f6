import path from 'node:path';

export type Engine = 'sqlite' | 'postgres';

export function engineOf(databaseUrl: string): Engine {
  return /^postgres(ql)?:\/\//.test(databaseUrl) ? 'postgres' : 'sqlite';
}

/** `file:./data/uitweg.db` → an absolute path, relative to the working directory (not to the schema, as the CLI does). */
export function sqliteFilePath(databaseUrl: string, cwd = process.cwd()): string {
  const file = databaseUrl.replace(/^file:/, '').replace(/\?.*$/, '');
  return path.resolve(cwd, file);
}
