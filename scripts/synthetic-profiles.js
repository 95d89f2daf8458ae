// Fictional, valid centre profiles for the benchmark (scripts/bench.js) and the batch fault tests.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { encodePng } from "./png-writer.js";

const NAMES = ["Noord", "Zuid", "Łucja", "Çelik", "Zoë", "Ørsted", "Śląsk", "Kempen"];

/**
 * An RGB PNG of about `kb` kilobytes, 2:1, its pixels noise from `seed` (so it does not
 * compress, and every centre's logo differs).
 */
function noisePng(kb, seed) {
  const height = Math.max(1, Math.round(Math.sqrt((kb * 1024) / 6)));
  const width = 2 * height;
  const row = width * 3 + 1;
  const raw = Buffer.alloc(row * height);
  let x = (seed * 2654435761 + 1) >>> 0;
  for (let i = 0; i < raw.length; i += 1) {
    if (i % row === 0) continue; // filter type 0 for each row
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    raw[i] = x & 0xff;
  }
  return encodePng({ width, height, colorType: 2, scanlines: raw, level: 1 });
}

/**
 * Writes `count` profiles to `dir`, each with Teams and Praatbox, names from several languages;
 * with `logoKb`, each with a logo of its own of about that size (in `dir/logos/`).
 * @param {string} dir
 * @param {number} count
 * @param {{ logoKb?: number }} [options]
 * @returns {string[]} the centres' ids
 */
export function writeSyntheticProfiles(dir, count, { logoKb = 0 } = {}) {
  mkdirSync(dir, { recursive: true });
  if (logoKb > 0) mkdirSync(path.join(dir, "logos"), { recursive: true });
  const ids = [];
  for (let i = 0; i < count; i += 1) {
    const id = `clb-synth-${String(i).padStart(4, "0")}`;
    ids.push(id);
    writeFileSync(
      path.join(dir, `${id}.yaml`),
      [
        `id: ${id}`,
        `name: CLB ${NAMES[i % NAMES.length]} ${i}`,
        "address:",
        `  street: Teststraat ${i + 1}`,
        '  postalCode: "9000"',
        "  city: Gent",
        "phone: 09 123 45 67",
        `email: info@${id}.clb.example`,
        `website: https://${id}.clb.example`,
        `privacyUrl: https://${id}.clb.example/privacy`,
        "complaint:",
        "  contact: de directeur",
        `  email: klacht@${id}.clb.example`,
        "dpo:",
        `  email: dpo@${id}.clb.example`,
        "retention:",
        "  file: We bewaren het dossier tien jaar na het laatste consult.",
        "  agreement: Het akkoord bewaren we even lang als het dossier.",
        "tools: [teams, praatbox]",
        // Fictional contracts, as in the example profiles.
        "contracts:",
        "  teams:",
        "    role: processor",
        "    where: eu",
        "    retention: Microsoft wist de chat en de aanwezigheid na 30 dagen.",
        "    agreement: Microsoft Products and Services Data Protection Addendum",
        '    agreementDate: "2025-09-01"',
        "  praatbox:",
        "    role: processor",
        "    where: eu",
        "    retention: Praatbox wist alles 30 dagen na het gesprek.",
        "    agreement: Verwerkersovereenkomst Praatbox",
        '    agreementDate: "2025-10-15"',
        'letterDate: "2026-11-23"',
        ...(logoKb > 0 ? [`logo: logos/${id}.png`] : []),
        "",
      ].join("\n"),
    );
    if (logoKb > 0) writeFileSync(path.join(dir, "logos", `${id}.png`), noisePng(logoKb, i + 1));
  }
  return ids;
}
