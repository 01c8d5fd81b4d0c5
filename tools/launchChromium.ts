/**
 * Starts the system Chromium through playwright-core (npm cannot download browsers here), with a
 * fresh temporary profile each time (playwright-core makes one per launch).
 * CHROME_PATH overrides /usr/bin/chromium; a missing browser is an error that says how to install it.
 *
 *   const browser = await launchChromium();
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export function chromiumPath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium was not found at ${executablePath}. Install it with "apt-get update && apt-get install -y chromium" (as root), or set CHROME_PATH to a Chromium or Chrome binary.`);
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
