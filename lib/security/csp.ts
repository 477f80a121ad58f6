/**
 * The Content-Security-Policy of every page. Scripts run only with the per-request nonce (Next.js applies it to its
 * own scripts when it finds the policy on the request); nothing may load from another origin, and forms may only post
 * to us. React's development build needs eval, so only `next dev` gets 'unsafe-eval'.
 */
export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ];
  if (!development) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/** 128 random bits, base64: unguessable per response. Uses Web Crypto so it runs wherever the proxy runs. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
