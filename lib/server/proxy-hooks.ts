import 'server-only';
import type { NextRequest, NextResponse } from 'next/server';
import { findWaveByCode } from '@/lib/server/waves/wave-directory';

/** The language a wave link opens in; Dutch when the wave is unknown or the database cannot be reached. */
export async function waveLocale(code: string): Promise<'nl' | 'en'> {
  const wave = await findWaveByCode(code);
  return wave?.locale === 'en' ? 'en' : 'nl';
}

/** Runs for every page request after routing; anonymous counting hooks in here. */
export function afterPageRequest(request: NextRequest, response: NextResponse): void {
  void request;
  void response;
}
