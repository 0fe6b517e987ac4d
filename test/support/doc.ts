import type { Doc } from '../../parsers/doc.js';
import { parseMarkdown } from '../../parsers/markdown.js';
import { parseText } from '../../parsers/text.js';

const NO_META = { published: null, title: null };

/** A Doc from template-literal text; a leading newline and common indentation are removed. */
export function textDoc(text: string): Doc {
  return { ...parseText(dedent(text)), encoding: 'utf-8', diagnostics: [], meta: NO_META };
}

export function markdownDoc(text: string): Doc {
  return { ...parseMarkdown(dedent(text)), encoding: 'utf-8', diagnostics: [], meta: NO_META };
}

function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

/** What each block of a Doc says, for compact assertions. */
export function blockTexts(doc: Doc): string[] {
  return doc.blocks.map((b) => `${b.kind}: ${doc.text.slice(b.start, b.end).replace(/\s+/g, ' ')}`);
}
