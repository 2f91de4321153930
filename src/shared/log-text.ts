/**
 * Text the code under test wrote (error messages, kinds, output tails, site names) reaches the
 * runner's log: progress lines, tables, the action's log lines. The Actions runner reads a line
 * whose first non-blank characters are `::` as a workflow command, and `##[command]` anywhere in a
 * line as the older form, so such text could forge an error, mask a value or stop command
 * processing. Everything here keeps it as text a person reads and the runner ignores.
 */

/**
 * Bidirectional controls: they reorder what a reader sees (the "Trojan Source" trick), in logs and
 * markdown alike. Embeddings and overrides (U+202A-U+202E), isolates (U+2066-U+2069), the
 * left-to-right and right-to-left marks (U+200E, U+200F) and the Arabic letter mark (U+061C).
 */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Control characters that move the cursor, erase or colour (ESC), or end a line for some readers (NEL, U+2028/9). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0085\u2028\u2029]/g;

/**
 * Multi-line text made safe for a log: carriage returns dropped (a bare `\r` would let a later
 * part overwrite the line on a terminal), other controls and bidi characters removed, a line
 * starting with `::` prefixed with a backslash, and `##[` broken up. Idempotent, and a no-op on
 * the text we write ourselves.
 */
export function logText(text: string): string {
  return text
    .replace(/\r/g, "")
    .replace(CONTROLS, "")
    .replace(BIDI_CONTROLS, "")
    .replace(/##\[/g, "##\\[")
    .replace(/^(\s*)::/gm, "$1\\::");
}

/** One line of a log from text that may hold line breaks: they become spaces, then as `logText`. */
export function logLine(text: string): string {
  return logText(text.replace(/\r\n|[\r\n]/g, " "));
}
