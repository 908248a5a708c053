// autocannon ships no types; these are the parts the benchmark uses.
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  type Request = { path?: string; headers?: Record<string, string> };
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
    requests?: { setupRequest?: (request: Request) => Request }[];
  };
  type Result = { requests: { average: number }; errors: number; timeouts: number; non2xx: number; "2xx": number };
  type Instance = EventEmitter & PromiseLike<Result>;

  export default function autocannon(options: Options): Instance;
}
