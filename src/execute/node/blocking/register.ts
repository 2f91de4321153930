import { fileURLToPath } from "node:url";
import { registerProbe } from "../member.js";
import { blockingProbe } from "./probe.js";
import { installSyncHooks } from "./sync-hooks.js";

/**
 * Imported once by the trial program, on every thread and in every process it runs in, before
 * any scenario loads: the sync-API hooks and source-map support only see modules loaded after
 * them. Both stay dormant until a probe arms them for a measured window.
 */
installSyncHooks();
process.setSourceMapsEnabled(true);
const runnerFile = fileURLToPath(import.meta.url);
registerProbe((loop, spec) => blockingProbe(loop, spec, [runnerFile]));
