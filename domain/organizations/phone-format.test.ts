import { describe, expect, it } from "vitest";
import { formatPhone } from "./phone-format";

describe("formatPhone", () => {
  it("groups a Norwegian mobile number 3-2-3 and other Norwegian numbers in pairs", () => {
    expect(formatPhone("41234567")).toBe("412 34 567");
    expect(formatPhone("91234567")).toBe("912 34 567");
    expect(formatPhone("71574000")).toBe("71 57 40 00");
    expect(formatPhone("22334455")).toBe("22 33 44 55");
  });

  it("shows a number with a country code, or anything unexpected, as stored", () => {
    expect(formatPhone("+46812345678")).toBe("+46812345678");
    expect(formatPhone("123")).toBe("123");
  });
});
