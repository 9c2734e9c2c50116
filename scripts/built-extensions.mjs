// The built extensions a check runs on: the folders named on the command line, or every
// build in .output (chrome-mv3, firefox-mv2). Exits with a message when there is none.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function builtExtensions(root, checkName, args = process.argv.slice(2)) {
  const output = join(root, '.output');
  const dirs = args.length
    ? args
    : existsSync(output)
      ? readdirSync(output).map((d) => join(output, d)).filter((d) => existsSync(join(d, 'manifest.json')))
      : [];
  if (!dirs.length) {
    console.error(`${checkName}: no built extension in .output (run: npx wxt build)`);
    process.exit(1);
  }
  return dirs;
}
