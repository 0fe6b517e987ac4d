import { InputError } from './errors.js';

/**
 * The refusal for a document nested deeper than the limit: the markup libraries walk trees by
 * recursion, and micromark slows down with every level of list or quote it keeps open.
 */
export function tooDeep(what: string, depth: number, limit: number): InputError {
  return new InputError(
    `nests ${what} ${depth} deep, more than the limit of ${limit}`,
    'flatten the nesting, or read it as plain text with -f text',
  );
}

/**
 * The deepest nesting of a tree, walked without recursion; it stops counting past `limit`, so that
 * a tree too deep costs no more to refuse than one at the limit.
 */
export function treeDepth<T>(
  root: T,
  children: (node: T) => readonly T[] | undefined,
  limit: number,
): number {
  let deepest = 0;
  const stack: Array<[T, number]> = [[root, 0]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (const child of children(node) ?? []) stack.push([child, depth + 1]);
  }
  return deepest;
}
