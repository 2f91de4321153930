import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { crashWords, describeCrash, outputTail } from "../crash.js";
import type { TrialSpec } from "../trial-spec.js";
import type { TrialCrash } from "../types.js";
import type { MemberReport } from "./member.js";

/** Messages between a trial's main thread and its pool members (workers or child processes). */
export type ToMember = { type: "start"; spec: TrialSpec; worker: number; inFlight: number } | { type: "go" };
export type FromMember =
  | { type: "ready" }
  | { type: "failed"; error: { message: string; stack?: string } }
  | { type: "report"; report: MemberReport };

interface Member {
  send(message: ToMember): void;
  onMessage(handler: (message: FromMember) => void): void;
  onDeath(handler: (reason: string, crash?: TrialCrash) => void): void;
  stop(): void;
}

export class MemberError extends Error {
  constructor(
    message: string,
    readonly stack_?: string,
    readonly crashed = false,
    /** How the member died, when it did. */
    readonly crash?: TrialCrash,
  ) {
    super(message);
  }
}

/**
 * A started pool: every member has imported the scenario and run `setup`. `go` starts warm-up and
 * measurement on all of them at once and resolves with their reports.
 */
export interface Pool {
  go(): Promise<MemberReport[]>;
  stop(): void;
}

export async function startPool(spec: TrialSpec, entry: string): Promise<Pool> {
  const members = spec.inFlightPerWorker.map((inFlight, worker) => {
    const member = spec.model === "threads" ? workerMember(entry, worker) : childMember(entry, worker);
    return { member, worker, inFlight };
  });
  const stopAll = () => members.forEach(({ member }) => member.stop());
  const replies = members.map(({ member }) => collect(member));
  members.forEach(({ member, worker, inFlight }) => member.send({ type: "start", spec, worker, inFlight }));
  try {
    await Promise.all(replies.map((r) => r.next("ready")));
  } catch (error) {
    stopAll();
    throw error;
  }
  return {
    async go() {
      members.forEach(({ member }) => member.send({ type: "go" }));
      const reports = await Promise.all(replies.map((r) => r.next("report")));
      return reports.map((m) => (m as Extract<FromMember, { type: "report" }>).report);
    },
    stop: stopAll,
  };
}

/** Turns a member's message stream into awaitable steps; a failure or death rejects the step. */
function collect(member: Member) {
  const queue: FromMember[] = [];
  let waiting: { want: FromMember["type"]; resolve: (m: FromMember) => void; reject: (e: Error) => void } | undefined;
  let dead: MemberError | undefined;
  const settle = () => {
    if (!waiting) return;
    const message = queue.shift();
    if (message) {
      const w = waiting;
      waiting = undefined;
      if (message.type === "failed") w.reject(new MemberError(message.error.message, message.error.stack));
      else if (message.type !== w.want) w.reject(new MemberError(`unexpected ${message.type} from pool member`));
      else w.resolve(message);
    } else if (dead) {
      const w = waiting;
      waiting = undefined;
      w.reject(dead);
    }
  };
  member.onMessage((m) => {
    queue.push(m);
    settle();
  });
  member.onDeath((reason, crash) => {
    dead ??= new MemberError(reason, crash?.output, true, crash);
    settle();
  });
  return {
    next: (want: FromMember["type"]) =>
      new Promise<FromMember>((resolve, reject) => {
        waiting = { want, resolve, reject };
        settle();
      }),
  };
}

function workerMember(entry: string, index: number): Member {
  const worker = new Worker(new URL(entry, "file://"), { workerData: { role: "member" } });
  let stopped = false;
  return {
    send: (m) => worker.postMessage(m),
    onMessage: (h) => worker.on("message", h),
    onDeath: (h) => {
      worker.on("error", (e) => {
        const text = e instanceof Error ? e.stack ?? e.message : String(e);
        const crash = describeCrash(`worker ${index}`, null, null, text);
        h(crash.outOfMemory ? `worker thread ran out of memory: ${text}` : `worker thread crashed: ${text}`, crash);
      });
      worker.on("exit", (code) => !stopped && h(`worker thread exited with code ${code}`));
    },
    stop: () => {
      stopped = true;
      void worker.terminate();
    },
  };
}

/** How long a dead child's output may take to arrive before its death is reported without it. */
const CHILD_OUTPUT_GRACE_MS = 500;

/**
 * A child process member. Its stderr passes through this process's (the runner keeps the trial's
 * output) and its tail is kept here, so that its death carries its own reason (out of memory).
 */
function childMember(entry: string, index: number): Member {
  const child: ChildProcess = fork(fileURLToPath(new URL(entry, "file://")), ["--member"], {
    serialization: "advanced",
    stdio: ["ignore", "inherit", "pipe", "ipc"],
  });
  const output = outputTail();
  child.stderr!.on("data", (chunk: Buffer) => {
    output.add(chunk);
    process.stderr.write(chunk);
  });
  let stopped = false;
  return {
    send: (m) => child.send(m),
    onMessage: (h) => child.on("message", h as (m: unknown) => void),
    onDeath: (h) => {
      child.on("error", (e) => h(`child process failed: ${e.message}`));
      // Reported at "close", when its last words (V8's out-of-memory report) are read, or soon
      // after "exit" when a process it left behind holds its stderr open.
      let told = false;
      const tell = (code: number | null, signal: NodeJS.Signals | null) => {
        if (stopped || told) return;
        told = true;
        const crash = describeCrash(`child ${index}`, code, signal, output.text());
        h(crashWords("child process", crash), crash);
      };
      child.on("exit", (code, signal) => setTimeout(() => tell(code, signal), CHILD_OUTPUT_GRACE_MS).unref());
      child.on("close", tell);
    },
    stop: () => {
      stopped = true;
      child.kill("SIGKILL");
    },
  };
}
