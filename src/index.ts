// The GitHub Action's entry; the action itself arrives with the action issue.
process.stdout.write("concurrency-guard action: not yet implemented\n");
process.exitCode = 1;
