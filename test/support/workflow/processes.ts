import { spawn } from "node:child_process";

export interface ProcessOptions {
  cwd: string;
  env: Record<string, string>;
  /** Every line of stdout and stderr, in the order they came, as the runner's log has them. */
  onLine(line: string, stream: "stdout" | "stderr"): void;
  /** Aborting kills the whole process group, as cancelling a job does on a runner. */
  signal?: AbortSignal;
}

/** Runs a program to its end; resolves its exit code (128 + signal number when killed). */
export function runProcess(file: string, args: string[], options: ProcessOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return resolve(130);
    const child = spawn(file, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const kill = () => {
      try {
        if (child.pid) process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    };
    options.signal?.addEventListener("abort", kill, { once: true });
    for (const stream of ["stdout", "stderr"] as const) {
      let pending = "";
      child[stream].setEncoding("utf8");
      child[stream].on("data", (chunk: string) => {
        const lines = (pending + chunk).split(/\r?\n/);
        pending = lines.pop()!;
        for (const line of lines) options.onLine(line, stream);
      });
      child[stream].on("end", () => {
        if (pending !== "") options.onLine(pending, stream);
      });
    }
    child.on("error", reject);
    child.on("close", (code, signal) => {
      options.signal?.removeEventListener("abort", kill);
      resolve(code ?? (signal === "SIGTERM" ? 143 : signal === "SIGKILL" ? 137 : 1));
    });
  });
}
