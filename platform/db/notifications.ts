import pg from "pg";

type Handlers = { onNotify: (payload: string) => void; onReset: () => void };

const RECONNECT_MS = 1_000;

/** How the listening connection names itself in pg_stat_activity. */
export const NOTIFICATIONS_APPLICATION = "dugnad-notifications";

/** A statement that cannot change anything; everything else may have, and counts as a write. */
const READ = /^\s*select\b/i;

function textOf(query: unknown): string {
  if (typeof query === "string") return query;
  return typeof (query as { text?: unknown })?.text === "string" ? (query as { text: string }).text : "";
}

/**
 * PostgreSQL's NOTIFYs for one pool, on a connection of their own that LISTENs. Other servers' changes arrive
 * within milliseconds; this server's own changes are awaited in `upToDate()`, so a request that follows a
 * change made here never sees a cache from before it. While the connection is down nothing is up to date,
 * and every subscriber is told to forget what it kept (`onReset`): a notice may have been missed.
 */
export class PgNotifications {
  private client?: pg.Client;
  private connecting?: Promise<void>;
  private listening = false;
  private closed = false;
  private retry?: NodeJS.Timeout;
  private readonly channels = new Map<string, Set<Handlers>>();
  private readonly writers = new WeakSet<pg.ClientBase>();
  /** Writes finished through the pool, and how many of them the listening connection is known to have passed. */
  private written = 0;
  private synced = 0;
  private syncing?: Promise<void>;

  constructor(
    pool: pg.Pool,
    private readonly config: pg.ClientConfig,
  ) {
    pool.on("connect", (client) => this.track(client));
    pool.on("release", (_error: Error | undefined, client: pg.PoolClient) => {
      if (this.writers.has(client)) {
        this.writers.delete(client);
        this.written++;
      }
    });
  }

  /** Marks a pooled connection that ran anything but a SELECT; its release (after COMMIT) counts the write. */
  private track(client: pg.PoolClient): void {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      if (!READ.test(textOf(args[0]))) this.writers.add(client);
      return query(...args);
    }) as typeof client.query;
  }

  async listen(channel: string, handlers: Handlers): Promise<void> {
    let subscribers = this.channels.get(channel);
    if (!subscribers) {
      this.channels.set(channel, (subscribers = new Set()));
      if (this.listening) await this.client!.query(`LISTEN ${pg.escapeIdentifier(channel)}`).catch(() => this.lost());
    }
    subscribers.add(handlers);
    await (this.connecting ??= this.connect());
  }

  /** True when every change this server has made is known to the subscribers; false while not listening. */
  async upToDate(): Promise<boolean> {
    const needed = this.written;
    while (this.listening && this.synced < needed) await (this.syncing ??= this.sync());
    return this.listening;
  }

  /** PostgreSQL sends a listener its pending notices before it answers a query, so one round trip catches up. */
  private async sync(): Promise<void> {
    const target = this.written;
    try {
      await this.client!.query("SELECT 1");
      this.synced = Math.max(this.synced, target);
    } catch {
      this.lost();
    } finally {
      this.syncing = undefined;
    }
  }

  private async connect(): Promise<void> {
    // Writes that finish once LISTEN is in place are notified; the ones before it found nothing kept yet.
    const before = this.written;
    const client = new pg.Client(this.config);
    client.on("notification", ({ channel, payload }) => {
      for (const handlers of this.channels.get(channel) ?? []) handlers.onNotify(payload ?? "");
    });
    client.on("error", () => this.lost());
    client.on("end", () => this.lost());
    try {
      await client.connect();
      for (const channel of this.channels.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch {
      client.end().catch(() => {});
      this.scheduleReconnect();
      return;
    }
    if (this.closed) return void (await client.end());
    this.client = client;
    this.synced = before;
    this.listening = true;
  }

  private lost(): void {
    if (!this.listening && this.retry) return;
    this.listening = false;
    this.client = undefined;
    for (const subscribers of this.channels.values()) for (const handlers of subscribers) handlers.onReset();
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      this.connecting = this.connect();
    }, RECONNECT_MS).unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listening = false;
    clearTimeout(this.retry);
    await this.connecting;
    const client = this.client;
    this.client = undefined;
    await client?.end();
  }
}
