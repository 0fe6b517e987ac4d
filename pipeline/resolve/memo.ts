import { detached } from '../text.js';

/**
 * `make(key)`, remembered for the rest of the process: the gazetteer is fixed, so an answer never goes
 * stale. Keys are copied out of the document text they were sliced from, so that the memo holds no
 * document alive; memory is bounded by forgetting everything past `max` answers, which only costs
 * asking again.
 */
export function acrossDocuments<T>(max: number): (key: string, make: (key: string) => T) => T {
  const answers = new Map<string, T>();
  return (key, make) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = make(key);
      if (answers.size >= max) answers.clear();
      answers.set(detached(key), answer);
    }
    return answer;
  };
}
