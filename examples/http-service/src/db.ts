/**
 * The database the service writes to: PostgreSQL, either embedded in the process (PGlite, in
 * memory or in a data directory; the default, no server needed) or a real server reached through
 * `pg` when a connection string is given (`DATABASE_URL`). Both are wrapped in the same small
 * interface — a query, a transaction, a close — and the SQL migrations in `migrations/` run when
 * the database is opened.
 */
import { readdir, readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** The result of a query: its rows and how many rows the statement returned or changed. */
export interface QueryResult<Row> {
  readonly rows: Row[];
  readonly rowCount: number;
}

/** Something SQL can be sent to: the database or one of its transactions. */
export interface Queryable {
  /** One statement with `$1`-style parameters. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<Row>>;
  /** Several statements without parameters (a migration). */
  exec(sql: string): Promise<void>;
}

/** The service's database. */
export interface Database extends Queryable {
  /** `pglite` (embedded) or `postgres` (a server). */
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `work` in one transaction on one connection: committed when it resolves, rolled back
   * when it throws (and the error rethrown), so nothing is half-written.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Where the database is. */
export interface DatabaseOptions {
  /** A PostgreSQL connection string; without one the database is embedded (PGlite). */
  readonly url?: string | undefined;
  /** PGlite only: a directory to keep the data in; in memory when absent. */
  readonly dataDir?: string | undefined;
  /** `pg` only: the size of the connection pool (10 by default). */
  readonly poolSize?: number | undefined;
}

function pgliteDatabase(db: PGlite): Database {
  const on = (target: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    query: (async (sql: string, params: readonly unknown[] = []) => {
      const result = await target.query<Record<string, unknown>>(sql, [...params]);
      return { rows: result.rows, rowCount: result.rowCount ?? result.affectedRows ?? result.rows.length };
    }) as Queryable['query'],
    async exec(sql: string) {
      await target.exec(sql);
    },
  });
  return {
    kind: 'pglite',
    ...on(db),
    transaction: (work) => db.transaction((tx) => work(on(tx))),
    close: () => db.close(),
  };
}

function postgresDatabase(pool: pg.Pool): Database {
  const on = (target: pg.Pool | pg.PoolClient): Queryable => ({
    query: (async (sql: string, params: readonly unknown[] = []) => {
      const result = await target.query<Record<string, unknown>>(sql, [...params]);
      return { rows: result.rows, rowCount: result.rowCount ?? result.rows.length };
    }) as Queryable['query'],
    async exec(sql: string) {
      await target.query(sql);
    },
  });
  return {
    kind: 'postgres',
    ...on(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(on(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

const migrationsDir = new URL('./migrations/', import.meta.url);

/**
 * Applies the migrations in `migrations/` (files `NNN_name.sql`, in order) that the database has not
 * seen yet, in one transaction under an advisory lock, so that two services starting at once against
 * one server do not both apply them and a failed migration leaves nothing behind.
 *
 * @returns the names of the migrations applied now
 */
export async function migrate(db: Database): Promise<string[]> {
  const files = (await readdir(migrationsDir)).filter((name) => name.endsWith('.sql')).sort();
  const applied: string[] = [];
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7310)');
    await tx.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    for (const name of files) {
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [name]);
      if (seen.rowCount > 0) continue;
      await tx.exec(await readFile(new URL(name, migrationsDir), 'utf8'));
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
      applied.push(name);
    }
  });
  return applied;
}

/**
 * Opens the database and brings its schema up to date.
 *
 * @example
 * const db = await openDatabase({ url: process.env.DATABASE_URL }); // PGlite in memory without it
 */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const db =
    options.url === undefined || options.url === ''
      ? pgliteDatabase(await PGlite.create(options.dataDir === undefined ? {} : { dataDir: options.dataDir }))
      : postgresDatabase(new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 }));
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
