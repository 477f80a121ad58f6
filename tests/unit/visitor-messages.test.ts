import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { VISITOR_LOCALES, type VisitorLocale } from '@/lib/i18n/locales';
import { VISITOR_NAMESPACES } from '@/lib/i18n/visitor-namespaces';

type MessageTree = { [key: string]: string | MessageTree };

const load = (locale: VisitorLocale) =>
  JSON.parse(readFileSync(join(process.cwd(), 'messages', `${locale}.json`), 'utf8')) as MessageTree;

function leaves(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [child, text] of leaves(value, path)) out.set(child, text);
  }
  return out;
}

/** The visitor namespaces of a language's file, as `Namespace.key` → message. */
function visitorMessages(locale: VisitorLocale): Map<string, string> {
  const tree = load(locale);
  return leaves(
    Object.fromEntries(VISITOR_NAMESPACES.map((namespace) => [namespace, tree[namespace] ?? {}])),
  );
}

interface Shape {
  arguments: Set<string>;
  tags: Set<string>;
  plurals: { name: string; options: string[] }[];
  selects: { name: string; options: string[] }[];
}

function shapeOf(elements: MessageFormatElement[], shape: Shape = emptyShape()): Shape {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date) {
      shape.arguments.add(element.value);
    } else if (element.type === TYPE.tag) {
      shape.tags.add(element.value);
      shapeOf(element.children, shape);
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      shape.arguments.add(element.value);
      const list = element.type === TYPE.plural ? shape.plurals : shape.selects;
      list.push({ name: element.value, options: Object.keys(element.options).sort() });
      for (const option of Object.values(element.options)) shapeOf(option.value, shape);
    }
  }
  return shape;
}

function emptyShape(): Shape {
  return { arguments: new Set(), tags: new Set(), plurals: [], selects: [] };
}

/**
 * Strings that may read the same as in English: names, numbers and words the languages share. Anything else
 * identical to English is an untranslated string.
 */
const SAME_AS_ENGLISH = new Set(['RealSmsPage.check.policeNumber']);

const NEW_LOCALES = VISITOR_LOCALES.filter((locale) => locale !== 'nl' && locale !== 'en');
const english = visitorMessages('en');

describe('visitor messages in every language', () => {
  it('every language file has exactly the visitor namespaces (nl and en also the staff ones)', () => {
    for (const locale of NEW_LOCALES) {
      expect(Object.keys(load(locale)).sort(), locale).toEqual([...VISITOR_NAMESPACES].sort());
    }
    for (const locale of ['nl', 'en'] as const) {
      for (const namespace of VISITOR_NAMESPACES) expect(load(locale), locale).toHaveProperty(namespace);
    }
  });

  it.each(VISITOR_LOCALES)('%s has every key English has, and no other', (locale) => {
    expect([...visitorMessages(locale).keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(VISITOR_LOCALES)(
    '%s: every message parses and keeps the arguments and tags of English',
    (locale) => {
      for (const [key, message] of visitorMessages(locale)) {
        const shape = shapeOf(parse(message));
        const source = shapeOf(parse(english.get(key) ?? ''));
        expect([...shape.arguments].sort(), `${locale} ${key}`).toEqual([...source.arguments].sort());
        expect([...shape.tags].sort(), `${locale} ${key}`).toEqual([...source.tags].sort());
        expect(shape.selects, `${locale} ${key}`).toEqual(source.selects);
      }
    },
  );

  it.each(VISITOR_LOCALES)('%s: every plural has the categories the language needs', (locale) => {
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const [key, message] of visitorMessages(locale)) {
      for (const plural of shapeOf(parse(message)).plurals) {
        const exact = plural.options.filter((option) => option.startsWith('='));
        const categories = plural.options.filter((option) => !option.startsWith('='));
        // A plural of exact cases only (=2, =3 ...) with `other` needs nothing more.
        if (exact.length > 0 && categories.length === 1) continue;
        for (const category of needed) expect(categories, `${locale} ${key}`).toContain(category);
      }
    }
  });

  it.each(NEW_LOCALES)(
    '%s: nothing is left in English, and no ASCII apostrophe starts an ICU quote',
    (locale) => {
      for (const [key, message] of visitorMessages(locale)) {
        if (!SAME_AS_ENGLISH.has(key)) expect(message, `${locale} ${key}`).not.toBe(english.get(key));
        expect(message, `${locale} ${key}`).not.toContain("'");
      }
    },
  );

  it('the language menu label is "language" in each language, not the name of another one', () => {
    const labels = VISITOR_LOCALES.map((locale) => visitorMessages(locale).get('LanguageSwitch.label'));
    expect(labels).toEqual(['Taal', 'Language', 'Język', 'Dil', 'اللغة']);
  });
});
