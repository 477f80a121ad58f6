import 'server-only';
import type { NextRequest } from 'next/server';
import { actionClaims } from '@/lib/security/action-claims';
import { MAX_BODY_BYTES } from '@/lib/security/request-policy';
import { knownServerActions } from '@/lib/server/server-actions';

const FORM_TYPES = ['multipart/form-data', 'application/x-www-form-urlencoded'];
const ACTION_TYPES = [...FORM_TYPES, 'text/plain'];

function refuse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      ...(status === 405 ? { Allow: 'GET, HEAD, POST' } : {}),
    },
  });
}

/** The body, or null as soon as it passes `limit` bytes: counted while it arrives, never held whole when too large. */
async function readCapped(
  stream: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!stream) return new Uint8Array();
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * Pages answer GET and HEAD, and POST for forms (server actions). Anything else, oversized bodies, unknown content
 * types and unparsable form bodies are refused here with a 4xx, before the framework's parser can fail with a 500.
 */
export async function guardPageRequest(request: NextRequest): Promise<Response | null> {
  const { method } = request;
  if (method === 'GET' || method === 'HEAD') return null;
  if (method !== 'POST') return refuse(405, 'Method not allowed');
  const length = Number(request.headers.get('content-length') ?? '0');
  if (!Number.isFinite(length) || length > MAX_BODY_BYTES) return refuse(413, 'Request too large');
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!ACTION_TYPES.includes(type)) return refuse(415, 'Unsupported content type');
  let form: FormData | null = null;
  if (FORM_TYPES.includes(type)) {
    try {
      const body = await readCapped(request.clone().body, MAX_BODY_BYTES);
      if (body === null) return refuse(413, 'Request too large');
      form = await new Request(request.url, {
        method: 'POST',
        headers: { 'content-type': request.headers.get('content-type') ?? type },
        body,
      }).formData();
    } catch {
      return refuse(400, 'Malformed form');
    }
  }
  return refuseUnknownAction(request, form);
}

/**
 * A post naming an action this build does not have: a form left open across a deploy, or someone probing. Next
 * would answer it too, but logs each one as an error with a stack trace.
 */
function refuseUnknownAction(request: NextRequest, form: FormData | null): Response | null {
  const claims = actionClaims(request.headers.get('next-action'), form ? new Set(form.keys()) : [], (name) =>
    String(form?.get(name) ?? ''),
  );
  if (claims.malformed) return refuse(400, 'Malformed form');
  const known = knownServerActions();
  if (known === null || claims.ids.every((id) => known.has(id))) return null;
  const english = request.nextUrl.pathname.startsWith('/en');
  return refuse(
    409,
    english
      ? 'This form is out of date. Go back, reload the page and send it again.'
      : 'Dit formulier is verouderd. Ga terug, laad de pagina opnieuw en verstuur het nog een keer.',
  );
}
