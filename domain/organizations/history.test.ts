import { describe, expect, it } from "vitest";
import { listOrganizationHistory } from "./history";
import { historyValueText } from "./history-values";
import { updateOrganizationProfile } from "./profile";
import { insertDistricts } from "./vocabulary";
import { withTestWorld } from "../../platform/testing/hooks";

const { conn, w } = withTestWorld();

const WORDS = { "organization.history.empty": "(tomt)", "organization.history.yes": "ja", "organization.history.no": "nei" };
const words = (key: keyof typeof WORDS) => WORDS[key];

/** Each change of the newest history entry as the page reads it in bokmål. */
async function newestChanges(): Promise<Record<string, [string, string]>> {
  const history = await listOrganizationHistory(conn.db, w.orgAdmin, { id: w.organization.id });
  const text = (field: string, value: unknown) => historyValueText(field, value, history.labels, "nb", words);
  return Object.fromEntries(history.items[0]!.changes.map((c) => [c.field, [text(c.field, c.from), text(c.field, c.to)]]));
}

describe("the change history as a reader sees it", () => {
  it("shows counts as numbers, though categories have codes like 1, 2 and 10", async () => {
    const id = w.organization.id;
    await updateOrganizationProfile(conn.db, w.orgAdmin, { id, memberCount: 1, activeVolunteerCount: 12 });
    await updateOrganizationProfile(conn.db, w.orgAdmin, { id, memberCount: 10, activeVolunteerCount: 7 });
    expect(await newestChanges()).toEqual({ memberCount: ["1", "10"], activeVolunteerCount: ["12", "7"] });
  });

  it("names categories, districts and languages, and reads dates and yes or no", async () => {
    const [nordlandet] = await insertDistricts(conn.db, w.municipality.id, ["Nordlandet"]);
    await updateOrganizationProfile(conn.db, w.orgAdmin, {
      id: w.organization.id,
      categoryCodes: ["1", "2.1"],
      districtIds: [nordlandet!.id],
      languages: ["so", "ar"],
      foundedOn: "1905-06-07",
      hasPreparednessPlan: true,
      postalTown: "10",
    });
    expect(await newestChanges()).toMatchObject({
      categoryCodes: ["(tomt)", "Kultur og fritid, Grunnskole og videregående opplæring"],
      districtIds: ["(tomt)", "Nordlandet"],
      languages: ["(tomt)", "arabisk, somali"],
      foundedOn: ["(tomt)", "7. juni 1905"],
      hasPreparednessPlan: ["nei", "ja"],
      postalTown: ["(tomt)", "10"],
    });
  });
});
