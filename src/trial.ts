import "./execute/node/blocking/register.js";
import { main } from "./execute/node/trial-main.js";

process.on("unhandledRejection", (reason) => {
  console.error("concurrency-guard trial: unhandled rejection:", reason);
  process.exitCode = 1;
});
await main();
