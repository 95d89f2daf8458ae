import * as z from "zod";
import { isoDate, line, text } from "../fields/field-types.js";

/**
 * What the centre's processing agreement ("verwerkersovereenkomst") with a tool's vendor says:
 * the vendor's role, where it processes the data and under which safeguard, how long it keeps
 * what. Only the contract can say this, so it lives in the profile; a tool without it gets no
 * letter (src/core/letter/contract-facts.ts), and the letter states it plainly.
 */
export const VENDOR_ROLES = ["processor", "controller"] as const;
export const PROCESSING_PLACES = ["eu", "outside-eu", "eu-and-outside-eu"] as const;

export const Contract = z.strictObject(
  {
    role: z
      .enum(VENDOR_ROLES, { error: "profile.vendorRole" })
      .optional()
      .describe(
        "Rol van de leverancier volgens jullie verwerkersovereenkomst: processor (verwerker van het centrum) of controller (zelf verantwoordelijk)",
      ),
    where: z
      .enum(PROCESSING_PLACES, { error: "profile.processingPlace" })
      .optional()
      .describe("Waar de leverancier de gegevens verwerkt: eu, outside-eu of eu-and-outside-eu"),
    safeguard: line(300)
      .optional()
      .describe(
        "De waarborg voor gegevens buiten de EU, zoals de overeenkomst ze noemt (verplicht tenzij where: eu)",
      ),
    retention: text(600)
      .optional()
      .describe(
        "Wat de leverancier over een gesprek bijhoudt en hoe lang, volgens de overeenkomst",
      ),
    agreement: line(200).optional().describe("Naam van de verwerkersovereenkomst"),
    agreementDate: isoDate().optional().describe("Datum van de overeenkomst (JJJJ-MM-DD)"),
  },
  { error: "profile.wrongType" },
);

export type Contract = z.infer<typeof Contract>;
