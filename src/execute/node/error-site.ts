import { clip, ErrorTally, MAX_FRAME_CHARS, MAX_STACK_FRAMES, type RawErrorKind } from "../error-kinds.js";
import type { ErrorKind, ErrorSite } from "../types.js";
import { culpritIndex, frameResolver, shortStack, type FrameResolver } from "./blocking/frames.js";
import type { RawFrame } from "./blocking/watchdog.js";

/** A tally for Node errors: the message as `errorMessage` words it, the first stack as V8 formatted it. */
export function nodeErrorTally(): ErrorTally<string> {
  return new ErrorTally<string>({ message: errorMessage, stack: stackOf });
}

function stackOf(error: unknown): string | undefined {
  try {
    return error instanceof Error && typeof error.stack === "string" ? error.stack : undefined;
  } catch {
    return undefined;
  }
}

/** The message a kind is made of: an Error subclass keeps its name (`TypeError: ...`), a plain Error only its message. */
export function errorMessage(error: unknown): string {
  try {
    if (error instanceof Error) {
      const message = error.message || error.name;
      return error.name && error.name !== "Error" && error.message ? `${error.name}: ${message}` : message;
    }
    if (error !== null && typeof error === "object" && typeof (error as { message?: unknown }).message === "string") {
      return (error as { message: string }).message;
    }
    return String(error);
  } catch {
    // A getter or toString that throws: the kind is still counted.
    return typeof error;
  }
}

/**
 * Turns each kind's first stack into the repository line that threw and a short stack, once the
 * window is over (reading source files inside it would block the measured loop). Stacks are
 * source-mapped already: the trial enables source maps before any scenario loads. `runnerFiles`
 * are this tool's own (the trial bundle), never named as the line that threw.
 */
export function resolveErrorKinds(raw: RawErrorKind<string>[], root: string, runnerFiles: string[]): ErrorKind[] {
  let resolver: FrameResolver | undefined;
  return raw.map(({ stack, ...kind }) => {
    if (stack === undefined) return kind;
    resolver ??= frameResolver(root, runnerFiles);
    const frames = parseStack(stack).map((f) => resolver!.resolve(f));
    if (frames.length === 0) return kind;
    const culprit = culpritIndex(frames);
    const short = shortStack(frames, culprit ?? frames.length)
      .slice(0, MAX_STACK_FRAMES)
      .map((f) => clip(f, MAX_FRAME_CHARS));
    let site: ErrorSite | undefined;
    if (culprit !== undefined && frames[culprit]!.owner === "repo") {
      const f = frames[culprit]!;
      const source = resolver.sourceLine(f);
      site = {
        file: f.file,
        line: f.line,
        ...(f.column !== undefined && f.column > 0 && { column: f.column }),
        ...(f.fn && { function: f.fn }),
        ...(source && { source }),
      };
    }
    return { ...kind, ...(short.length > 0 && { stack: short }), ...(site && { site }) };
  });
}

const FRAME = /^\s*at\s+(?:async\s+)?(.*)$/;
const LOCATION = /^(.*):(\d+):(\d+)$/;

/**
 * The frames of a V8 stack string, leaf first: `at fn (file:line:col)`, `at file:line:col`,
 * `at async fn (...)`; frames without a location (`native`, `index 0`) keep only their name.
 */
export function parseStack(stack: string): RawFrame[] {
  const frames: RawFrame[] = [];
  for (const line of stack.split("\n")) {
    const m = FRAME.exec(line);
    if (!m) continue;
    let body = m[1]!.trim();
    let fn = "";
    const open = body.indexOf(" (");
    if (body.endsWith(")") && open > 0) {
      fn = body.slice(0, open);
      body = body.slice(open + 2, -1);
    }
    const where = LOCATION.exec(body);
    if (where) frames.push({ url: where[1]!, line: Number(where[2]), column: Number(where[3]), fn });
    else frames.push({ url: "", line: 0, column: 0, fn: fn || body });
  }
  return frames;
}
