// Inserting a saved answer into the reply box happens on the server (the "use" button posts the form), so it works
// without JavaScript; what the case worker typed so far is kept, the template follows it.

/** A template added after what the case worker already typed, separated by a blank line. */
export function withTemplate(typed: string, template: string): string {
  const before = typed.trimEnd();
  return before === '' ? template : `${before}\n\n${template}`;
}
