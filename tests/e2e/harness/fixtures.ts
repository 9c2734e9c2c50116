/** Site fixtures (tests/fixtures/sites/<id>/*.html) and zoo pages, read from their header comment. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, SITE_FIXTURES_DIR, ZOO_DIR } from './paths.ts';

export interface Fixture {
  /** Path from the repository root, for test names. */
  name: string;
  site: string;
  /** The page's real address, from the header's `url:` line. */
  url: string;
  html: string;
}

/** The `url:` line of the first comment: `url: https://www.facebook.com/friends/requests`. */
export function headerUrl(html: string, file: string): string {
  const header = /<!--([\s\S]*?)-->/.exec(html)?.[1] ?? '';
  const url = /^\s*url:\s*(https:\/\/\S+)\s*$/m.exec(header)?.[1];
  if (!url) throw new Error(`${file}: the header comment has no "url: https://..." line`);
  return url;
}

function readFixture(file: string, site: string): Fixture {
  const html = readFileSync(file, 'utf8');
  return { name: relative(ROOT, file), site, url: headerUrl(html, file), html };
}

export function siteFixtures(): Fixture[] {
  if (!existsSync(SITE_FIXTURES_DIR)) return [];
  return readdirSync(SITE_FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(SITE_FIXTURES_DIR, d.name))
        .filter((f) => f.endsWith('.html'))
        .sort()
        .map((f) => readFixture(join(SITE_FIXTURES_DIR, d.name, f), d.name)),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A zoo page (tests/e2e/zoo/<name>.html): test mechanics, served at its header `url:`. */
export function zooPage(name: string): Fixture {
  return readFixture(join(ZOO_DIR, `${name}.html`), 'zoo');
}
