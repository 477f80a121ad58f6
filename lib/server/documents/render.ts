import 'server-only';
import type { ReactElement } from 'react';

type StaticRenderer = (element: ReactElement) => string;

let renderer: Promise<StaticRenderer> | undefined;

/**
 * React's server renderer, loaded at run time from node_modules. Next refuses a static import of `react-dom/server`
 * in server code (its bundles are for the App Router's own renderer); a document needs nothing but static markup,
 * so the bundler is told to leave this import alone.
 */
function loadRenderer(): Promise<StaticRenderer> {
  renderer ??= import(/* turbopackIgnore: true */ /* webpackIgnore: true */ 'react-dom/server').then(
    (module: typeof import('react-dom/server')) => module.renderToStaticMarkup,
  );
  return renderer;
}

/** A document's whole HTML. Document components are synchronous and use no hooks, so this never suspends. */
export async function renderDocument(element: ReactElement): Promise<string> {
  const render = await loadRenderer();
  return `<!DOCTYPE html>${render(element)}`;
}
