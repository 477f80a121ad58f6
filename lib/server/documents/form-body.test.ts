import type http from 'node:http';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '@/lib/security/request-policy';
import { readFormBody } from './form-body';

function post(body: string | Buffer, type = 'application/x-www-form-urlencoded'): http.IncomingMessage {
  const stream = Readable.from([Buffer.from(body)]) as unknown as http.IncomingMessage;
  stream.headers = { 'content-type': type };
  return stream;
}

describe('readFormBody', () => {
  it('turns an urlencoded body into FormData, repeated names and all', async () => {
    const result = await readFormBody(post('key=1234+5678&message=caf%C3%A9%0Aja&pow=&x=1&x=2'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.form.get('key')).toBe('1234 5678');
    expect(result.form.get('message')).toBe('café\nja');
    expect(result.form.get('pow')).toBe('');
    expect(result.form.getAll('x')).toEqual(['1', '2']);
  });

  it('takes a charset parameter on the content type', async () => {
    const result = await readFormBody(post('code=K7', 'application/x-www-form-urlencoded; charset=UTF-8'));
    expect(result.ok && result.form.get('code')).toBe('K7');
  });

  it('refuses other content types: our forms send nothing else', async () => {
    expect(await readFormBody(post('{"code":"K7"}', 'application/json'))).toEqual({ ok: false, status: 415 });
    expect(await readFormBody(post('code=K7', 'multipart/form-data; boundary=x'))).toEqual({
      ok: false,
      status: 415,
    });
  });

  it('refuses a body larger than announced once it passes the limit', async () => {
    const result = await readFormBody(post(`message=${'a'.repeat(MAX_BODY_BYTES)}`));
    expect(result).toEqual({ ok: false, status: 413 });
  });

  it('refuses bytes that are not UTF-8', async () => {
    expect(await readFormBody(post(Buffer.from([0x61, 0x3d, 0xff, 0xfe])))).toEqual({
      ok: false,
      status: 400,
    });
  });
});
