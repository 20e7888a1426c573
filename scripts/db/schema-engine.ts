// Prisma's schema engine compiled to WebAssembly, driven over the pg driver adapter. The native
// engine that `prisma migrate` downloads cannot be fetched on closed networks; this one ships inside
// an npm package. See docs/decisions/001-offline-prisma.md.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type {
  MigrationList,
  SchemaEngine as WasmSchemaEngine,
  SchemaFilter,
} from "@prisma/schema-engine-wasm";

export const MIGRATIONS_DIR = resolve("prisma/migrations");
export const SCHEMA_PATH = resolve("prisma/schema.prisma");
/** The schema as of the newest migration: new migrations are diffed from it. */
export const SNAPSHOT_PATH = join(MIGRATIONS_DIR, "schema.snapshot.prisma");

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

type Runtime = typeof import("@prisma/schema-engine-wasm/schema_engine_bg") & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let runtimePromise: Promise<Runtime> | undefined;

async function loadRuntime(): Promise<Runtime> {
  // require(esm) rather than import(): tsx runs these scripts as CommonJS (the package has no
  // "type" field, which Next.js needs), and Node 20.19+ can require an ES module.
  const require = createRequire(resolve("package.json"));
  const runtimePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const runtime = require(runtimePath) as Runtime;
  const wasmPath = join(dirname(runtimePath), "schema_engine_bg.wasm");
  const compiled = await WebAssembly.compile(await readFile(wasmPath));
  const instance = await WebAssembly.instantiate(compiled, {
    "./schema_engine_bg.js": runtime as unknown as WebAssembly.ModuleImports,
  });
  runtime.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return runtime;
}

export interface Engine {
  readonly engine: WasmSchemaEngine;
  close: () => void;
}

/** Opens the engine on a database (owner role: migrations create tables and policies). */
export async function openEngine(connectionString: string, schemaText?: string): Promise<Engine> {
  runtimePromise ??= loadRuntime();
  const runtime = await runtimePromise;
  const text = schemaText ?? (await readFile(SCHEMA_PATH, "utf8"));
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(wholeScriptAdapter(connectionString));
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(message);
  };
  const engine = await runtime.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, text]] },
    log,
    adapterFactory,
  );
  return { engine, close: () => engine.free() };
}

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * The pg adapter runs a migration script by splitting it on every ";" — inside comments, strings,
 * function bodies and DO blocks too. PostgreSQL runs a multi-statement script sent as one simple
 * query, in one implicit transaction, so a migration applies whole or not at all.
 */
function wholeScriptAdapter(connectionString: string): PrismaPg {
  // A short idle timeout lets a script exit as soon as the engine is done.
  const factory = new PrismaPg({ connectionString, idleTimeoutMillis: 50 });
  const patch = (adapter: PgAdapter): PgAdapter => {
    // onError turns a pg error into the adapter's error type, which the engine reports in full.
    const { onError } = adapter as unknown as { onError: (error: unknown) => never };
    adapter.executeScript = async (script: string) => {
      try {
        await adapter.underlyingDriver().query(script);
      } catch (error) {
        onError.call(adapter, error);
      }
    };
    return adapter;
  };
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => patch(await connect());
  factory.connectToShadowDb = async () => patch(await connectToShadowDb());
  return factory;
}

/** The committed migrations, as the engine wants them. */
export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: await readFile(join(dir, name, "migration.sql"), "utf8").then(
          (text) => ({ tag: "ok" as const, value: text }),
          (error: unknown) => ({ tag: "error" as const, value: String(error) }),
        ),
      },
    })),
  );
  const lockPath = join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: { path: lockPath, content: await readFile(lockPath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** Applies every committed migration not yet applied. Idempotent. Returns the names applied. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const { engine, close } = await openEngine(connectionString);
  try {
    const result = await engine.applyMigrations({
      migrationsList: await readMigrations(),
      filters: NO_FILTER,
    });
    return result.appliedMigrationNames;
  } finally {
    close();
  }
}

/**
 * The SQL that takes a database from the `from` datamodel to the `to` datamodel (empty when they
 * agree). `from` null means an empty database.
 */
export async function diffSchemas(
  connectionString: string,
  from: string | null,
  to: string,
): Promise<string> {
  const { engine, close } = await openEngine(connectionString, to);
  try {
    const result = await engine.diff({
      from:
        from === null
          ? { tag: "empty" }
          : { tag: "schemaDatamodel", files: [{ path: SNAPSHOT_PATH, content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: to }] },
      script: true,
      exitCode: true,
      filters: NO_FILTER,
    });
    return result.exitCode === 2 ? (result.stdout ?? "") : "";
  } finally {
    close();
  }
}
