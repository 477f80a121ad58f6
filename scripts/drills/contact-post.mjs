// Sends a contact request the way a browser without JavaScript does: load the form, keep its hidden fields (the
// server-action reference, the signed start time), fill in the visible ones and post it as multipart form data.
const CODE = /[2-9A-HJKMNP-TW-Z]{2}-[2-9A-HJKMNP-TW-Z]{4}/;

const decodeEntities = (text) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export async function loadContactForm(baseUrl, locale = 'nl') {
  const html = await (await fetch(`${baseUrl}/${locale}/contact`)).text();
  const hidden = [...html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g)].map(
    ([, name, value]) => [decodeEntities(name), decodeEntities(value ?? '')],
  );
  if (!hidden.some(([name]) => name.startsWith('$ACTION')))
    throw new Error('no server-action form on the page');
  return { baseUrl, locale, hidden };
}

/** Posts a loaded form. `stored` is the reference code the person is sent to, or null; `status` 0 means no answer. */
export async function postContactForm(form, message = 'Drill: ik wil praten') {
  const body = new FormData();
  for (const [name, value] of form.hidden) body.append(name, value);
  body.append('audience', 'recipient');
  body.append('topic', 'exit');
  body.append('message', message);
  body.append('reach', 'none');
  body.append('website', '');
  try {
    const response = await fetch(`${form.baseUrl}/${form.locale}/contact`, {
      method: 'POST',
      body,
      redirect: 'manual',
    });
    // Stored: a 303 to the confirmation page, which shows the reference code. Anything else is a page that says why.
    const location = response.headers.get('location') ?? '';
    if (response.status === 303 && location.includes('code=')) {
      return { status: 303, stored: CODE.exec(decodeURIComponent(location))?.[0] ?? null, showsNumber: true };
    }
    const html = await response.text();
    return { status: response.status, stored: null, showsNumber: html.includes('tel:+31302001234') };
  } catch {
    return { status: 0, stored: null, showsNumber: false };
  }
}
