import { isIPv6 } from "node:net";

/**
 * The client's IP address as the HTTP layer saw it: the socket's peer, or with TRUST_PROXY=1 the address
 * our one reverse proxy put in X-Forwarded-For. Set by the server; any value a client sends is removed first.
 */
export const CLIENT_ADDRESS_HEADER = "x-dugnad-client-address";

/**
 * The client for rate limits; "local" when the request did not come through our server (tests, scripts). An
 * IPv6 client is its /64 network: a home or a server is given a whole one, so counting single addresses would
 * let it try 2^64 times as often.
 */
export function clientAddress(request: Request): string {
  const address = request.headers.get(CLIENT_ADDRESS_HEADER);
  if (!address) return "local";
  return isIPv6(address) ? networkOf(address) : address;
}

function networkOf(address: string): string {
  const mappedIPv4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mappedIPv4) return mappedIPv4[1]!;
  const groups = (part: string | undefined) => (part ? part.split(":") : []);
  const [before, after] = address.split("::");
  const head = groups(before);
  const tail = groups(after);
  const full = after === undefined ? head : [...head, ...Array<string>(8 - head.length - tail.length).fill("0"), ...tail];
  return `${full.slice(0, 4).map((group) => parseInt(group, 16).toString(16)).join(":")}::/64`;
}
