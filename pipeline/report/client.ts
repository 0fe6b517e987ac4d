/**
 * What the review page does in the browser, written as a function so that the compiler checks it and
 * `report.js` is its source text: a click on a value (a button of the record panel) marks its evidence
 * in the text and scrolls to it; a click on marked text marks the narrowest value it is the evidence
 * of and scrolls the panel to it. ↑/↓ move between values, Escape clears, and `#v12` in the address
 * opens the page on that value. It needs nothing but the DOM, so it runs from disk, offline.
 */
function reportClient(): void {
  const byId = (id: string) => document.getElementById(id);
  const marks = (id: string) => Array.from(document.querySelectorAll<HTMLElement>(`.m[data-v~="${id}"]`));
  const status = () => document.querySelector<HTMLElement>('#status');

  function clear(): void {
    for (const el of Array.from(document.querySelectorAll('.is-marked'))) el.classList.remove('is-marked');
    for (const el of Array.from(document.querySelectorAll('button.v[aria-pressed="true"]')))
      el.setAttribute('aria-pressed', 'false');
    const s = status();
    if (s) s.textContent = '';
  }

  function select(id: string, scroll: 'text' | 'panel'): void {
    const button = byId(id);
    if (!button) return;
    clear();
    const evidence = marks(id);
    for (const m of evidence) m.classList.add('is-marked');
    button.classList.add('is-marked');
    button.setAttribute('aria-pressed', 'true');
    const target = scroll === 'text' ? evidence[0] : button;
    target?.scrollIntoView({ block: 'center', behavior: 'auto' });
    const s = status();
    if (s) {
      const words = evidence.map((m) => m.textContent ?? '').join('');
      s.textContent = evidence.length
        ? `${button.dataset.path}: ${words.length > 160 ? `${words.slice(0, 160)}…` : words}`
        : `${button.dataset.path}: no evidence in the text`;
    }
    if (history.replaceState) history.replaceState(null, '', `#${id}`);
  }

  document.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    const value = target?.closest<HTMLElement>('button.v');
    if (value) {
      select(value.id, 'text');
      return;
    }
    const mark = target?.closest<HTMLElement>('.m');
    const first = mark?.dataset.v?.split(' ')[0];
    if (first) select(first, 'panel');
  });

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      clear();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || !active.matches('button.v')) return;
    const all = Array.from(document.querySelectorAll<HTMLElement>('button.v'));
    const next = all[all.indexOf(active) + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });

  const fromAddress = location.hash.slice(1);
  if (/^v\d+$/.test(fromAddress)) select(fromAddress, 'text');
}

/** The text of `report.js`. */
export const CLIENT_SCRIPT = `'use strict';\n(${reportClient.toString()})();\n`;
