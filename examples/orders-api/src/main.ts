import { startOrdersApi } from './orders-app';
import type { BrokenMode } from './order';

/** Run the API: `node dist/main.js [port] [broken-mode]`. */
async function main(): Promise<void> {
  const api = await startOrdersApi({
    port: Number(process.argv[2] ?? 0),
    broken: process.argv[3] as BrokenMode | undefined,
  });
  process.stdout.write(`orders-api listening on ${api.url}\n`);
  const stop = () => void api.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
