import { describe, expect, it } from "vitest";
import { renderToString } from "react-dom/server";
import { DataTable } from "./DataTable";

const table = (rows: string[]) =>
  renderToString(<DataTable rows={rows} rowKey={(row) => row} caption="Endringer" none="Ingen endringer" columns={[{ header: "Hva", cell: (row) => row }]} />);

describe("a data table", () => {
  it("scrolls in a box that a keyboard can reach, named by the caption, even when no cell holds a link", () => {
    const html = table(["Navnet ble endret"]);
    const box = /<div[^>]*class="table-wrap"[^>]*>/.exec(html)?.[0] ?? "";
    expect(box).toContain('tabindex="0"');
    expect(box).toContain('role="region"');
    const captionId = /aria-labelledby="([^"]+)"/.exec(box)?.[1];
    expect(captionId).toBeTruthy();
    expect(html).toContain(`<caption id="${captionId}">Endringer</caption>`);
  });
});
