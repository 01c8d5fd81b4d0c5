/**
 * `npm run serve`: serves dist/ at http://127.0.0.1:4173/ (PORT and HOST override) and prints the address.
 */
import { existsSync } from 'node:fs';
import { serveStatic } from './serveStatic.ts';

const dir = process.argv[2] ?? 'dist';
if (!existsSync(`${dir}/index.html`)) {
  console.error(`${dir}/index.html does not exist: run "npm run build" first.`);
  process.exit(1);
}
const server = await serveStatic({ dir, port: Number(process.env.PORT ?? 4173), host: process.env.HOST ?? '127.0.0.1' });
console.log(`Serving ${dir}/ at ${server.url}  (Ctrl+C to stop)`);
