#!/usr/bin/env node
// The release workflow's own checks and notes (.github/workflows/release.yml), runnable anywhere:
//
//   node scripts/release.mjs check    # the version to release: package.json's, not tagged yet, in
//                                     # CHANGELOG.md, from this repository; writes VERSION and MAJOR
//                                     # to $GITHUB_ENV when set, and prints them
//   node scripts/release.mjs notes    # the release notes: CHANGELOG.md's section of the version, then
//                                     # the commits since the previous vX.Y.Z tag
//
// Run in the repository's root (or with --cwd DIR). Exit 1 with the reason when a check fails.
import { execFileSync } from "node:child_process";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const cwdAt = args.indexOf("--cwd");
const cwd = cwdAt >= 0 ? path.resolve(args[cwdAt + 1]) : process.cwd();
const command = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--cwd");
const MAX_COMMITS = 100;

function fail(message) {
  process.stderr.write(`release: ${message}\n`);
  process.exit(1);
}

function git(...gitArgs) {
  return execFileSync("git", gitArgs, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

function pkg() {
  return JSON.parse(readFileSync(path.join(cwd, "package.json"), "utf8"));
}

/** CHANGELOG.md's section for a version: the lines under `## [X.Y.Z]` / `## X.Y.Z` up to the next `## `. */
function changelogSection(version) {
  const file = path.join(cwd, "CHANGELOG.md");
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, "utf8").split("\n");
  const start = lines.findIndex((l) => new RegExp(`^## \\[?${version.replace(/\./g, "\\.")}\\]?(?:\\s|$)`).test(l));
  if (start < 0) return undefined;
  const end = lines.findIndex((l, i) => i > start && l.startsWith("## "));
  return lines.slice(start + 1, end < 0 ? undefined : end).join("\n").trim();
}

function previousTag() {
  try {
    return git("describe", "--tags", "--abbrev=0", "--match", "v[0-9]*.[0-9]*.[0-9]*", "HEAD");
  } catch {
    return undefined;
  }
}

function check() {
  const { version, repository } = pkg();
  if (typeof version !== "string" || !/^\d+\.\d+\.\d+$/.test(version)) fail(`package.json: version: expected X.Y.Z, got ${JSON.stringify(version)}`);
  const tags = git("tag", "--list", `v${version}`);
  if (tags !== "") fail(`v${version} is already tagged: bump package.json's version first`);
  const section = changelogSection(version);
  if (!section) fail(`CHANGELOG.md: expected a "## ${version}" section with this release's changes`);
  const url = typeof repository === "string" ? repository : repository?.url;
  const expected = process.env.GITHUB_REPOSITORY;
  if (expected && !new RegExp(`github\\.com[/:]${expected.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:\\.git)?$`, "i").test(url ?? "")) {
    fail(`package.json: repository.url: expected this repository (${expected}) for npm provenance, got ${JSON.stringify(url)}`);
  }
  const major = version.split(".")[0];
  if (process.env.GITHUB_ENV) appendFileSync(process.env.GITHUB_ENV, `VERSION=${version}\nMAJOR=${major}\n`);
  process.stdout.write(`version ${version}, tags v${version} and v${major}\n`);
}

function notes() {
  const { version } = pkg();
  const section = changelogSection(version) ?? "";
  const since = previousTag();
  const log = git("log", "--no-merges", "--format=%h %s", since ? `${since}..HEAD` : "HEAD").split("\n").filter(Boolean);
  const shown = log.slice(0, MAX_COMMITS).map((line) => {
    const [hash, ...subject] = line.split(" ");
    return `- ${subject.join(" ")} (${hash})`;
  });
  const more = log.length > MAX_COMMITS ? [`- and ${log.length - MAX_COMMITS} more`] : [];
  const heading = since ? `Commits since ${since}` : "Commits";
  process.stdout.write(`${section}\n\n### ${heading}\n\n${[...shown, ...more].join("\n") || "- none"}\n`);
}

if (command === "check") check();
else if (command === "notes") notes();
else fail(`expected check or notes, got ${JSON.stringify(command)}`);
