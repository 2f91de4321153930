import { readFileSync } from "node:fs";
import { findSourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { RawFrame } from "./watchdog.js";

/**
 * Where a frame's code lives, for picking the culprit: the repository's own code first, then
 * dependencies (node_modules, files outside the root), never Node internals or this runner.
 */
export type FrameOwner = "repo" | "dependency" | "internal" | "runner";

/** A frame resolved to a source file (through a source map when there is one). */
export interface Frame {
  /** Relative to the root (posix separators), or `node:fs` for internals, or "" for native code. */
  file: string;
  /** Absolute path, when the frame is in a file. */
  absolute?: string;
  line: number;
  column?: number;
  fn: string;
  owner: FrameOwner;
}

export interface FrameResolver {
  resolve(raw: RawFrame): Frame;
  /** The trimmed source line, when the file can be read. */
  sourceLine(frame: Frame): string | undefined;
  /** How many lines the file has, when it can be read. */
  lineCount(frame: Frame): number | undefined;
}

/**
 * Resolves frames against the repository root. `runnerFiles` are this tool's own files (the
 * trial bundle), which must never be named as a culprit even when they sit inside the root.
 */
export function frameResolver(root: string, runnerFiles: string[]): FrameResolver {
  const runners = new Set(runnerFiles.map((f) => path.resolve(f)));
  const sources = new Map<string, string[] | undefined>();
  const lines = (absolute: string) => {
    if (!sources.has(absolute)) {
      try {
        sources.set(absolute, readFileSync(absolute, "utf8").split(/\r?\n/));
      } catch {
        sources.set(absolute, undefined);
      }
    }
    return sources.get(absolute);
  };
  const relative = (absolute: string) => path.relative(root, absolute).split(path.sep).join("/");
  const ownerOf = (absolute: string): FrameOwner => {
    if (runners.has(absolute)) return "runner";
    const rel = path.relative(root, absolute);
    if (rel.startsWith("..") || path.isAbsolute(rel)) return "dependency";
    return rel.split(path.sep).includes("node_modules") ? "dependency" : "repo";
  };
  return {
    resolve(raw) {
      if (!raw.url) return { file: "", line: raw.line, column: raw.column, fn: raw.fn, owner: "internal" };
      if (raw.url.startsWith("node:") || !(raw.url.startsWith("file:") || path.isAbsolute(raw.url))) {
        return { file: raw.url, line: raw.line, column: raw.column, fn: raw.fn, owner: "internal" };
      }
      let absolute = raw.url.startsWith("file:") ? fileURLToPath(raw.url) : raw.url;
      let { line, column } = raw;
      const mapped = mapThroughSourceMap(raw.url, absolute, line, column);
      if (mapped) ({ absolute, line, column } = mapped);
      return { file: relative(absolute), absolute, line, column, fn: raw.fn, owner: ownerOf(absolute) };
    },
    sourceLine(frame) {
      const text = frame.absolute ? lines(frame.absolute)?.[frame.line - 1]?.trim() : undefined;
      if (!text) return undefined;
      return text.length > 120 ? `${text.slice(0, 117)}...` : text;
    },
    lineCount(frame) {
      return frame.absolute ? lines(frame.absolute)?.length : undefined;
    },
  };
}

/**
 * Compiled code with a source map (TypeScript compiled to JS, bundles) reports the original file
 * and line. Node keeps maps only for modules loaded after `process.setSourceMapsEnabled(true)`.
 * Type-stripped `.ts` needs none: stripping blanks the types out and keeps every position.
 */
function mapThroughSourceMap(url: string, absolute: string, line: number, column: number | undefined) {
  let map: ReturnType<typeof findSourceMap>;
  try {
    map = findSourceMap(url) ?? findSourceMap(absolute);
  } catch {
    return undefined;
  }
  if (!map) return undefined;
  const entry = map.findEntry(line - 1, Math.max(0, (column ?? 1) - 1)) as { originalSource?: string; originalLine?: number; originalColumn?: number };
  if (!entry.originalSource || entry.originalLine === undefined) return undefined;
  const source = entry.originalSource;
  const original = source.startsWith("file:") ? fileURLToPath(source) : path.resolve(path.dirname(absolute), source);
  return { absolute: original, line: entry.originalLine + 1, column: (entry.originalColumn ?? 0) + 1 };
}

/** Index of the culprit in a leaf-first stack: the deepest repo frame, else the deepest dependency frame. */
export function culpritIndex(frames: Frame[]): number | undefined {
  const repo = frames.findIndex((f) => f.owner === "repo");
  if (repo >= 0) return repo;
  const dependency = frames.findIndex((f) => f.owner === "dependency");
  return dependency >= 0 ? dependency : undefined;
}

/** A short readable stack: from the leaf down to a few frames past the culprit, without the runner. */
export function shortStack(frames: Frame[], culprit: number, past = 3): string[] {
  const out: string[] = [];
  for (let i = 0; i < frames.length && i <= culprit + past; i++) {
    const f = frames[i]!;
    if (f.owner === "runner") break;
    if (!f.file && i !== 0) continue;
    const where = f.file ? `${f.file}:${f.line}` : "native";
    out.push(`${f.fn || "(anonymous)"} (${where})`);
    if (out.length >= 8) break;
  }
  return out;
}
