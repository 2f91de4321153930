/**
 * Scenario names, error messages and file paths come from the code under test (a pull request can
 * write anything into them) and end up in a comment posted with the workflow's token. Everything
 * here turns such text into inert markdown: no HTML, no links, no formatting, no @-mentions.
 */

import { BIDI_CONTROLS } from "../shared/log-text.js";

/** Characters that start or end markdown constructs inline (`$` opens math on GitHub); each gets a backslash. */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~$]/g;

/** Invisible, and enough to break a mention or an autolink pattern. */
const ZERO_WIDTH_SPACE = "\u200b";

/**
 * Inert text for prose and table cells: line breaks become spaces (a newline could end a table
 * row or start a heading), mentions and autolinks are broken with a zero-width space the reader
 * never sees, HTML-significant characters become entities, markdown punctuation gets a backslash.
 */
export function escapeText(text: string): string {
  return (
    oneLine(text)
      // `@name` would notify someone; `@<ZWSP>name` reads the same and notifies nobody.
      .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
      // GitHub autolinks bare URLs and `www.` hosts.
      .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
      .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZERO_WIDTH_SPACE}.`)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
  );
}

/**
 * Table-safe text for what we format ourselves (numbers, labels, verdicts): only `|` (which would
 * split the cell) and `<`/`>` (which could open HTML) change. Never for text from the code under
 * test: that goes through `escapeText` or `inlineCode`.
 */
export function tableSafe(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * A code span that holds any text: the fence is longer than any backtick run inside, and inside a
 * table `|` is escaped (GFM splits cells on it even within code). Code spans never link or mention.
 */
export function inlineCode(text: string, options: { inTable?: boolean } = {}): string {
  let content = oneLine(text);
  if (options.inTable) content = content.replace(/\|/g, "\\|");
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = content.startsWith("`") || content.endsWith("`") || content === "" ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** A link whose text is escaped here and whose URL is built from encoded parts by the caller. */
export function link(text: string, url: string): string {
  return `[${text}](${encodeUrlChars(url)})`;
}

/** Encodes what could end a link destination early or inject markup (`)`, spaces, `<`, quotes). */
function encodeUrlChars(url: string): string {
  return url.replace(/[\s()<>"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/** Encodes one path for a URL segment by segment, keeping the slashes. */
export function encodePath(relativePath: string): string {
  return relativePath
    .split("/")
    .map((segment) => encodeURIComponent(segment).replace(/[()!*']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join("/");
}

/** Mermaid labels sit inside double quotes in a fenced block: keep a plain, safe alphabet only. */
export function mermaidLabel(text: string): string {
  return oneLine(text)
    .replace(/[^A-Za-z0-9 ._/:+()-]/g, "_")
    .slice(0, 80);
}

/** Text of an HTML comment: `--` and `>` would end it early. */
export function htmlCommentText(text: string): string {
  return oneLine(text).replace(/-{2,}/g, "-").replace(/[<>]/g, "_");
}

function oneLine(text: string): string {
  // Bidi controls (they reorder what the reader sees, in code spans too) go; control characters
  // and line breaks (U+2028/9 included) become spaces.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return text.replace(BIDI_CONTROLS, "").replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, " ");
}
