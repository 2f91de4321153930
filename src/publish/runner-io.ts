import type { Annotation } from "./annotations.js";

/** The action's outputs (`action.yml` outputs), all set on every run that gets past its inputs. */
export interface ActionOutputs {
  verdict: "pass" | "fail" | "no-baseline" | "error";
  regressions: number;
  blocking: number;
  /** Path of the results JSON. */
  results: string;
  /** Path of the markdown report. */
  report: string;
  /** Path of the comparison JSON, empty without a baseline. */
  comparison: string;
  /** URL of the PR comment, empty when none was posted. */
  "comment-url": string;
  /** URL of the history issue opened or updated by a baseline run, empty when none. */
  "history-issue-url": string;
}

/**
 * Everything the orchestration says to the runner, behind one interface (the actions/cache
 * `IStateProvider` idea): production writes workflow commands and files through `@actions/core`,
 * tests can hand in a recorder. Only `src/publish/` implements it with the toolkit.
 */
export interface RunnerIO {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  /** Marks the step failed; the process still ends normally so outputs and summary are flushed. */
  setFailed(message: string): void;
  /** Masks a value in the job log. */
  setSecret(value: string): void;
  setOutputs(outputs: ActionOutputs): void;
  /** Appends markdown to the job summary (`GITHUB_STEP_SUMMARY`). */
  writeSummary(markdown: string): Promise<void>;
  annotate(annotations: Annotation[]): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}
