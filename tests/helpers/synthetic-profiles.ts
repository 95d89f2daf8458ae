import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

/** `count` valid fictional profiles in `dir`, each with Teams and Praatbox. */
export async function syntheticProfiles(dir: string, count: number): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = `clb-test-${String(i).padStart(3, "0")}`;
    ids.push(id);
    await writeFile(
      path.join(dir, `${id}.yaml`),
      [
        `id: ${id}`,
        `name: CLB Test ${i}`,
        "address:",
        `  street: Teststraat ${i + 1}`,
        '  postalCode: "1000"',
        "  city: Brussel",
        "phone: 02 123 45 67",
        `email: info@${id}.clb.example`,
        `website: https://${id}.clb.example`,
        `privacyUrl: https://${id}.clb.example/privacy`,
        "complaint:",
        "  contact: de directeur",
        `  email: klacht@${id}.clb.example`,
        "tools: [teams, praatbox]",
        'letterDate: "2026-11-23"',
        "",
      ].join("\n"),
    );
  }
  return ids;
}
