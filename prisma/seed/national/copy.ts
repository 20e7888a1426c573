import type { Writable } from "node:stream";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { ColumnSpec } from "../generators/bulk";

// COPY … FROM STDIN in PostgreSQL's text format, fed by the generators: one connection and one
// COPY per table, rows buffered into chunks of about a megabyte, and the generator waits when the
// server is behind (backpressure), so memory stays flat however many rows go through.

const CHUNK_BYTES = 1 << 20;

/** One value in COPY text format: \N for null, backslash escapes for the separators. */
export function copyValue(value: unknown, type: string): string {
  if (value === null || value === undefined) return "\\N";
  if (value instanceof Date)
    return type === "date" ? value.toISOString().slice(0, 10) : value.toISOString();
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r")
    : text;
}

type Encoder = (value: unknown) => string;

const ESCAPED = /[\\\t\n\r]/;

function escapeText(value: unknown): string {
  if (typeof value !== "string") return copyValue(value, "text");
  return ESCAPED.test(value)
    ? value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r")
    : value;
}

/** The cheapest encoder for a column type (copyValue's output, without its tests for every value). */
function encoderFor(type: string): Encoder {
  switch (type) {
    case "text":
      return escapeText;
    case "date": {
      // Few distinct days (birth dates, join dates): each is formatted once.
      const days = new Map<number, string>();
      return (value) => {
        if (!(value instanceof Date)) return copyValue(value, type);
        const time = value.getTime();
        let text = days.get(time);
        if (text === undefined) {
          text = value.toISOString().slice(0, 10);
          days.set(time, text);
        }
        return text;
      };
    }
    case "timestamp": {
      let last: Date | undefined;
      let lastText = "";
      return (value) => {
        if (!(value instanceof Date)) return copyValue(value, type);
        // The defaults (one Date object) come again and again.
        if (value !== last) {
          last = value;
          lastText = value.toISOString();
        }
        return lastText;
      };
    }
    default:
      // uuid, numbers, enums: no separator can occur in them.
      return (value) =>
        value === null || value === undefined
          ? "\\N"
          : typeof value === "string"
            ? value
            : copyValue(value, type);
  }
}

/** Encodes rows of the columns as COPY lines (a tab between values, a newline at the end). */
export function lineEncoder(
  columns: readonly ColumnSpec[],
  defaults: Readonly<Record<string, unknown>> = {},
): (row: Readonly<Record<string, unknown>>) => string {
  const names = columns.map(([name]) => name);
  const encoders = columns.map(([, type]) => encoderFor(type));
  const fallback = names.map((name) => defaults[name]);
  const n = names.length;
  return (row) => {
    let line = "";
    for (let i = 0; i < n; i++) {
      const value = row[names[i] as string] ?? fallback[i];
      line += (i > 0 ? "\t" : "") + (encoders[i] as Encoder)(value);
    }
    return `${line}\n`;
  };
}

export class CopyTable {
  readonly table: string;
  rows = 0;
  private readonly encode: (row: Readonly<Record<string, unknown>>) => string;
  private readonly stream: Writable;
  private readonly done: Promise<void>;
  private buffer = "";

  private readonly client: pg.PoolClient | pg.Client;
  private readonly freeze: boolean;

  /**
   * `defaults`: values of columns a row leaves out (e.g. the fixed createdAt of generated rows).
   * `freeze`: the (empty) table is truncated and filled in one transaction, COPY … FREEZE: its rows
   * are written frozen and all-visible, so that no VACUUM or first reader rewrites every page to
   * set hint bits afterwards.
   */
  static async start(
    client: pg.PoolClient | pg.Client,
    table: string,
    columns: readonly ColumnSpec[],
    defaults: Readonly<Record<string, unknown>> = {},
    { freeze = false }: { freeze?: boolean } = {},
  ): Promise<CopyTable> {
    if (freeze) {
      await client.query("BEGIN");
      await client.query(`TRUNCATE "${table}"`);
    }
    return new CopyTable(client, table, columns, defaults, freeze);
  }

  private constructor(
    client: pg.PoolClient | pg.Client,
    table: string,
    columns: readonly ColumnSpec[],
    defaults: Readonly<Record<string, unknown>>,
    freeze: boolean,
  ) {
    this.table = table;
    this.client = client;
    this.freeze = freeze;
    this.encode = lineEncoder(columns, defaults);
    const names = columns.map(([name]) => `"${name}"`).join(", ");
    this.stream = client.query(
      copyFrom(`COPY "${table}" (${names}) FROM STDIN${freeze ? " (FREEZE)" : ""}`),
    );
    this.done = new Promise((resolve, reject) => {
      this.stream.once("finish", () => resolve());
      this.stream.once("error", reject);
    });
    // An early server error (a constraint) surfaces at the next await.
    this.done.catch(() => undefined);
  }

  write(row: Readonly<Record<string, unknown>>): void {
    this.buffer += this.encode(row);
    this.rows++;
  }

  writeAll(rows: readonly Readonly<Record<string, unknown>>[]): void {
    for (const row of rows) this.write(row);
  }

  /** Sends `rows` rows already in COPY text (from a generator thread); waits for the server when it is behind. */
  async writeChunk(rows: number, chunk: Uint8Array): Promise<void> {
    this.rows += rows;
    if (!this.stream.write(chunk)) {
      await Promise.race([
        new Promise<void>((resolve) => this.stream.once("drain", () => resolve())),
        this.done,
      ]);
    }
  }

  /** Sends what is buffered once it is big enough (or always, with `force`); waits for the server when it is behind. */
  async flush(force = false): Promise<void> {
    if (this.buffer.length === 0 || (!force && this.buffer.length < CHUNK_BYTES)) return;
    const chunk = this.buffer;
    this.buffer = "";
    if (!this.stream.write(chunk)) {
      await Promise.race([
        new Promise<void>((resolve) => this.stream.once("drain", () => resolve())),
        this.done,
      ]);
    }
  }

  /** Ends the COPY: resolves when the server has taken every row. */
  async end(): Promise<number> {
    await this.flush(true);
    this.stream.end();
    await this.done;
    if (this.freeze) await this.client.query("COMMIT");
    return this.rows;
  }
}
