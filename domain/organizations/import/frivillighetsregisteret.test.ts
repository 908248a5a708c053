import { describe, expect, it } from "vitest";
import { MalformedFileError } from "./errors";
import { readFrivillighetsregisteret } from "./frivillighetsregisteret";
import { fileFromBytes } from "./source";

const file = (value: unknown) => fileFromBytes(new TextEncoder().encode(JSON.stringify(value)));

describe("readFrivillighetsregisteret", () => {
  it("reads the categories in our own shape", async () => {
    const read = await readFrivillighetsregisteret(file([{ organisasjonsnummer: "974760673", icnpoKategorier: [{ kode: "1.2", navn: "Idrett" }, { kode: "4" }] }]));
    expect(read.get("974760673")).toEqual(["1.2", "4"]);
  });

  it("reads the organisations as the register's API gives them, subgroup numbers and all", async () => {
    const read = await readFrivillighetsregisteret(
      file([
        {
          organisasjonsnummer: "974760673",
          frivilligOrganisasjonsstatus: "AKTIV",
          icnpoKategorier: [
            { icnpoNummer: "1200", kategori: "ICNPOKategori.idrett", rekkefoelge: 1 },
            { icnpoNummer: "10100", kategori: "ICNPOKategori.religion", rekkefoelge: 2 },
            { icnpoNummer: 7, kategori: "ICNPOKategori.politikk", rekkefoelge: 3 },
          ],
        },
        { organisasjonsnummer: "912345674", icnpoKategorier: [{ icnpoNummer: "12100", navn: null }] },
      ]),
    );
    expect(read.get("974760673")).toEqual(["1.2", "10.1", "7"]);
    expect(read.get("912345674")).toEqual(["12.1"]);
  });

  it("refuses an organisation whose categories have no code", async () => {
    await expect(readFrivillighetsregisteret(file([{ organisasjonsnummer: "974760673", icnpoKategorier: [{ kategori: "ICNPOKategori.idrett" }] }]))).rejects.toBeInstanceOf(
      MalformedFileError,
    );
  });

  it("names its own file when it is not a JSON list, as the coordinator uploads it with Enhetsregisteret's", async () => {
    const notAList = fileFromBytes(new TextEncoder().encode('{"organisasjonsnummer": "974760673"}'));
    await expect(readFrivillighetsregisteret(notAList)).rejects.toMatchObject({ key: "orgImport.malformedFrivillighetsregisteret.notArray" });
    const cut = fileFromBytes(new TextEncoder().encode('[{"organisasjonsnummer": "974760673", "icnpoKategorier": []}, {'));
    await expect(readFrivillighetsregisteret(cut)).rejects.toMatchObject({ key: "orgImport.malformedFrivillighetsregisteret.unfinished" });
  });
});
