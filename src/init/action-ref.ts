/**
 * The repository users pin the action from, and the npm package's `repository` (a test holds them
 * equal). Releases tag `vX.Y.Z` and move the major tag `vX`, so `@vX` is the form to pin.
 */
export const ACTION_REPOSITORY = "concurrency-guard/concurrency-guard";

/** `concurrency-guard/concurrency-guard@v1` for tool version 1.x.y. */
export function actionRef(version: string): string {
  return `${ACTION_REPOSITORY}@v${majorOf(version)}`;
}

export function majorOf(version: string): string {
  return /^(\d+)\./.exec(version)?.[1] ?? "1";
}

/** The schema an editor checks the config with: the installed package's copy, else the released one. */
export function schemaRef(version: string, installed: boolean): string {
  return installed
    ? "node_modules/concurrency-guard/schema/concurrency-guard.schema.json"
    : `https://raw.githubusercontent.com/${ACTION_REPOSITORY}/v${majorOf(version)}/schema/concurrency-guard.schema.json`;
}
