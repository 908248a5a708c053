// `npm run generate:enhetsregisteret -- --count 100000 --out /tmp/enheter.json.gz [--municipalities 357] [--seed 1]`:
// a synthetic bulk download of Enhetsregisteret (the JSON array of `enhet` objects, gzipped when the name ends in
// .gz) spread over the first `municipalities` of 357 kommunenummer (Kristiansund, 1505, first), for measuring
// the import. Mostly voluntary units, with some companies that the import skips and about one in a thousand invalid.
import fs from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { createGzip } from "node:zlib";
import type { Writable } from "node:stream";
import { KOMMUNENUMMER } from "./kommuner";
import { progressBar } from "./progress";
import { randomOrganizationNumber, seededRandom, type Random } from "./random";
import * as words from "./words";

const FORMS: [code: string, description: string, share: number][] = [
  ["FLI", "Forening/lag/innretning", 0.8],
  ["STI", "Stiftelse", 0.06],
  ["ORGL", "Organisasjonsledd", 0.04],
  ["AS", "Aksjeselskap", 0.07],
  ["ENK", "Enkeltpersonforetak", 0.03],
];

function form(random: Random): { kode: string; beskrivelse: string } {
  let roll = random.next();
  for (const [kode, beskrivelse, share] of FORMS) {
    if ((roll -= share) < 0) return { kode, beskrivelse };
  }
  return { kode: "FLI", beskrivelse: "Forening/lag/innretning" };
}

function syntheticEnhet(random: Random, used: Set<string>, kommuner: readonly string[]): Record<string, unknown> {
  let number = randomOrganizationNumber(random);
  while (used.has(number)) number = randomOrganizationNumber(random);
  used.add(number);
  const kommunenummer = random.pick(kommuner);
  const place = words.placeName(random);
  const name = words.organizationName(random, place);
  const invalid = random.chance(0.001);
  const slug = name.toLowerCase().normalize("NFD").replace(/[^a-z]+/g, "-").replace(/^-|-$/g, "");
  return {
    organisasjonsnummer: invalid ? `${number.slice(0, 8)}${(Number(number[8]) + 1) % 10}` : number,
    navn: name.toUpperCase(),
    organisasjonsform: form(random),
    ...(random.chance(0.4) ? { hjemmeside: `www.${slug}.example.no` } : {}),
    ...(random.chance(0.3) ? { epostadresse: `post@${slug}.example.no` } : {}),
    forretningsadresse: {
      land: "Norge",
      landkode: "NO",
      postnummer: String(random.int(1, 9990)).padStart(4, "0"),
      poststed: place.toUpperCase(),
      adresse: [`${place}veien ${random.int(1, 200)}`],
      kommune: `KOMMUNE ${kommunenummer}`,
      kommunenummer,
    },
    registrertIFrivillighetsregisteret: random.chance(0.5),
    ...(random.chance(0.7) ? { vedtektsfestetFormaal: [words.description(random, 1), words.description(random, 1)] } : {}),
    stiftelsesdato: `${random.int(1880, 2024)}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`,
    naeringskode1: { kode: "94.991", beskrivelse: "Aktiviteter i andre interesseorganisasjoner ikke nevnt annet sted" },
    konkurs: false,
    underAvvikling: false,
    underTvangsavviklingEllerTvangsopplosning: false,
  };
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, "drain");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: "string", default: "100000" },
      out: { type: "string" },
      seed: { type: "string", default: "1" },
      municipalities: { type: "string", default: "357" },
    },
  });
  const count = Number(values.count);
  const municipalities = Number(values.municipalities);
  if (!values.out || !Number.isInteger(count) || count < 1 || !(municipalities >= 1 && municipalities <= 357)) {
    console.error("Bruk: npm run generate:enhetsregisteret -- --count 100000 --out /tmp/enheter.json.gz [--municipalities 357] [--seed 1]");
    process.exit(1);
  }
  const random = seededRandom(Number(values.seed));
  const file = fs.createWriteStream(values.out);
  const gzip = values.out.endsWith(".gz") ? createGzip() : undefined;
  gzip?.pipe(file);
  const out = gzip ?? file;
  const bar = progressBar("Enheter");
  const used = new Set<string>();
  const kommuner = KOMMUNENUMMER.slice(0, municipalities);
  await write(out, "[\n");
  for (let i = 0; i < count; i += 1000) {
    const lines: string[] = [];
    for (let j = i; j < Math.min(i + 1000, count); j++) lines.push(JSON.stringify(syntheticEnhet(random, used, kommuner)));
    await write(out, `${i > 0 ? ",\n" : ""}${lines.join(",\n")}`);
    bar.update(Math.min(i + 1000, count), count);
  }
  await write(out, "\n]\n");
  out.end();
  await once(file, "finish");
  bar.done();
  console.log(`${count} enheter skrevet til ${values.out} (${(fs.statSync(values.out).size / 1e6).toFixed(1)} MB).`);
}

await main();
