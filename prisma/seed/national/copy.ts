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

/** A COPY line of `row` for the columns (a tab between values, a newline at the end). */
export function copyLine(
  row: Readonly<Record<string, unknown>>,
  columns: readonly ColumnSpec[],
  defaults: Readonly<Record<string, unknown>> = {},
): string {
  let line = "";
  for (let i = 0; i < columns.length; i++) {
    const [name, type] = columns[i] as ColumnSpec;
    if (i > 0) line += "\t";
    line += copyValue(row[name] ?? defaults[name], type);
  }
  return `${line}\n`;
}

export class CopyTable {
  readonly table: string;
  rows = 0;
  private readonly columns: readonly ColumnSpec[];
  private readonly stream: Writable;
  private readonly done: Promise<void>;
  private readonly defaults: Readonly<Record<string, unknown>>;
  private buffer = "";

  /** `defaults`: values of columns a row leaves out (e.g. the fixed createdAt of generated rows). */
  constructor(
    client: pg.PoolClient | pg.Client,
    table: string,
    columns: readonly ColumnSpec[],
    defaults: Readonly<Record<string, unknown>> = {},
  ) {
    this.table = table;
    this.columns = columns;
    this.defaults = defaults;
    const names = columns.map(([name]) => `"${name}"`).join(", ");
    this.stream = client.query(copyFrom(`COPY "${table}" (${names}) FROM STDIN`));
    this.done = new Promise((resolve, reject) => {
      this.stream.once("finish", () => resolve());
      this.stream.once("error", reject);
    });
    // An early server error (a constraint) surfaces at the next await.
    this.done.catch(() => undefined);
  }

  write(row: Readonly<Record<string, unknown>>): void {
    this.buffer += copyLine(row, this.columns, this.defaults);
    this.rows++;
  }

  writeAll(rows: readonly Readonly<Record<string, unknown>>[]): void {
    for (const row of rows) this.write(row);
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
    return this.rows;
  }
}
