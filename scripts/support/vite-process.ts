/**
 * Starting and stopping the Vite processes the browser tests talk to. Each server is spawned as
 * `node node_modules/vite/bin/vite.js …`, so the PID we hold is the server itself, and stopping it
 * never touches a process we did not start.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const VITE = resolve(ROOT, "node_modules/vite/bin/vite.js");

/** A port that was free a moment ago on 127.0.0.1 (the server is started with --strictPort). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port ? done(port) : fail(new Error("no free port"))));
    });
  });
}

export type ViteProcess = {
  url: string;
  pid: number;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** True until the process exits. */
  alive(): boolean;
  stop(): Promise<void>;
};

function collect(child: ChildProcess): () => string {
  let text = "";
  const add = (chunk: Buffer) => {
    text += chunk.toString("utf8");
  };
  child.stdout?.on("data", add);
  child.stderr?.on("data", add);
  return () => text;
}

/** Runs `vite.js <args>` to completion (used for the production build). */
export function runVite(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const child = spawn(process.execPath, [VITE, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = collect(child);
  return new Promise((done, fail) => {
    child.once("error", fail);
    child.once("exit", (code, signal) => {
      if (code === 0) done(output());
      else fail(new Error(`vite ${args.join(" ")} exited with ${signal ?? code}:\n${output()}`));
    });
  });
}

/**
 * Starts a long-running `vite.js <args> --host 127.0.0.1 --strictPort --port <free>` and resolves
 * once http://127.0.0.1:<port>/ answers. `args` is `["preview", "--outDir", dir]` or `[]` (dev).
 */
export async function startVite(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 60_000,
): Promise<ViteProcess> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [VITE, ...args, "--host", "127.0.0.1", "--strictPort", "--port", String(port)],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  if (child.pid === undefined) throw new Error(`could not spawn vite ${args.join(" ")}`);
  const pid = child.pid;
  const output = collect(child);
  let exited = false;
  const exit = new Promise<void>((done) => {
    child.once("exit", () => {
      exited = true;
      done();
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const server: ViteProcess = {
    url,
    pid,
    output,
    alive: () => !exited,
    async stop() {
      if (exited) return;
      process.kill(pid, "SIGTERM");
      const killer = setTimeout(() => {
        if (!exited) process.kill(pid, "SIGKILL");
      }, 5_000);
      await exit;
      clearTimeout(killer);
    },
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`vite ${args.join(" ")} exited before it answered:\n${output()}`);
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`vite ${args.join(" ")} did not answer on ${url} within ${timeoutMs} ms:\n${output()}`);
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
}
