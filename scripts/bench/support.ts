/**
 * Helpers the benchmarks share: a provider in its own process, a timer that prints wall and CPU time, and the
 * interleaved best-of-N comparison of Treaty against a floor measured in the same run.
 */
import { spawn } from 'node:child_process';

/** A provider started by {@link startProviderProcess}. */
export interface ProviderProcess {
  port: number;
  close(): Promise<void>;
}

/**
 * Runs `script` with `node -e` and waits for the port it prints on its first line of stdout. The provider runs in
 * its own process, as a real one would (and so its CPU time is not charged to the client).
 */
export async function startProviderProcess(script: string, cwd?: string): Promise<ProviderProcess> {
  const child = spawn(process.execPath, ['-e', script], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    child.once('exit', (code) => reject(new Error(`provider exited with ${code}`)));
  });
  return { port, close: () => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill())) };
}

/**
 * Wall time of `run`, or the number it resolves to when it times itself (leaving out, say, attempts repeated after
 * a third-party race); the CPU time this process spent is printed beside it (steadier when the machine is busy).
 */
export async function time(label: string, run: () => Promise<unknown>): Promise<number> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await run();
  const ms = typeof result === 'number' ? result : performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  process.stdout.write(`${label.padEnd(28)} ${ms.toFixed(0).padStart(7)} ms  (cpu ${cpuMs.toFixed(0)} ms)\n`);
  return ms;
}

/** One side of {@link bestOfInterleaved}: the label it prints and the work it times (see {@link time}). */
export interface Contender {
  label: string;
  run: () => Promise<unknown>;
}

/**
 * Warms both up (server, JIT; `warmups` runs each, interleaved), then times them in interleaved rounds so that load
 * from other processes hits both alike, and returns the best time of each.
 */
export async function bestOfInterleaved(
  rounds: number,
  floor: Contender,
  ours: Contender,
  warmups = 1,
): Promise<{ floorMs: number; oursMs: number }> {
  for (let i = 0; i < warmups; i++) {
    await floor.run();
    await ours.run();
  }
  const floors: number[] = [];
  const oursAll: number[] = [];
  for (let round = 0; round < rounds; round++) {
    floors.push(await time(floor.label, floor.run));
    oursAll.push(await time(ours.label, ours.run));
  }
  return { floorMs: Math.min(...floors), oursMs: Math.min(...oursAll) };
}
