import { chromium, type Browser } from "playwright-core";

/**
 * Debian's Chromium, never a downloaded one. The background-networking flags matter on machines with a
 * closed network: without them Chromium keeps dialling out and floods the log with refused connections.
 * Playwright gives every launch a fresh, temporary profile directory of its own.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.E2E_CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is not set: run the browser tests with `npm run test:e2e`, which starts a server for them.");
  return url;
}
