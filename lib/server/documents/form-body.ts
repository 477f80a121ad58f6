import 'server-only';
import type http from 'node:http';
import { MAX_BODY_BYTES } from '@/lib/security/request-policy';

export type FormBody = { ok: true; form: FormData } | { ok: false; status: 400 | 413 | 415 };

/**
 * The urlencoded body of a form post, as FormData for the same handlers (and zod schemas) the forms always used.
 * The request layer already refused chunked, oversized (by Content-Length) and cross-site posts; the size is still
 * counted while the body arrives, since a client may send more than it announced. Our forms send nothing else than
 * `application/x-www-form-urlencoded` (they upload no files).
 */
export async function readFormBody(request: http.IncomingMessage): Promise<FormBody> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    request.resume();
    return { ok: false, status: 415 };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return { ok: false, status: 413 };
    chunks.push(chunk);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    return { ok: false, status: 400 };
  }
  const form = new FormData();
  for (const [name, value] of new URLSearchParams(text)) form.append(name, value);
  return { ok: true, form };
}
