import { createHash } from "node:crypto";
import os from "node:os";
import type { EnvInfo } from "./types.js";

/**
 * Describes the machine; the fingerprint covers only what makes numbers comparable
 * (CPU model, core count, memory rounded to GiB, OS, architecture), not versions that change daily.
 */
export function readEnv(extra: { python?: string } = {}): EnvInfo {
  const cpus = os.availableParallelism();
  const cpuModel = os.cpus()[0]?.model.trim() ?? "unknown";
  const memoryMb = Math.round(os.totalmem() / 2 ** 20);
  const osName = `${os.type()} ${os.release()}`;
  const arch = os.arch();
  return {
    os: osName,
    arch,
    cpus,
    cpuModel,
    memoryMb,
    node: process.versions.node,
    ...(extra.python && { python: extra.python }),
    fingerprint: fingerprint({ cpuModel, cpus, memoryMb, os: os.type(), arch }),
  };
}

export function fingerprint(parts: { cpuModel: string; cpus: number; memoryMb: number; os: string; arch: string }): string {
  const text = [parts.cpuModel, parts.cpus, Math.round(parts.memoryMb / 1024), parts.os, parts.arch].join("|");
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}
