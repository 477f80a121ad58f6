'use client';

import { useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;
const clipboardThere = () => typeof navigator.clipboard?.writeText === 'function';
const onTheServer = () => false;

/**
 * Copies the key where the browser allows it. Rendered only once JavaScript runs and the clipboard is there: without
 * them there is no dead button, and the advice to write the key down stands on its own.
 */
export function CopyKeyButton({ value, label, copied }: { value: string; label: string; copied: string }) {
  // False on the server and during hydration, so the first render matches the HTML without JavaScript.
  const available = useSyncExternalStore(noSubscription, clipboardThere, onTheServer);
  const [done, setDone] = useState(false);
  if (!available) return null;
  return (
    <div className="mt-3 flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={() => void navigator.clipboard.writeText(value).then(() => setDone(true))}
        className="inline-flex min-h-11 items-center rounded-md border-2 border-brand px-4 font-semibold text-brand-dark"
      >
        {label}
      </button>
      <span role="status" className="font-semibold">
        {done ? copied : ''}
      </span>
    </div>
  );
}
