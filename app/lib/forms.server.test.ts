import { describe, expect, it } from "vitest";
import { ECHO_MAX_LENGTH, formFailure, type FormFailure } from "./forms.server";

function echoed(form: FormData): FormFailure {
  return (formFailure(form, { description: [{ key: "validation.tooLong", params: { maximum: 5000 } }] }) as unknown as { data: FormFailure }).data;
}

describe("a form shown again with its errors", () => {
  it("keeps what was typed, but never passwords or tokens", () => {
    const form = new FormData();
    form.set("name", "Bakken Idrettslag");
    form.set("password", "hemmelig-passord");
    form.set("_csrf", "token");
    expect(echoed(form).values).toEqual({ name: "Bakken Idrettslag" });
  });

  it("shows a huge value again only as far as a writer can use it", () => {
    const form = new FormData();
    form.set("description", "x".repeat(20 * 1024 * 1024));
    expect(echoed(form).values.description).toHaveLength(ECHO_MAX_LENGTH);
  });
});
