// Fictional, valid centre profiles for the benchmark (scripts/bench.js) and the batch fault tests.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const NAMES = ["Noord", "Zuid", "Łucja", "Çelik", "Zoë", "Ørsted", "Śląsk", "Kempen"];

/**
 * Writes `count` profiles to `dir`, each with Teams and Praatbox, names from several languages.
 * @param {string} dir
 * @param {number} count
 * @returns {string[]} the centres' ids
 */
export function writeSyntheticProfiles(dir, count) {
  mkdirSync(dir, { recursive: true });
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
        "tools: [teams, praatbox]",
        'letterDate: "2026-11-23"',
        "",
      ].join("\n"),
    );
  }
  return ids;
}
