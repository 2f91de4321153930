import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);

// src/index.ts
process.stdout.write("concurrency-guard action: not yet implemented\n");
process.exitCode = 1;
