/**
 * The client's IP address as the HTTP layer saw it: the socket's peer, or with TRUST_PROXY=1 the address
 * our one reverse proxy put in X-Forwarded-For. Set by the server; any value a client sends is removed first.
 */
export const CLIENT_ADDRESS_HEADER = "x-dugnad-client-address";

/** The address for rate limits; "local" when the request did not come through our server (tests, scripts). */
export function clientAddress(request: Request): string {
  return request.headers.get(CLIENT_ADDRESS_HEADER) || "local";
}
