// Sends a contact request the way a browser without JavaScript does: load the form, keep its hidden fields (the
// signed start time), fill in the visible ones and post it urlencoded, as a plain HTML form does.
// A form is taken once (its signed token is single-use), so every post loads a fresh form first, as a person would.
const CODE = /data-testid="reference-code"[^>]*>([2-9A-HJKMNP-TW-Z]{2}-[2-9A-HJKMNP-TW-Z]{4})</;

const decodeEntities = (text) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The hidden fields of the contact form in a page, or null when the page has no form (e.g. a 503 while draining). */
function hiddenFields(html) {
  const hidden = [...html.matchAll(/<input\b[^>]*\btype="hidden"[^>]*>/g)].map(([input]) => [
    decodeEntities(/\bname="([^"]*)"/.exec(input)?.[1] ?? ''),
    decodeEntities(/\bvalue="([^"]*)"/.exec(input)?.[1] ?? ''),
  ]);
  return hidden.some(([name]) => name === 'started') ? hidden : null;
}

export async function loadContactForm(baseUrl, locale = 'nl') {
  const html = await (await fetch(`${baseUrl}/${locale}/contact`)).text();
  const hidden = hiddenFields(html);
  if (!hidden) throw new Error('no contact form on the page');
  return { baseUrl, locale, hidden };
}

/**
 * Loads a fresh form from the same server and posts it. `stored` is the reference code shown in the answer, or null;
 * `status` 0 means no answer. The first post uses the form loaded with `loadContactForm`; later ones load their own.
 */
export async function postContactForm(form, message = 'Drill: ik wil praten') {
  try {
    if (form.used) {
      const page = await fetch(`${form.baseUrl}/${form.locale}/contact`);
      const html = await page.text();
      const hidden = hiddenFields(html);
      // No form to send (the server is draining): what the person sees instead is the answer.
      if (!hidden)
        return { status: page.status, stored: null, showsNumber: html.includes('tel:+31302001234') };
      form.hidden = hidden;
    }
    form.used = true;
    const body = new URLSearchParams();
    for (const [name, value] of form.hidden) body.append(name, value);
    body.append('audience', 'recipient');
    body.append('topic', 'exit');
    body.append('message', message);
    body.append('reach', 'none');
    body.append('website', '');
    const response = await fetch(`${form.baseUrl}/${form.locale}/contact`, {
      method: 'POST',
      body,
      redirect: 'manual',
    });
    // Stored: the answer to the post shows the reference code. Anything else is a page that says why.
    const html = await response.text();
    return {
      status: response.status,
      stored: CODE.exec(html)?.[1] ?? null,
      showsNumber: html.includes('tel:+31302001234'),
    };
  } catch {
    return { status: 0, stored: null, showsNumber: false };
  }
}
