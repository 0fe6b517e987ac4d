import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/cases.js';
import { SEED, seedRecord } from '../support/seeds.js';
import { newProject, type Project } from './project.js';

/**
 * The review page in a real browser: Debian's chromium, driven by playwright-core, headless, offline.
 * Without /usr/bin/chromium these tests are skipped with a message (`npm test` passes on any machine);
 * .ci/run installs it and sets PALMARES_BROWSER_TESTS=required, under which its absence fails.
 * Screenshots go to $PALMARES_ARTIFACTS/screenshots (default .tmp/artifacts/screenshots).
 */
const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
const required = process.env.PALMARES_BROWSER_TESTS === 'required';
if (!present && !required)
  console.warn(
    `browser tests skipped: ${CHROMIUM} is absent (apt-get install -y chromium; .ci/run installs it and runs them)`,
  );
const screenshots = join(
  process.env.PALMARES_ARTIFACTS ?? join(repoRoot, '.tmp', 'artifacts'),
  'screenshots',
);

describe.skipIf(!present && !required)('the report in chromium', () => {
  let project: Project;
  let profile: string;
  let browser: BrowserContext;
  /** Console errors, page errors, failed requests and dialogs, on every page opened. */
  const trouble: string[] = [];
  const url = (path: string) => {
    const [file, hash] = path.split('#');
    return `${pathToFileURL(join(project.dir, 'output', 'report', file as string)).href}${hash ? `#${hash}` : ''}`;
  };

  async function open(path: string, width = 1280): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewportSize({ width, height: 900 });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning')
        trouble.push(`${path}: console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => trouble.push(`${path}: ${e.message}`));
    page.on('requestfailed', (r) => trouble.push(`${path}: request failed ${r.url()}`));
    page.on('dialog', (d) => {
      trouble.push(`${path}: dialog ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(url(path));
    return page;
  }

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is required (PALMARES_BROWSER_TESTS=required)`).toBe(true);
    project = newProject([
      'release-2025/communique.txt',
      'release-2025/page-web.html',
      'hostile/hostile.txt',
      'hostile/hostile-page.html',
      seedRecord(SEED.marseille2024Pdf).source.path,
    ]);
    expect(project.run(['ingest', 'inbox', '--quiet']).status).toBe(0);
    // A tier edited in one format, and a hostile page edited, so that the diff view shows both.
    for (const file of ['corpus/2025/page-web.html', 'corpus/2026/hostile-page.html'])
      project.write(file, project.read(file).replace('<h2>LABEL ARGENT</h2>', '<h2>LABEL BRONZE</h2>'));
    const report = project.run(['report']);
    expect(report.status, report.stderr).toBe(0);
    mkdirSync(screenshots, { recursive: true });
    profile = mkdtempSync(join(tmpdir(), 'palmares-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      offline: true,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    project?.remove();
  });

  it('opens the overview with its chart and a link to every document', async () => {
    const page = await open('index.html');
    expect(await page.locator('figure.chart svg rect').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href^="documents/"]').count()).toBeGreaterThanOrEqual(5);
    await page.screenshot({ path: join(screenshots, 'overview.png'), fullPage: true });
    await page.close();
  });

  it('marks the evidence of a laureate when it is clicked, and the laureate when its text is', async () => {
    const page = await open('documents/2024-forum-marseille-laureats-communique.html');
    const button = page.locator('.laureate button.v.f-laureate').nth(2);
    const id = (await button.getAttribute('id')) as string;
    await button.click();
    const marked = page.locator(`.m[data-v~="${id}"]`);
    expect(await marked.count()).toBeGreaterThan(0);
    expect(await marked.evaluateAll((els) => els.every((e) => e.classList.contains('is-marked')))).toBe(true);
    await expect.poll(() => marked.first().evaluate(inView)).toBe(true);
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.page-break').count()).toBeGreaterThan(0);
    expect(await page.locator('.laureate .page').first().textContent()).toMatch(/^p\. \d+$/);
    await page.screenshot({ path: join(screenshots, 'document-laureate-marked.png') });

    // The reverse: a click on an awardee in the text marks its value in the record panel.
    const awardee = page.locator('.m.f-awardee').nth(5);
    const target = ((await awardee.getAttribute('data-v')) as string).split(' ')[0] as string;
    await awardee.click();
    expect(await page.locator(`#${target}`).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator(`.m[data-v~="${id}"].is-marked`).count()).toBe(0);
    await expect.poll(() => page.locator(`#${target}`).evaluate(inView)).toBe(true);
    expect(await page.locator('#status').textContent()).toMatch(/^laureates\[\d+\]\.awardees\[\d+\]: /);
    await page.close();
  });

  it('works from the keyboard: Tab to a value, arrows between values, Enter to mark, Escape to clear', async () => {
    const page = await open('documents/2025-communique.html');
    for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.matches('button.v'))); i++)
      await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.id);
    expect(first).toBe('v1');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const third = await page.evaluate(() => document.activeElement?.id);
    expect(third).toBe('v3');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    expect(await page.locator('#v2').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.m[data-v~="v2"].is-marked').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    expect(await page.locator('.is-marked').count()).toBe(0);
    await page.close();
  });

  it('opens on a value named in the address', async () => {
    const page = await open('documents/2025-communique.html#v5');
    expect(await page.locator('#v5').getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('shows the edited tier in the diff view, committed beside received', async () => {
    const page = await open('diff.html');
    const tier = page.locator('table.changes tr', {
      has: page.locator('code', { hasText: /Tourcoing.*\.tier$/ }),
    });
    expect(await tier.locator('td').allTextContents()).toEqual([
      expect.stringMatching(/\.tier$/),
      'silver',
      'bronze',
    ]);
    expect(await page.locator('.jsondiffpatch-modified').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(screenshots, 'diff.png'), fullPage: true });
    await page.close();
  });

  it('renders the hostile release inert on its pages and in the diff view', async () => {
    for (const path of [
      'documents/2026-hostile.html',
      'documents/2026-hostile-page.html',
      'diff.html',
      'index.html',
    ]) {
      const page = await open(path);
      // Press every value and pass over marks: nothing a release wrote may react.
      await page.evaluate(() => {
        for (const b of Array.from(document.querySelectorAll<HTMLElement>('button.v'))) b.click();
      });
      for (const mark of (await page.locator('.m').filter({ visible: true }).all()).slice(0, 12))
        await mark.hover();
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), path).toBeUndefined();
      expect(
        await page.evaluate(() =>
          Array.from(
            document.querySelectorAll(
              'img, svg:not(figure.chart svg), iframe, object, embed, b, main script',
            ),
          ).map((e) => e.outerHTML.slice(0, 80)),
        ),
        path,
      ).toEqual([]);
      expect(
        await page.evaluate(() =>
          Array.from(document.querySelectorAll('a'))
            .filter((a) => !/^(file:|#)/.test(a.href))
            .map((a) => a.href),
        ),
        path,
      ).toEqual([]);
      if (path === 'documents/2026-hostile.html')
        expect(await page.locator('pre.text').textContent()).toContain(
          "<script>window.__pwned = 'script'</script>",
        );
      await page.close();
    }
  });

  it('holds its layout at 375 px: nothing wider than the screen', async () => {
    for (const [path, name] of [
      ['index.html', 'overview-375.png'],
      ['documents/2024-forum-marseille-laureats-communique.html', 'document-375.png'],
      ['diff.html', 'diff-375.png'],
    ] as const) {
      const page = await open(path, 375);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
      await page.screenshot({ path: join(screenshots, name), fullPage: true });
      await page.close();
    }
  });

  it('logged no console error, page error, failed request or dialog on any page', () => {
    expect(trouble).toEqual([]);
  });
});

/** Whether an element is at least partly inside the viewport and the scrolled box around it. */
function inView(el: Element): boolean {
  const r = el.getBoundingClientRect();
  let box: Element | null = el.parentElement;
  while (box && getComputedStyle(box).overflowY !== 'auto') box = box.parentElement;
  const limit = box ? box.getBoundingClientRect() : { top: 0, bottom: innerHeight };
  return r.bottom > Math.max(0, limit.top) && r.top < Math.min(innerHeight, limit.bottom);
}
