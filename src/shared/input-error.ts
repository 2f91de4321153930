/**
 * Bad input a user can fix (missing or corrupt file, wrong schema, invalid
 * budget): the CLI turns it into exit code 2 and a message, never a stack.
 */
export class InputError extends Error {
  override name = "InputError";
}
