import type { GateResult } from "../compare/gate.js";
import type { BudgetResult, Comparison } from "../compare/types.js";
import type { ResultsFile } from "../results/types.js";
import { encodePath } from "./markdown-escape.js";

/** A commit the report names, with what it is to the reader ("this PR", "master"). */
export interface CommitRef {
  sha: string;
  label: string;
}

/** Where links in the report point: files and commits on the GitHub server of the run. */
export interface RepoLinks {
  serverUrl: string;
  owner: string;
  repo: string;
  /** Commit the file links point at: the PR's head, so lines match what the reviewer sees. */
  sha: string;
}

/** Everything the PR comment and the job summary are rendered from; no I/O happens in rendering. */
export interface ReportContext {
  gate: GateResult;
  mode: "check" | "update-baseline" | "run";
  current: ResultsFile;
  baseline?: ResultsFile;
  comparison?: Comparison;
  /** Budget results of the run: the comparison's, or the absolute ones when there is no baseline. */
  budgets: BudgetResult[];
  links?: RepoLinks;
  /** The config's folder relative to the repository root, POSIX, "" at the root: site paths are relative to it. */
  configDir: string;
  commits: { current?: CommitRef; baseline?: CommitRef };
  /** The store the baseline lives in, e.g. `branch:concurrency-guard-baselines`. */
  store: string;
  /** The default branch, named in "how the baseline gets made". */
  defaultBranch?: string;
  runUrl?: string;
  /** Plain-text notes for the reader (time-budget trims, a comment that could not be posted, ...). */
  notes: string[];
}

/**
 * The repository path of a reported site, or undefined when it points outside the repository
 * (an absolute path, `..`, a `node:` internal): such a path is shown but neither linked nor annotated.
 */
export function repoPath(configDir: string, file: string): string | undefined {
  if (file === "" || file.startsWith("/") || /^[A-Za-z]:[\\/]/.test(file) || /^[a-z]+:/.test(file)) return undefined;
  const parts: string[] = [];
  for (const segment of [...configDir.split("/"), ...file.replace(/\\/g, "/").split("/")]) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else {
      parts.push(segment);
    }
  }
  return parts.length > 0 ? parts.join("/") : undefined;
}

const SAFE_NAME = /^[A-Za-z0-9_.-]+$/;
const SHA = /^[0-9a-f]{7,40}$/;

/** URL of a file line at the linked commit, or undefined when any part is not safe to put in a URL. */
export function blobUrl(links: RepoLinks | undefined, filePath: string, line: number): string | undefined {
  if (!links || !SAFE_NAME.test(links.owner) || !SAFE_NAME.test(links.repo) || !SHA.test(links.sha)) return undefined;
  if (!/^https?:\/\/[^\s/]+$/.test(links.serverUrl.replace(/\/$/, ""))) return undefined;
  const lineAnchor = Number.isInteger(line) && line > 0 ? `#L${line}` : "";
  return `${links.serverUrl.replace(/\/$/, "")}/${links.owner}/${links.repo}/blob/${links.sha}/${encodePath(filePath)}${lineAnchor}`;
}

/** URL of a commit page, or undefined when unsafe. */
export function commitUrl(links: RepoLinks | undefined, sha: string): string | undefined {
  if (!links || !SAFE_NAME.test(links.owner) || !SAFE_NAME.test(links.repo) || !SHA.test(sha)) return undefined;
  if (!/^https?:\/\/[^\s/]+$/.test(links.serverUrl.replace(/\/$/, ""))) return undefined;
  return `${links.serverUrl.replace(/\/$/, "")}/${links.owner}/${links.repo}/commit/${sha}`;
}

export function isSha(text: string): boolean {
  return SHA.test(text);
}
