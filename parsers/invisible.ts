/**
 * Characters that show nothing but split a word for every matcher: zero-width spaces and joiners, the
 * word joiner, a BOM inside the text, soft hyphens, and the bidirectional controls (marks, embeddings,
 * overrides, isolates), which also make a name display other than it reads.
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** A UTF-16 half without its other half: no encoding can write it, so it stands for what is lost. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The text without invisible characters, lone surrogates as U+FFFD. Readers apply it where text enters
 * the document (decoded bytes, entity-decoded markup, PDF text runs), so that spans index the result.
 */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, '').replace(LONE_SURROGATE, '\ufffd');
}
