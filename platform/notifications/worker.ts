import type { Config } from "../config";
import type { Db } from "../db/client";
import { deliverDueMessages, type Transport } from "./deliver";
import { smtpTransport } from "./smtp";

let timer: NodeJS.Timeout | undefined;

/** Polls the outbox every few seconds; with no SMTP_URL the messages are kept for the admin page instead. */
export function startOutboxWorker(db: Db, settings: Pick<Config, "smtpUrl" | "mailFrom">): void {
  if (timer) return;
  const transport: Transport | null = settings.smtpUrl ? smtpTransport(settings.smtpUrl, settings.mailFrom) : null;
  let running = false;
  timer = setInterval(() => {
    if (running) return;
    running = true;
    deliverDueMessages(db, transport)
      .catch((error) => console.error("outbox:", error))
      .finally(() => {
        running = false;
      });
  }, 2_000);
  timer.unref();
}

export function stopOutboxWorker(): void {
  if (timer) clearInterval(timer);
  timer = undefined;
}
