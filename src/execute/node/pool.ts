import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { TrialSpec } from "../trial-spec.js";
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
  onDeath(handler: (reason: string) => void): void;
  stop(): void;
}

export class MemberError extends Error {
  constructor(
    message: string,
    readonly stack_?: string,
    readonly crashed = false,
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
    const member = spec.model === "threads" ? workerMember(entry) : childMember(entry);
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
  member.onDeath((reason) => {
    dead ??= new MemberError(reason, undefined, true);
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

function workerMember(entry: string): Member {
  const worker = new Worker(new URL(entry, "file://"), { workerData: { role: "member" } });
  let stopped = false;
  return {
    send: (m) => worker.postMessage(m),
    onMessage: (h) => worker.on("message", h),
    onDeath: (h) => {
      worker.on("error", (e) => h(`worker thread crashed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
      worker.on("exit", (code) => !stopped && h(`worker thread exited with code ${code}`));
    },
    stop: () => {
      stopped = true;
      void worker.terminate();
    },
  };
}

function childMember(entry: string): Member {
  const child: ChildProcess = fork(fileURLToPath(new URL(entry, "file://")), ["--member"], {
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let stopped = false;
  return {
    send: (m) => child.send(m),
    onMessage: (h) => child.on("message", h as (m: unknown) => void),
    onDeath: (h) => {
      child.on("error", (e) => h(`child process failed: ${e.message}`));
      child.on("exit", (code, signal) => !stopped && h(`child process exited with ${signal ?? `code ${code}`}`));
    },
    stop: () => {
      stopped = true;
      child.kill("SIGKILL");
    },
  };
}
