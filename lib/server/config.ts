import 'server-only';
import { type Env, parseEnv } from '@/lib/config/env-schema';

let cached: Env | undefined;

/** The validated configuration, parsed once per process. Start-up (instrumentation.ts) fails fast before this is used. */
export function getConfig(): Env {
  if (cached) return cached;
  const result = parseEnv(process.env);
  if (!result.ok) throw new Error(result.message);
  cached = result.env;
  return cached;
}
