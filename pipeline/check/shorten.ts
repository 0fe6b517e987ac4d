/** White space collapsed and cut at a word boundary near `max` characters, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const space = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, space > max / 2 ? space : max).trimEnd()}…`;
}
