/** A problem in user input that the user can fix; the CLI exits 2 on it. */
export class ConfigError extends Error {
  override name = "ConfigError";
}
