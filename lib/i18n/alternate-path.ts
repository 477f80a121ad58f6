import { isVisitorLocale, type VisitorLocale } from './locales';
import { type AppPathname, routing } from './routing';
import { visitorPattern } from './visitor-paths';

/** The params of `path` when it fits `pattern` segment by segment, else null. */
export function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const patternParts = pattern.split('/').filter(Boolean);
  const pathParts = path.split('/').filter(Boolean);
  if (patternParts.length !== pathParts.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of patternParts.entries()) {
    const actual = pathParts[index] ?? '';
    const param = /^\[(\w+)\]$/.exec(part);
    if (param?.[1]) params[param[1]] = actual;
    else if (part !== actual) return null;
  }
  return params;
}

/**
 * The same page in another language, from the external (localized) path the visitor is on, so the language switch
 * works as a plain link with JavaScript off. Unknown paths fall back to the target language's home page.
 */
export function alternatePath(pathname: string, target: VisitorLocale): string {
  const [, first = '', ...rest] = pathname.split('/');
  const source = isVisitorLocale(first) ? first : null;
  if (!source) return `/${target}`;
  const inner = `/${rest.join('/')}`.replace(/\/+$/, '') || '/';
  for (const internal of Object.keys(routing.pathnames) as AppPathname[]) {
    const params = matchPattern(visitorPattern(internal, source), inner);
    if (!params) continue;
    const targetPath = visitorPattern(internal, target).replace(
      /\[(\w+)\]/g,
      (_, name: string) => params[name] ?? '',
    );
    return targetPath === '/' ? `/${target}` : `/${target}${targetPath}`;
  }
  return `/${target}`;
}
