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
  for (const name of fields) {
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
