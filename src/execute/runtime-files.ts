import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Finds a file that ships in `dist/` (the trial program, the Python harness). From the bundle it
 * sits beside this code; from sources (tests) it is in the package's `dist/`, built first.
 */
export function runtimeFile(name: string, from = import.meta.url): string {
  let dir = path.dirname(fileURLToPath(from));
  for (;;) {
    for (const candidate of [path.join(dir, name), path.join(dir, "dist", name)]) {
      if (existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`runtime file ${name} not found next to ${fileURLToPath(from)}; run npm run build`);
    dir = parent;
  }
}
