// Shared by the server (proof-of-work.ts) and the browser solver; types and constants only, so importing
// it never drags node:crypto into a client bundle.

export const POW_ALGORITHM = 'SHA-256';

/** What the server hands to the browser. Same field names as ALTCHA so the format is familiar. */
export interface PowChallenge {
  algorithm: typeof POW_ALGORITHM;
  /** 24 hex chars + `?expires=<unix seconds>&`; the expiry is covered by the hash. */
  salt: string;
  /** hex SHA-256(salt + number) */
  challenge: string;
  maxNumber: number;
  /** hex HMAC-SHA-256(secret, challenge) */
  signature: string;
}

/** What the browser sends back, base64-encoded JSON, in a hidden form field. */
export interface PowSolution {
  algorithm: typeof POW_ALGORITHM;
  salt: string;
  challenge: string;
  number: number;
  signature: string;
}
