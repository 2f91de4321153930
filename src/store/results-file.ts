/**
 * Stores read results files with the results stage's one reader and validator, so a baseline
 * from a store is held to the same schema and limits as a file given on the command line.
 */
export { readResultsFile } from "../results/read-results.js";
export { parseResults, validateResults as checkResults } from "../results/validate-results.js";
