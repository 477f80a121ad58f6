'use client';

import { useEffect } from 'react';

/**
 * A page showing a conversation key or a conversation must never come back from the back/forward cache on a shared
 * phone. `Cache-Control: no-store` keeps most browsers from keeping it at all; where one restores it anyway, the
 * marked content is emptied at once and the page is loaded afresh (a GET: the blank form, never a repeated post).
 */
export function useForgetOnRestore(): void {
  useEffect(() => {
    function onPageShow(event: PageTransitionEvent) {
      if (!event.persisted) return;
      document.querySelectorAll('[data-forget-on-restore]').forEach((node) => node.replaceChildren());
      window.location.replace(window.location.href);
    }
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, []);
}
