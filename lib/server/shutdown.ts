import 'server-only';
import { describeError, log } from '@/lib/server/log';

type Hook = () => Promise<void>;

const holder = globalThis as typeof globalThis & { __uitwegShutdown?: { hooks: Hook[]; draining: boolean } };
function state() {
  holder.__uitwegShutdown ??= { hooks: [], draining: false };
  return holder.__uitwegShutdown;
}

/** Work to finish before the process exits on SIGTERM/SIGINT, e.g. flushing buffered counts. */
export function onShutdown(hook: Hook): void {
  state().hooks.push(hook);
}

export function isDraining(): boolean {
  return state().draining;
}

/**
 * Next's own signal handlers are switched off (NEXT_MANUAL_SIG_HANDLE=true) so this one runs: stop counting new
 * requests, give in-flight ones a moment, run the hooks, then exit.
 */
export function installSignalHandlers(graceMs = 1_500): void {
  const run = async (signal: string) => {
    if (state().draining) return;
    state().draining = true;
    log.info('server.shutdown', { signal });
    await new Promise((resolve) => setTimeout(resolve, graceMs));
    for (const hook of state().hooks) {
      try {
        await hook();
      } catch (error) {
        log.error('server.shutdown_hook_failed', { error: describeError(error) });
      }
    }
    process.exit(0);
  };
  process.once('SIGTERM', () => void run('SIGTERM'));
  process.once('SIGINT', () => void run('SIGINT'));
}
