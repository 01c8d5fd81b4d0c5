/**
 * `npm run serve`: serves dist/ at http://127.0.0.1:4173/ and prints the address. PORT and HOST
 * override them; without PORT, a busy 4173 moves on to the next free port.
 */
import { existsSync } from 'node:fs';
import { serveStatic, type StaticServer } from '../tools/serveStatic.ts';

const dir = process.argv[2] ?? 'dist';
if (!existsSync(`${dir}/index.html`)) {
  console.error(`${dir}/index.html does not exist: run "npm run build" first.`);
  process.exit(1);
}
const host = process.env.HOST ?? '127.0.0.1';
const first = Number(process.env.PORT ?? 4173);
let server: StaticServer | undefined;
for (let port = first; !server && port < first + 20; port++) {
  try {
    server = await serveStatic({ dir, port, host });
  } catch (error) {
    const busy = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    if (!busy || process.env.PORT) {
      console.error(busy ? `Port ${port} is in use: set PORT to another one.` : String(error));
      process.exit(1);
    }
  }
}
if (!server) {
  console.error(`No free port from ${first} to ${first + 19}: set PORT.`);
  process.exit(1);
}
console.log(`Serving ${dir}/ at ${server.url}  (Ctrl+C to stop)`);
