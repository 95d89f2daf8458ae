import * as z from "zod";
import { email, isoDate, line, phone, text, url } from "../fields/field-types.js";
import { Contract } from "../tools/contract-schema.js";

export type { Contract } from "../tools/contract-schema.js";

// Names that Windows refuses as file or folder names (Microsoft's "Naming Files, Paths, and
// Namespaces": CON, PRN, AUX, NUL, COM0-COM9, LPT0-LPT9); an id becomes a folder name.
const RESERVED_IDS = new Set([
  ...["con", "prn", "aux", "nul"],
  ...Array.from({ length: 10 }, (_, n) => [`com${n}`, `lpt${n}`]).flat(),
]);

export const DEFAULT_AUTHORITY = {
  name: "Vlaamse Toezichtcommissie voor de verwerking van persoonsgegevens",
  // The commission's pages moved here (issue 19, item 5; read from a stored copy on 2026-12-03).
  url: "https://www.vlaanderen.be/vlaamse-toezichtcommissie",
} as const;

// The Flemish rules presume a pupil competent from 12: a centre may give a younger pupil their
// own say, never take it away from a 12- or 13-year-old (issue 26, point 3).
export const DEFAULT_OWN_CONSENT_AGE = 12;
export const MIN_OWN_CONSENT_AGE = 6;
export const MAX_OWN_CONSENT_AGE = 12;

const Address = z.strictObject({
  street: line(200).describe("Straat en huisnummer"),
  postalCode: line(20).describe("Postcode"),
  city: line(100).describe("Gemeente"),
});

const Complaint = z
  .strictObject({
    contact: line(200).describe("Naam of functie van wie klachten behandelt"),
    email: email().optional(),
    phone: phone().optional(),
    url: url().optional().describe("Webadres van de klachtenprocedure"),
  })
  .refine((c) => c.email !== undefined || c.phone !== undefined || c.url !== undefined, {
    error: "profile.complaintChannel",
  });

const Authority = z.strictObject({
  name: line(200).describe("Naam van de toezichthoudende overheid"),
  url: url().describe("Webadres van de toezichthouder"),
});

// A CLB must appoint a data protection officer, and every letter names how to reach them.
const Dpo = z.strictObject(
  {
    name: line(200).optional().describe("Naam van de functionaris voor gegevensbescherming"),
    email: email(),
    phone: phone().optional(),
  },
  { error: (issue) => (issue.input === undefined ? "profile.dpoMissing" : "profile.wrongType") },
);

/** A tool that no longer exists, as a profile naming it is told (from tools.yaml's `retired`). */
export interface RetiredChoice {
  readonly name: string;
  readonly date: string;
  readonly noteNl: string;
  readonly noteEn: string;
}

/** The tools a profile may name: the entries of tools.yaml, which the schema takes at load time. */
export interface ToolChoices {
  readonly ids: readonly string[];
  readonly retired: Readonly<Record<string, RetiredChoice>>;
}

/** One entry of `tools`: a tool of tools.yaml; a retired one is refused with its date and advice. */
function toolChoice(choices: ToolChoices) {
  return (
    z
      .string({ error: "profile.wrongType" })
      // `Teams` is teams, as `-t Teams` is: ids are lower case, and a user writes a name.
      .toLowerCase()
      .superRefine((value, ctx) => {
        if (choices.ids.includes(value)) return;
        const retired = Object.hasOwn(choices.retired, value) ? choices.retired[value] : undefined;
        ctx.addIssue(
          retired
            ? {
                code: "custom",
                message: "profile.toolRetired",
                params: { ...retired, choices: choices.ids.join(", ") },
              }
            : {
                code: "custom",
                message: "profile.toolChoice",
                params: { choices: choices.ids.join(", ") },
              },
        );
      })
      // Editors offer the tools of tools.yaml; the check above is what refuses the others.
      .meta({ enum: [...choices.ids] })
  );
}

/** The profile's `tools`: at least one tool of tools.yaml, each once. */
function toolsField(choices: ToolChoices) {
  return z
    .array(toolChoice(choices), { error: "profile.wrongType" })
    .min(1, { error: "profile.empty" })
    .superRefine((tools, ctx) => {
      const seen = new Set<string>();
      tools.forEach((tool, index) => {
        if (seen.has(tool)) {
          // The tool, not the whole list, is the value the message names.
          ctx.addIssue({
            code: "custom",
            message: "profile.toolsDuplicate",
            path: [index],
            params: { value: tool },
          });
        }
        seen.add(tool);
      });
    })
    .describe("Hulpmiddelen waarmee het centrum beeldbelt");
}

const CONTRACTS_DESCRIPTION =
  "Per hulpmiddel wat jullie verwerkersovereenkomst met de leverancier zegt; zonder dit geen brief voor dat hulpmiddel";

/** `contracts`: for each tool of tools.yaml, optionally, what the centre's contract says. */
function contractsField(choices: ToolChoices) {
  return z
    .strictObject(Object.fromEntries(choices.ids.map((id) => [id, Contract.optional()])), {
      error: "profile.wrongType",
    })
    .optional()
    .describe(CONTRACTS_DESCRIPTION);
}

/** How long the centre keeps each kind of data: Art. 13(2)(a) asks for a period or its criteria. */
const Retention = z.strictObject(
  {
    file: text(600).describe(
      "Hoe lang het centrum het leerlingendossier bewaart (met datum, uur en duur van een gesprek en de notities)",
    ),
    agreement: text(600).describe("Hoe lang het centrum het akkoord van de cliënt bewaart"),
  },
  {
    error: (issue) =>
      issue.input === undefined
        ? "profile.retentionMissing"
        : typeof issue.input === "string"
          ? "profile.retentionText"
          : "profile.wrongType",
  },
);

const PROFILE_DESCRIPTION = "Profiel van een CLB voor clb-consent";

/**
 * The profile of one centre, whatever its tools: the single source of the Profile type. The
 * tools it may name come from tools.yaml at load time (see profileSchema).
 */
export const ProfileSchema = z
  .strictObject({
    id: z
      .string({ error: "profile.wrongType" })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "profile.id" })
      .max(64, { error: "profile.tooLong" })
      .refine((v) => !RESERVED_IDS.has(v), { error: "profile.idReserved" })
      .describe("Korte naam voor bestandsnamen: kleine letters, cijfers, koppeltekens"),
    name: line(200).describe("Naam van het centrum zoals ze in de brief staat"),
    address: Address,
    phone: phone(),
    email: email(),
    website: url(),
    privacyUrl: url().describe("Webadres van de privacyverklaring van het centrum"),
    complaint: Complaint,
    authority: Authority.default({ ...DEFAULT_AUTHORITY }),
    dpo: Dpo.describe("Functionaris voor gegevensbescherming (verplicht voor een CLB)"),
    retention: Retention.describe("Hoe lang het centrum welke gegevens bewaart"),
    breachPromiseHours: z
      .number({ error: "profile.wrongType" })
      .int({ error: "profile.breachHours" })
      .min(1, { error: "profile.breachHours" })
      .max(720, { error: "profile.breachHours" })
      .optional()
      .describe(
        "Eigen belofte van het centrum: binnen zoveel uur een cliënt over een datalek inlichten (zonder: de regel van de AVG)",
      ),
    ownConsentAge: z
      .number({ error: "profile.wrongType" })
      .int({ error: "profile.age" })
      .min(MIN_OWN_CONSENT_AGE, { error: "profile.age" })
      .max(MAX_OWN_CONSENT_AGE, { error: "profile.age" })
      .default(DEFAULT_OWN_CONSENT_AGE)
      .describe(
        "Vanaf deze leeftijd beslist de leerling in principe zelf (12 of jonger; standaard 12)",
      ),
    logo: line(300).optional().describe("PNG- of JPEG-bestand, relatief tegenover het profiel"),
    tools: toolsField({ ids: [], retired: {} }),
    contracts: z
      .record(z.string(), Contract.optional(), { error: "profile.wrongType" })
      .optional()
      .describe(CONTRACTS_DESCRIPTION),
    letterDate: isoDate().optional().describe("Datum van de brief (JJJJ-MM-DD)"),
    version: line(40).optional().describe("Versie van de brief, bijvoorbeeld 2026.1"),
    signature: z
      .boolean({ error: "profile.wrongType" })
      .default(false)
      .describe("Een blok om te ondertekenen onderaan de brief"),
    pdfA: z
      .boolean({ error: "profile.wrongType" })
      .default(true)
      .describe(
        "PDF-brieven als PDF/A-1b, het formaat voor het archief (standaard); false alleen als een programma van het centrum PDF/A niet aanvaardt",
      ),
  })
  .describe(PROFILE_DESCRIPTION);

/** The profile schema for the tools of a tools.yaml: what loadProfile checks and `schema` prints. */
export function profileSchema(choices: ToolChoices) {
  return ProfileSchema.extend({
    tools: toolsField(choices),
    contracts: contractsField(choices),
  }).describe(PROFILE_DESCRIPTION);
}

export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;

/** JSON Schema for editors, generated from the zod schema (never written by hand). */
export function profileJsonSchema(choices: ToolChoices): Record<string, unknown> {
  return z.toJSONSchema(profileSchema(choices), {
    io: "input",
    target: "draft-2020-12",
  }) as Record<string, unknown>;
}
