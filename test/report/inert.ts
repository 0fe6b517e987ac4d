import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** The elements of a page, depth first. */
export function elements(html: string): Element[] {
  const out: Element[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element') out.push(node);
    if ('children' in node) for (const child of node.children) walk(child);
    if (node.type === 'element' && node.content) walk(node.content);
  };
  walk(fromHtml(html));
  return out;
}

/**
 * Everything in a page of the report that could run or load something: a script other than the
 * report's own, an event handler attribute, a `javascript:` address, an element a release could have
 * smuggled in (img, svg, iframe, object, embed, form, b). None for an inert page.
 */
export function liveMarkup(html: string): string[] {
  const problems: string[] = [];
  for (const el of elements(html)) {
    const src = String(el.properties.src ?? '');
    if (el.tagName === 'script' && !/^(\.\.\/)?report\.js$/.test(src)) problems.push(`<script src="${src}">`);
    if (['img', 'iframe', 'object', 'embed', 'form', 'b', 'foreignObject'].includes(el.tagName))
      problems.push(`<${el.tagName}>`);
    for (const [name, value] of Object.entries(el.properties)) {
      if (/^on/i.test(name)) problems.push(`${el.tagName}[${name}]`);
      if (/^\s*javascript:/i.test(String(value))) problems.push(`${el.tagName}[${name}=${value}]`);
    }
  }
  return problems;
}

/** The text an element holds, as a browser's textContent. */
export function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** The text of the first element with this class. */
export function textOfClass(html: string, className: string): string | undefined {
  const el = elements(html).find((e) =>
    (e.properties.className as string[] | undefined)?.includes(className),
  );
  return el && textOf(el);
}

/** All the text of a page, as a reader sees it. */
export function pageText(html: string): string {
  return textOf(fromHtml(html));
}
