/**
 * Reads the imports of source files and checks them against the allowed directions between
 * top-level folders (docs/architecture.md). Static, dynamic and type-only imports and
 * re-exports all count: each one is a dependency of the file.
 */
import { posix } from 'node:path';
import ts from 'typescript';

export interface SourceFile {
  /** Path from the repository root, with forward slashes: "content/state.ts". */
  path: string;
  text: string;
}

/** For each checked folder: the folders of ours it may import, and whether it may import packages. */
export interface Direction {
  folder: string;
  mayImport: string[];
  packages: boolean;
}

export interface Violation {
  file: string;
  specifier: string;
  reason: string;
}

export function importsOf(file: SourceFile): string[] {
  return ts.preProcessFile(file.text, true, true).importedFiles.map((entry) => entry.fileName);
}

const folderOf = (path: string): string => path.split('/')[0]!;

export function importViolations(files: readonly SourceFile[], directions: readonly Direction[]): Violation[] {
  const rules = new Map(directions.map((direction) => [direction.folder, direction]));
  const violations: Violation[] = [];
  for (const file of files) {
    const rule = rules.get(folderOf(file.path));
    if (!rule) continue;
    for (const specifier of importsOf(file)) {
      if (!specifier.startsWith('.')) {
        if (!rule.packages) violations.push({ file: file.path, specifier, reason: `${rule.folder}/ imports no packages` });
        continue;
      }
      const target = posix.normalize(posix.join(posix.dirname(file.path), specifier));
      const folder = folderOf(target);
      if (target.startsWith('..') || (folder !== rule.folder && !rule.mayImport.includes(folder))) {
        const allowed = rule.mayImport.length ? rule.mayImport.join(', ') : 'nothing of ours';
        violations.push({ file: file.path, specifier, reason: `${rule.folder}/ may import only ${allowed}, not ${folder}/` });
      }
    }
  }
  return violations;
}

/**
 * The directions as docs/architecture.md writes them: a table whose rows read
 * "| `content/` | `vocabulary/`, `model/` | no |" (folder, what it may import, packages).
 */
export function directionsFromDoc(markdown: string): Direction[] {
  const directions: Direction[] = [];
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    if (cells.length !== 3 || !/^`[a-z-]+\/`$/.test(cells[0]!)) continue;
    directions.push({
      folder: cells[0]!.slice(1, -2),
      mayImport: [...cells[1]!.matchAll(/`([a-z-]+)\/`/g)].map((match) => match[1]!),
      packages: /^yes\b/i.test(cells[2]!),
    });
  }
  return directions;
}
