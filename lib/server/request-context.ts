import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';

export type RequestContext = {
  requestId: string;
  /** With TEST_CLOCK only: the moment a test asked visitor pages to be shown for (`x-test-now`). */
  testNow?: Date;
};

const STORE = Symbol.for('uitweg.requestContext');

/**
 * Next bundles server modules once per bundle (instrumentation, proxy, each route), so a module-level store would
 * exist several times. One store per process lets a log line written anywhere find the request it belongs to.
 */
function store(): AsyncLocalStorage<RequestContext> {
  const holder = globalThis as typeof globalThis & { [STORE]?: AsyncLocalStorage<RequestContext> };
  holder[STORE] ??= new AsyncLocalStorage<RequestContext>();
  return holder[STORE];
}

export function runInRequestContext<T>(context: RequestContext, handle: () => T): T {
  return store().run(context, handle);
}

export function currentRequestId(): string | undefined {
  return store().getStore()?.requestId;
}

export function currentTestNow(): Date | undefined {
  return store().getStore()?.testNow;
}
