/**
 * Runs the service until stopped (Ctrl-C): on PostgreSQL at `DATABASE_URL` when set, otherwise on
 * the embedded database — in memory, or in `PGLITE_DATA_DIR` when set. `PORT` (3000) and `HOST`
 * (127.0.0.1) say where it listens; the OpenAPI document is at `/docs/json`.
 *
 *   npx -y pnpm@10.34.8 --filter @zhidu-examples/http-service serve
 */
import { createService } from './app.js';

const { app, db } = await createService({
  url: process.env.DATABASE_URL,
  dataDir: process.env.PGLITE_DATA_DIR,
  logger: true,
});
await app.listen({ port: Number(process.env.PORT ?? 3000), host: process.env.HOST ?? '127.0.0.1' });
app.log.info(`database: ${db.kind}; OpenAPI document at /docs/json`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
