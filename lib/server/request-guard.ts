import 'server-only';
import type { NextRequest } from 'next/server';

const MAX_FORM_BYTES = 64 * 1024;
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

/**
 * Pages answer GET and HEAD, and POST for forms (server actions). Anything else, oversized bodies, unknown content
 * types and unparsable form bodies are refused here with a 4xx, before the framework's parser can fail with a 500.
 */
export async function guardPageRequest(request: NextRequest): Promise<Response | null> {
  const { method } = request;
  if (method === 'GET' || method === 'HEAD') return null;
  if (method !== 'POST') return refuse(405, 'Method not allowed');
  const length = Number(request.headers.get('content-length') ?? '0');
  if (!Number.isFinite(length) || length > MAX_FORM_BYTES) return refuse(413, 'Request too large');
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!ACTION_TYPES.includes(type)) return refuse(415, 'Unsupported content type');
  if (FORM_TYPES.includes(type)) {
    try {
      const body = await request.clone().arrayBuffer();
      if (body.byteLength > MAX_FORM_BYTES) return refuse(413, 'Request too large');
      await new Request(request.url, {
        method: 'POST',
        headers: { 'content-type': request.headers.get('content-type') ?? type },
        body,
      }).formData();
    } catch {
      return refuse(400, 'Malformed form');
    }
  }
  return null;
}
