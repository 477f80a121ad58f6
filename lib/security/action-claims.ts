/**
 * The server action a post asks for. JavaScript sends its id in the `Next-Action` header; a form posted without
 * JavaScript names it in its fields (`$ACTION_ID_<id>`, or `$ACTION_REF_<n>` with the id inside `$ACTION_<n>:0`).
 * Pure, so the proxy can refuse an unknown or malformed claim before the framework logs it as an error.
 */
export interface ActionClaims {
  ids: string[];
  malformed: boolean;
}

export function actionClaims(
  header: string | null,
  fields: Iterable<string> = [],
  fieldValue = (_: string) => '',
): ActionClaims {
  const ids: string[] = header === null ? [] : [header];
  let malformed = false;
  const names = [...fields];
  const refs = new Set(
    names.filter((name) => name.startsWith('$ACTION_REF_')).map((name) => name.slice('$ACTION_REF_'.length)),
  );
  for (const name of names) {
    // A bound action's arguments (`$ACTION_<n>:<m>`) only with their `$ACTION_REF_<n>`; React's `$ACTION_KEY`. Any
    // other `$ACTION_` field is no form React sends, and Next answers it with a 500.
    const argument = /^\$ACTION_(\d+):\d+$/.exec(name);
    if (argument) {
      if (!refs.has(argument[1] ?? '')) malformed = true;
      continue;
    }
    if (
      name.startsWith('$ACTION_') &&
      name !== '$ACTION_KEY' &&
      !name.startsWith('$ACTION_ID_') &&
      !name.startsWith('$ACTION_REF_')
    ) {
      malformed = true;
      continue;
    }
    if (name.startsWith('$ACTION_ID_')) {
      ids.push(name.slice('$ACTION_ID_'.length));
    } else if (name.startsWith('$ACTION_REF_')) {
      const id = boundActionId(fieldValue(`$ACTION_${name.slice('$ACTION_REF_'.length)}:0`));
      if (id === null) malformed = true;
      else ids.push(id);
    }
  }
  return { ids, malformed };
}

function boundActionId(json: string): string | null {
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed === 'object' && parsed !== null && 'id' in parsed && typeof parsed.id === 'string') {
      return parsed.id;
    }
  } catch {
    // Not JSON: malformed.
  }
  return null;
}
