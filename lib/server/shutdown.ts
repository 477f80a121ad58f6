import 'server-only';
import { describeError, log } from '@/lib/server/log';

type Hook = () => Promise<void>;
type ShutdownState = { hooks: Hook[]; draining: boolean; inFlight: number };

/** The longest a shutdown waits for requests in flight (a contact request being stored) before it exits anyway. */
const MAX_WAIT_MS = 10_000;

const holder = globalThis as typeof globalThis & { __uitwegShutdown?: ShutdownState };
function state(): ShutdownState {
  holder.__uitwegShutdown ??= { hooks: [], draining: false, inFlight: 0 };
  return holder.__uitwegShutdown;
}

/** Work to finish before the process exits on SIGTERM/SIGINT, e.g. flushing buffered counts. */
export function onShutdown(hook: Hook): void {
  state().hooks.push(hook);
}

export function isDraining(): boolean {
  return state().draining;
}

/** Called by the request layer for every request; a shutdown waits until each has been answered. */
export function trackRequest(response: NodeJS.EventEmitter): void {
  state().inFlight += 1;
  // One listener of ours on top of Next's own; raise the leak warning's threshold by exactly that one.
  response.setMaxListeners(response.getMaxListeners() + 1);
  response.once('close', () => {
    state().inFlight -= 1;
  });
}

async function requestsAnswered(graceMs: number): Promise<void> {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  await sleep(graceMs);
  const deadline = Date.now() + MAX_WAIT_MS;
  while (state().inFlight > 0 && Date.now() < deadline) await sleep(50);
  if (state().inFlight > 0) log.warn('server.shutdown_requests_cut', { inFlight: state().inFlight });
}

/**
 * Next's own signal handlers are switched off (NEXT_MANUAL_SIG_HANDLE=true) so this one runs: new page requests get
 * a 503 from then on, requests in flight are answered (a contact request already accepted is stored), the hooks run
 * (buffered counts are flushed), then the process exits.
 */
export function installSignalHandlers(graceMs = 1_500): void {
  const run = async (signal: string) => {
    if (state().draining) return;
    state().draining = true;
    log.info('server.shutdown', { signal });
    await requestsAnswered(graceMs);
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
