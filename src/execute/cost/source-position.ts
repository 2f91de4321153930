import { readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const maps = new Map<string, SourceMap | undefined>();

/**
 * The original file and line of a position in compiled code (TypeScript compiled to JS, bundles),
 * from the file's `//# sourceMappingURL=` (a file beside it or an inline data URL). Read here
 * rather than from the process that ran the code: the profile is joined after that process ended.
 * undefined when the file has no map, or the map has no entry for the position.
 */
export function originalPosition(absolute: string, line: number, column: number): { absolute: string; line: number } | undefined {
  if (!maps.has(absolute)) maps.set(absolute, loadMap(absolute));
  const map = maps.get(absolute);
  if (!map) return undefined;
  const entry = map.findEntry(line - 1, Math.max(0, column - 1)) as { originalSource?: string; originalLine?: number };
  if (!entry.originalSource || entry.originalLine === undefined) return undefined;
  const source = entry.originalSource;
  let original: string;
  try {
    original = source.startsWith("file:") ? fileURLToPath(source) : path.resolve(path.dirname(absolute), source);
  } catch {
    return undefined;
  }
  return { absolute: original, line: entry.originalLine + 1 };
}

function loadMap(absolute: string): SourceMap | undefined {
  try {
    const text = readFileSync(absolute, "utf8");
    const ref = /\/\/[#@] sourceMappingURL=(\S+)\s*$/.exec(text.slice(-4096))?.[1];
    if (!ref) return undefined;
    const inline = /^data:application\/json(?:;charset=[\w-]+)?;base64,(.+)$/.exec(ref);
    const payload = inline ? Buffer.from(inline[1]!, "base64").toString("utf8") : readFileSync(path.resolve(path.dirname(absolute), ref), "utf8");
    return new SourceMap(JSON.parse(payload) as ConstructorParameters<typeof SourceMap>[0]);
  } catch {
    return undefined;
  }
}
