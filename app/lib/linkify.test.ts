import { describe, expect, it } from "vitest";
import { linkify } from "./linkify";

describe("linkify", () => {
  it("turns web addresses into links and keeps the text around them", () => {
    expect(linkify("Følg lenken: https://dugnad.example/nytt-passord?token=a_b-c\nHilsen kommunen")).toEqual([
      { text: "Følg lenken: " },
      { text: "https://dugnad.example/nytt-passord?token=a_b-c", href: "https://dugnad.example/nytt-passord?token=a_b-c" },
      { text: "\nHilsen kommunen" },
    ]);
  });

  it("leaves sentence punctuation outside the link", () => {
    expect(linkify("Se http://x.example/a. (Eller https://y.example/b)")).toEqual([
      { text: "Se " },
      { text: "http://x.example/a", href: "http://x.example/a" },
      { text: ". (Eller " },
      { text: "https://y.example/b", href: "https://y.example/b" },
      { text: ")" },
    ]);
  });

  it("links nothing but http and https", () => {
    expect(linkify("javascript:alert(1) mailto:a@b.no ftp://x")).toEqual([{ text: "javascript:alert(1) mailto:a@b.no ftp://x" }]);
    expect(linkify("")).toEqual([]);
  });
});
