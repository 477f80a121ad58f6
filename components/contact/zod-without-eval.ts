import { z } from 'zod';

/*
 * Visitor pages forbid eval in their Content-Security-Policy. Zod 4 probes for it (`Function('')`) when it builds an
 * object schema, to compile a faster parser; the browser refuses the probe and reports a policy violation on every
 * page with the contact form. Without the compiled parser zod never probes, and a form this small parses as fast.
 * Imported by the contact form before any schema is built (module order is evaluation order).
 */
z.config({ jitless: true });
