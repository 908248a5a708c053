import { describe, expect, it } from "vitest";
import { renderToString } from "react-dom/server";
import { catalogs } from "../i18n/catalogs.server";
import { I18nProvider } from "../i18n/react";
import type { FormState } from "./forms";
import { RadioGroup } from "./RadioGroup";

const failed: FormState = { errors: { organizationId: [{ key: "validation.required" }] }, values: {} };

function radios(state?: FormState): string {
  const options = [
    { value: "", label: "Ingen" },
    { value: "a", label: "Laget" },
  ];
  return renderToString(
    <I18nProvider lang="nb" messages={catalogs.nb}>
      <RadioGroup name="organizationId" legend="Organisasjon" description="Søk først" options={options} checked="" state={state} />
    </I18nProvider>,
  );
}

/** The texts each radio button names in aria-describedby, as the server renders the page. */
function descriptions(html: string): string[][] {
  const text = (id: string) => new RegExp(`id="${id}"[^>]*>([^<]*)<`).exec(html)?.[1];
  return [...html.matchAll(/<input[^>]*type="radio"[^>]*>/g)].map(([input]) => (/aria-describedby="([^"]*)"/.exec(input)?.[1] ?? "").split(" ").map((id) => text(id) ?? id));
}

describe("a group of radio buttons", () => {
  it("has each button name the group's description, also without JavaScript", () => {
    expect(descriptions(radios())).toEqual([["Søk først"], ["Søk først"]]);
  });

  it("has each button name the group's error message after a failed submit", () => {
    const message = catalogs.nb["validation.required"];
    expect(descriptions(radios(failed))).toEqual([
      ["Søk først", message],
      ["Søk først", message],
    ]);
  });
});
