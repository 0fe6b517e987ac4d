import { SaxesParser, type SaxesTagNS } from 'saxes';
import { InputError } from './errors.js';

/** The namespaces office documents use, by the prefix they are conventionally written with. */
const PREFIXES: Readonly<Record<string, string>> = {
  'urn:oasis:names:tc:opendocument:xmlns:office:1.0': 'office',
  'urn:oasis:names:tc:opendocument:xmlns:text:1.0': 'text',
  'urn:oasis:names:tc:opendocument:xmlns:table:1.0': 'table',
  'urn:oasis:names:tc:opendocument:xmlns:style:1.0': 'style',
  'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0': 'fo',
  'urn:oasis:names:tc:opendocument:xmlns:meta:1.0': 'meta',
  'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0': 'draw',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
};

/** Nesting deeper than this is refused: no office document nests its text anywhere near it. */
export const MAX_XML_DEPTH = 256;

export interface XmlHandlers {
  /** `name` is `prefix:local` with the conventional prefix whatever the file calls its namespace. */
  open?: (name: string, attrs: Readonly<Record<string, string>>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

/**
 * Streams an XML part through saxes (no tree, no recursion, no entity expansion beyond XML's five), with
 * element and attribute names in their conventional prefixes. A malformed or too deeply nested part is
 * an InputError naming `part`.
 */
export function walkXml(xml: string, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: true });
  let depth = 0;
  let failure: Error | undefined;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (++depth > MAX_XML_DEPTH) {
      failure ??= new Error(`elements nested more than ${MAX_XML_DEPTH} deep`);
      return;
    }
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[qualified(a.uri, a.local)] = a.value;
    handlers.open?.(qualified(tag.uri, tag.local), attrs);
  });
  parser.on('closetag', (tag: SaxesTagNS) => {
    if (depth-- > MAX_XML_DEPTH) return;
    handlers.close?.(qualified(tag.uri, tag.local));
  });
  parser.on('text', (t) => {
    if (depth <= MAX_XML_DEPTH) handlers.text?.(t);
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    failure ??= e instanceof Error ? e : new Error(String(e));
  }
  if (failure) {
    throw new InputError(
      `has a malformed ${part} (${failure.message.replace(/\s+/g, ' ').trim()})`,
      'save the document again from its application',
    );
  }
}

function qualified(uri: string, local: string): string {
  const prefix = PREFIXES[uri];
  return prefix ? `${prefix}:${local}` : local;
}

/** The text content of the first element of each name asked for, e.g. `dc:title`. */
export function xmlFields(xml: string, part: string, names: readonly string[]): Record<string, string> {
  const found: Record<string, string> = {};
  let current: string | undefined;
  walkXml(xml, part, {
    open: (name) => {
      if (current === undefined && names.includes(name) && !(name in found)) {
        current = name;
        found[name] = '';
      }
    },
    close: (name) => {
      if (name === current) current = undefined;
    },
    text: (t) => {
      if (current !== undefined) found[current] += t;
    },
  });
  return found;
}
