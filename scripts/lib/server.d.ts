import type { ChildProcess } from "node:child_process";

export type RunningServer = { child: ChildProcess; baseUrl: string; startupMs: number };

export type ServerOptions = {
  /** Where the server listens, e.g. http://127.0.0.1:4321; its port becomes PORT. */
  baseUrl: string;
  /** The embedded database's folder; a new one is migrated and given the demo data. */
  dataDir: string;
  /** The path that must answer 2xx before the server counts as started; "/" by default. */
  readyPath?: string;
  /** More environment for the server, e.g. PUBLIC_URL; a DATABASE_URL here is used, the shell's is not. */
  env?: Record<string, string>;
  /** Collects everything the server writes; without it only its stderr is shown. */
  log?: Buffer[];
  /** The Node binary; this process's by default. */
  node?: string;
};

export const SERVER_NODE_FLAGS: string[];

export function newestSourceTime(root?: string): number;
export function buildIfStale(node?: string): void;
export function freePort(): Promise<number>;
export function serverEnvironment(shell: NodeJS.ProcessEnv, options: Pick<ServerOptions, "baseUrl" | "dataDir" | "env">): Record<string, string | undefined>;
export function startServer(options: ServerOptions): Promise<RunningServer>;
export function stopServer(child: ChildProcess): Promise<void>;
