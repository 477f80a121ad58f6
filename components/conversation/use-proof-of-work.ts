'use client';

import { useEffect, useState } from 'react';
import { encodeSolution, solveChallenge } from '@/lib/contact/proof-of-work-solver';
import type { PowChallenge } from '@/lib/contact/proof-of-work-types';

/**
 * Solves the proof of work in the background once the person starts on a form, as the contact form does, and again
 * for every fresh challenge a post returns (each is spent once). An empty string until solved: the post is then
 * still accepted, under the lower hourly limit.
 */
export function useProofOfWork(challenge: PowChallenge, started: boolean): string {
  const [solved, setSolved] = useState<{ challenge: PowChallenge; proof: string } | null>(null);
  useEffect(() => {
    if (!started) return;
    const controller = new AbortController();
    void solveChallenge(challenge, { signal: controller.signal }).then((number) => {
      if (number !== null) setSolved({ challenge, proof: encodeSolution(challenge, number) });
    });
    return () => controller.abort();
  }, [challenge, started]);
  return solved?.challenge === challenge ? solved.proof : '';
}
