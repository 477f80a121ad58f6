const MINUTE_MS = 60_000;

/** The start of the minute `now` falls in. */
export function startOfMinute(now: Date): Date {
  return new Date(Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS);
}

/**
 * Remembers results that can only change on the minute (opening hours are whole minutes, holidays whole days) for
 * the rest of that minute, per key and per `source` (the list of channels: a new list, after an edit or the cache's
 * reload, starts afresh). Computed at the start of the minute, so every request of that minute gets the same answer
 * whichever of them came first. One minute and one source are kept: nothing grows.
 */
export function createMinuteMemo<Source extends object, Value>() {
  let current: { source: Source; minute: number; values: Map<string, Value> } | null = null;
  return (source: Source, now: Date, key: string, compute: (minuteStart: Date) => Value): Value => {
    const minuteStart = startOfMinute(now);
    const minute = minuteStart.getTime();
    // An invalid clock (NaN) never matches a remembered minute: it is computed, and answers "closed".
    if (current?.source !== source || current.minute !== minute)
      current = { source, minute, values: new Map() };
    const known = current.values.get(key);
    if (known !== undefined || current.values.has(key)) return known as Value;
    const value = compute(minuteStart);
    current.values.set(key, value);
    return value;
  };
}
