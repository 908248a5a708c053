import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../platform/errors";
import type { ImportResult } from "../../domain/organizations/import/import";
import { localFile, messageOf, parseCommandLine, report, UsageError } from "./import-cli";

const usageProblem = (run: () => unknown): string => {
  const error = (() => {
    try {
      run();
    } catch (e) {
      return e;
    }
  })();
  expect(error).toBeInstanceOf(UsageError);
  return (error as UsageError).message;
};

describe("the import's command line", () => {
  it("says in a line of Norwegian what is wrong with the options, then how to run it", () => {
    expect(usageProblem(() => parseCommandLine(["fil.json", "--kommunenummer"])).split("\n")).toEqual([
      "--kommunenummer mangler en verdi.",
      expect.stringMatching(/^Bruk: npm run import:enhetsregisteret/),
    ]);
    expect(usageProblem(() => parseCommandLine(["fil.json", "--bogus-flag", "x"]))).toMatch(/^Ukjent valg: --bogus-flag\.\nBruk: /);
    expect(parseCommandLine(["fil.json", "--kommunenummer", "1505"])).toEqual({ file: "fil.json", kommunenummer: "1505", frivillighetsregisteret: undefined });
  });

  it("refuses a folder given as the file", () => {
    expect(usageProblem(() => localFile("data-samples"))).toBe("data-samples er en mappe, ikke en fil.");
  });

  it("names the option whose value is wrong", () => {
    const unknown = new ValidationError({ kommunenummer: [{ key: "validation.kommunenummerUnknown" }] });
    expect(messageOf(unknown)).toBe("--kommunenummer: Det finnes ingen kommune med dette kommunenummeret.");
  });

  it("writes the time as Norwegian does, with a decimal comma", () => {
    const result: ImportResult = {
      kommunenummer: "1505",
      counts: { new: 1, updated: 0, unchanged: 0, skipped: 0, invalid: 0 },
      skippedBecause: { otherMunicipality: 0, notVoluntary: 0, dissolved: 0 },
      invalid: [],
      seconds: 0.14,
    };
    expect(report(result).split("\n")[0]).toContain("Tok 0,1 sekunder for kommunenummer 1505.");
  });

  it("exits with 1 and no stack trace when run wrong", () => {
    const run = spawnSync("node_modules/.bin/tsx", ["scripts/import-enhetsregisteret.ts", "data-samples/enhetsregisteret-sample.json", "--kommunenummer"], {
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split("\n")[0]).toBe("--kommunenummer mangler en verdi.");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
