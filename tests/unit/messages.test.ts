import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type MessageTree = { [key: string]: string | MessageTree };

function load(locale: 'nl' | 'en'): MessageTree {
  return JSON.parse(readFileSync(join(process.cwd(), 'messages', `${locale}.json`), 'utf8')) as MessageTree;
}

/** Every leaf as `Namespace.key.sub` → value; a non-string leaf is reported as such so the test can fail on it. */
function flatten(tree: MessageTree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [childPath, childValue] of flatten(value, path)) out.set(childPath, childValue);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

const PLURAL_TYPES = new Set(['plural', 'select', 'selectordinal']);

/**
 * The argument names of an ICU message, including those inside plural/select branches but not the branch keys or
 * branch text. A small recursive parser: enough for next-intl messages (no apostrophe-quoted braces).
 */
function icuArguments(message: string): string[] {
  const names = new Set<string>();
  let index = 0;

  function fail(reason: string): never {
    throw new Error(`${reason} at ${index} in: ${message}`);
  }

  // Parses message text until an unmatched `}` (inside a branch) or the end.
  function parseText(nested: boolean): void {
    while (index < message.length) {
      const char = message[index];
      if (char === '{') {
        index += 1;
        parseArgument();
      } else if (char === '}') {
        if (!nested) fail('unexpected }');
        return;
      } else {
        index += 1;
      }
    }
    if (nested) fail('unclosed branch');
  }

  function readUntil(stops: string): string {
    const start = index;
    while (index < message.length && !stops.includes(message[index] ?? '')) index += 1;
    if (index >= message.length) fail('unclosed argument');
    return message.slice(start, index).trim();
  }

  function parseArgument(): void {
    const name = readUntil(',}');
    if (!/^[A-Za-z_][\w]*$/.test(name)) fail(`bad argument name "${name}"`);
    names.add(name);
    if (message[index] === '}') {
      index += 1;
      return;
    }
    index += 1; // past ','
    const type = readUntil(',}');
    if (message[index] === '}') {
      index += 1;
      return;
    }
    index += 1; // past ','
    if (!PLURAL_TYPES.has(type)) {
      // number/date/time style: skip to the closing brace.
      readUntil('}');
      index += 1;
      return;
    }
    // Branches: `key {text} key {text} … }`, with an optional `offset:n`.
    for (;;) {
      while (/\s/.test(message[index] ?? '')) index += 1;
      if (message[index] === '}') {
        index += 1;
        return;
      }
      readUntil('{');
      index += 1;
      parseText(true);
      index += 1; // past the branch's '}'
    }
  }

  parseText(false);
  return [...names].sort();
}

/** Rich-text tag names (`<link>…</link>`, `<br/>`), each counted once. */
function richTags(message: string): string[] {
  return [
    ...new Set([...message.matchAll(/<\/?([A-Za-z][\w-]*)\s*\/?>/g)].map((match) => match[1] ?? '')),
  ].sort();
}

const nl = flatten(load('nl'));
const en = flatten(load('en'));

describe('messages', () => {
  it('has every Dutch key in English', () => {
    expect([...nl.keys()].filter((key) => !en.has(key))).toEqual([]);
  });

  it('has every English key in Dutch', () => {
    expect([...en.keys()].filter((key) => !nl.has(key))).toEqual([]);
  });

  it('has only non-empty strings', () => {
    const bad = [...nl, ...en]
      .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
      .map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it('uses the same placeholders and rich-text tags in both languages', () => {
    const mismatches: string[] = [];
    for (const [key, nlValue] of nl) {
      const enValue = en.get(key);
      if (typeof nlValue !== 'string' || typeof enValue !== 'string') continue;
      const nlShape = { args: icuArguments(nlValue), tags: richTags(nlValue) };
      const enShape = { args: icuArguments(enValue), tags: richTags(enValue) };
      if (JSON.stringify(nlShape) !== JSON.stringify(enShape)) {
        mismatches.push(`${key}: nl ${JSON.stringify(nlShape)} ≠ en ${JSON.stringify(enShape)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('parses placeholders inside plural branches without counting branch text', () => {
    expect(icuArguments('Nog {count, plural, one {# keer {name}} other {# keer}} drukken')).toEqual([
      'count',
      'name',
    ]);
    expect(icuArguments('Bel <call>{number}</call> of {site}.')).toEqual(['number', 'site']);
    expect(richTags('Bel <call>{number}</call>, <link>hier</link>.')).toEqual(['call', 'link']);
    expect(() => icuArguments('Kapot {number')).toThrow();
  });
});
