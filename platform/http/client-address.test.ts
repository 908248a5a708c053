import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "./client-address";

const from = (address?: string) => clientAddress(new Request("http://localhost/", { headers: address ? { [CLIENT_ADDRESS_HEADER]: address } : {} }));

describe("clientAddress", () => {
  it("counts every address of one IPv6 /64 network as one client: anyone given such a network holds all of them", () => {
    expect(from("2001:db8:1:2::1")).toBe(from("2001:db8:1:2:ffff:ffff:ffff:fffe"));
    expect(from("2001:db8:1:2:0:0:0:9")).toBe(from("2001:0db8:0001:0002::abcd"));
    expect(from("2001:db8:1:2::1")).not.toBe(from("2001:db8:1:3::1"));
    expect(from("::1")).not.toBe(from("2001:db8::1"));
  });

  it("keeps an IPv4 address as it is, also when it comes as an IPv6-mapped address", () => {
    expect(from("192.0.2.7")).toBe("192.0.2.7");
    expect(from("::ffff:192.0.2.7")).toBe("192.0.2.7");
    expect(from("192.0.2.7")).not.toBe(from("192.0.2.8"));
  });

  it("is local when the request did not come through the server", () => {
    expect(from()).toBe("local");
  });
});
