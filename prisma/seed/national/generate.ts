import { createRequire } from "node:module";
import { join } from "node:path";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { createRng } from "../generators/random";
import type { CatalogIds } from "../reference";
import { lineEncoder } from "./copy";
import { planPart, SEEDED_AT, type PartCounts } from "./plan";
import { NATIONAL_TABLES } from "./tables";
import type { NationalPart } from "./units";

// The national rows are generated province by province (a province's parts share the citizen IDs
// already used) on generator threads, so that planning and COPY text building use both cores while
// the main thread only passes the text on to PostgreSQL. A province's text comes back in order and
// is written in province order whatever thread made it: the tables get the same rows in the same
// order on every run, with any number of threads.

export interface GeneratorSetup {
  seed: number;
  parts: readonly NationalPart[];
  counts: readonly PartCounts[];
  catalog: CatalogIds;
}

/** One province: the indexes of its parts (in order). */
export interface GeneratorJob {
  job: number;
  parts: readonly number[];
}

export type GeneratorMessage =
  | { job: number; table: number; rows: number; chunk: Uint8Array }
  | { job: number; members: number }
  | { job: number; done: true };

const CHUNK_BYTES = 1 << 20;
const encoder = new TextEncoder();
let lineEncoders: ((row: Readonly<Record<string, unknown>>) => string)[] | undefined;

/** Plans one province and emits its COPY text (on a generator thread, or inline). */
export function encodeProvince(
  setup: GeneratorSetup,
  job: GeneratorJob,
  emit: (message: GeneratorMessage, transfer: ArrayBuffer[]) => void,
): void {
  lineEncoders ??= NATIONAL_TABLES.map((t) =>
    lineEncoder(t.columns, { createdAt: SEEDED_AT, updatedAt: SEEDED_AT }),
  );
  const encoders = lineEncoders;
  const root = createRng(`national:${setup.seed}`);
  const usedCitizenIds = new Set<string>();
  const buffers = NATIONAL_TABLES.map(() => "");
  const rows = NATIONAL_TABLES.map(() => 0);
  const send = (table: number): void => {
    const chunk = encoder.encode(buffers[table]);
    emit({ job: job.job, table, rows: rows[table] ?? 0, chunk }, [chunk.buffer]);
    buffers[table] = "";
    rows[table] = 0;
  };
  for (const index of job.parts) {
    const part = setup.parts[index];
    const counts = setup.counts[index];
    if (!part || !counts) continue;
    const plan = planPart(
      part,
      counts,
      setup.catalog,
      setup.seed,
      usedCitizenIds,
      root.fork(`part:${part.key}`),
    );
    NATIONAL_TABLES.forEach((t, k) => {
      const encode = encoders[k] as (row: Readonly<Record<string, unknown>>) => string;
      let text = buffers[k] ?? "";
      for (const row of plan[t.key] as readonly Readonly<Record<string, unknown>>[]) {
        text += encode(row);
        rows[k] = (rows[k] ?? 0) + 1;
      }
      buffers[k] = text;
      if (text.length >= CHUNK_BYTES) send(k);
    });
    emit({ job: job.job, members: counts.grassrootsMembers + counts.pointMembers }, []);
  }
  NATIONAL_TABLES.forEach((_, k) => {
    if ((buffers[k] ?? "").length > 0) send(k);
  });
  emit({ job: job.job, done: true }, []);
}

/** The provinces' jobs: consecutive parts of one province each (the parts are sorted by province). */
export function provinceJobs(parts: readonly NationalPart[]): GeneratorJob[] {
  const jobs: GeneratorJob[] = [];
  parts.forEach((part, i) => {
    const last = jobs[jobs.length - 1];
    const previous = parts[i - 1];
    if (last && previous && previous.units.provinceId === part.units.provinceId)
      (last.parts as number[]).push(i);
    else jobs.push({ job: jobs.length, parts: [i] });
  });
  return jobs;
}

/** One generator thread per core, at most two (PostgreSQL needs the rest). */
export function defaultThreads(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

/** Messages of one job, in the order they were sent, read as they come. */
class Channel {
  private readonly queue: GeneratorMessage[] = [];
  private waiting: ((message: GeneratorMessage) => void) | undefined;
  private failed: ((error: Error) => void) | undefined;
  private error: Error | undefined;

  push(message: GeneratorMessage): void {
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = undefined;
      waiting(message);
    } else this.queue.push(message);
  }

  fail(error: unknown): void {
    this.error =
      error instanceof Error ? error : new Error(`A generator thread failed: ${String(error)}`);
    this.failed?.(this.error);
  }

  next(): Promise<GeneratorMessage> {
    const first = this.queue.shift();
    if (first) return Promise.resolve(first);
    if (this.error !== undefined) return Promise.reject(this.error);
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failed = reject;
    });
  }
}

export interface Generators {
  /** The messages of job `job`, until its `done`; jobs must be read in order. */
  read(job: number): AsyncGenerator<GeneratorMessage>;
  close(): Promise<void>;
}

/**
 * Starts `threads` generator threads (0: everything on the main thread, in turn with the writes)
 * over the jobs. At most `threads + 1` provinces are ahead of the one being written, so that the
 * text waiting in memory stays a few provinces' worth.
 */
export function startGenerators(
  setup: GeneratorSetup,
  jobs: readonly GeneratorJob[],
  threads: number,
): Generators {
  const channels = jobs.map(() => new Channel());
  if (threads <= 0) {
    return {
      async *read(job) {
        const target = channels[job] as Channel;
        const found = jobs[job];
        if (found) encodeProvince(setup, found, (m) => target.push(m));
        for (;;) {
          const message = await target.next();
          yield message;
          if ("done" in message) return;
        }
      },
      close: () => Promise.resolve(),
    };
  }
  const tsx = createRequire(__filename).resolve("tsx/cjs/api");
  const workerFile = join(__dirname, "worker.ts");
  const idle: Worker[] = [];
  let assigned = 0;
  let reading = 0;
  let closing = false;
  const dispatch = (): void => {
    while (idle.length > 0 && assigned < jobs.length && assigned <= reading + threads) {
      const worker = idle.pop() as Worker;
      worker.postMessage(jobs[assigned]);
      assigned++;
    }
  };
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(
      `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(workerFile)});`,
      {
        eval: true,
        workerData: setup,
        // A young generation large enough for the many short-lived rows (fewer, cheaper GCs).
        resourceLimits: { maxYoungGenerationSizeMb: 192, maxOldGenerationSizeMb: 768 },
      },
    );
    worker.on("message", (message: GeneratorMessage) => {
      channels[message.job]?.push(message);
      if ("done" in message) {
        idle.push(worker);
        dispatch();
      }
    });
    worker.on("error", (error) => {
      for (const channel of channels) channel.fail(error);
    });
    worker.on("exit", (code) => {
      if (!closing)
        for (const channel of channels)
          channel.fail(new Error(`A generator thread stopped (exit code ${code})`));
    });
    idle.push(worker);
    return worker;
  });
  dispatch();
  return {
    async *read(job) {
      reading = job;
      dispatch();
      const channel = channels[job] as Channel;
      for (;;) {
        const message = await channel.next();
        yield message;
        if ("done" in message) return;
      }
    },
    close: async () => {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
