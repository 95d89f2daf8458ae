import { isMessageKey } from "../core/i18n/messages-nl.js";
import type { Translate } from "../core/i18n/translator.js";
import { profileJsonSchema, type ToolChoices } from "../core/profile/profile-schema.js";

/*
 * The form is made from the profile's zod schema (through its JSON Schema, the same one editors
 * get): a field added to the schema appears on the page without touching this folder. Labels and
 * help texts are messages (`field.<path>`, `field.<path>.help`), so the page speaks the chosen
 * language; a field that has none yet shows the schema's `.describe()` text (Dutch) or its path.
 */

export type FieldKind = "text" | "textarea" | "number" | "checkbox" | "choices" | "select" | "date";

export interface FormField {
  /** Dotted path in the profile (`complaint.email`), the same the CLI's messages name. */
  readonly path: string;
  readonly label: string;
  /** A sentence under the field: the format or what happens when it stays empty. */
  readonly help?: string;
  readonly required: boolean;
  readonly kind: FieldKind;
  readonly choices?: readonly { readonly value: string; readonly label: string }[];
  readonly defaultValue?: string | number | boolean;
  readonly min?: number;
  readonly max?: number;
  readonly maxLength?: number;
}

export interface FormGroup {
  readonly id: GroupId;
  readonly title: string;
  readonly fields: readonly FormField[];
}

const GROUPS = [
  "centre",
  "privacy",
  "complaints",
  "dpo",
  "tools",
  "letter",
  "logo",
  "other",
] as const;
export type GroupId = (typeof GROUPS)[number];

// Which group each top-level field belongs to; a field the schema gains later lands in "other".
const GROUP_OF: Readonly<Record<string, GroupId>> = {
  id: "centre",
  name: "centre",
  address: "centre",
  phone: "centre",
  email: "centre",
  website: "centre",
  privacyUrl: "privacy",
  retention: "privacy",
  ownConsentAge: "privacy",
  complaint: "complaints",
  authority: "complaints",
  dpo: "dpo",
  tools: "tools",
  contracts: "tools",
  breachPromiseHours: "privacy",
  letterDate: "letter",
  version: "letter",
  signature: "letter",
  pdfA: "letter",
  logo: "logo",
};

const TRANSLATION_FIELDS = ["translations", "translated"];

// The logo is uploaded, not typed: the page handles it apart from the generated fields.
export const LOGO_FIELD = "logo";

interface JsonSchema {
  readonly type?: string;
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly enum?: readonly string[];
  readonly default?: unknown;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly maxLength?: number;
}

// Free text over this length is a paragraph (retention), not a line.
const TEXTAREA_FROM = 1000;

function textsOf(
  t: Translate,
  path: string,
  schema: JsonSchema,
  choiceLabel: (value: string) => string,
) {
  // The contract's fields, once per tool of tools.yaml: one message each, with the tool's name.
  const [head, tool, field] = path.split(".");
  if (head === "contracts" && tool && field) {
    const key = `field.contract.${field}`;
    const help = `${key}.help`;
    if (isMessageKey(key)) {
      return {
        label: t(key, { tool: choiceLabel(tool) }),
        ...(isMessageKey(help) ? { help: t(help) } : {}),
      };
    }
  }
  const label = `field.${path}`;
  const help = `field.${path}.help`;
  return {
    label: isMessageKey(label) ? t(label) : (schema.description ?? path),
    ...(isMessageKey(help) ? { help: t(help) } : {}),
  };
}

/** A value of a list to pick one from, in words (`field.choice.<value>`), else as it is. */
function valueLabel(t: Translate, value: string): string {
  const key = `field.choice.${value}`;
  return isMessageKey(key) ? t(key) : value;
}

function fieldsOf(
  t: Translate,
  schema: JsonSchema,
  prefix: string,
  required: boolean,
  choiceLabel: (value: string) => string,
  defaults: unknown,
): FormField[] {
  const out: FormField[] = [];
  const requiredKeys = new Set(schema.required ?? []);
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    const isRequired = required && requiredKeys.has(key);
    const fromParent =
      defaults !== null && typeof defaults === "object"
        ? (defaults as Record<string, unknown>)[key]
        : undefined;
    const defaultValue = child.default ?? fromParent;
    if (child.type === "object") {
      out.push(...fieldsOf(t, child, path, isRequired, choiceLabel, defaultValue));
      continue;
    }
    const base = { path, ...textsOf(t, path, child, choiceLabel), required: isRequired };
    const given =
      typeof defaultValue === "string" ||
      typeof defaultValue === "number" ||
      typeof defaultValue === "boolean"
        ? { defaultValue }
        : {};
    if (child.type === "array" && child.items?.enum) {
      const choices = child.items.enum.map((value) => ({ value, label: choiceLabel(value) }));
      out.push({ ...base, kind: "choices", choices });
    } else if (child.enum) {
      const choices = child.enum.map((value) => ({ value, label: valueLabel(t, value) }));
      out.push({ ...base, ...given, kind: "select", choices });
    } else if (child.type === "boolean") {
      out.push({ ...base, ...given, kind: "checkbox" });
    } else if (child.type === "integer" || child.type === "number") {
      out.push({
        ...base,
        ...given,
        kind: "number",
        ...(child.minimum !== undefined ? { min: child.minimum } : {}),
        ...(child.maximum !== undefined ? { max: child.maximum } : {}),
      });
    } else {
      const kind: FieldKind = /date/i.test(key)
        ? "date"
        : (child.maxLength ?? 0) >= TEXTAREA_FROM
          ? "textarea"
          : "text";
      out.push({
        ...base,
        ...given,
        kind,
        ...(child.maxLength !== undefined ? { maxLength: child.maxLength } : {}),
      });
    }
  }
  return out;
}

/**
 * The profile's fields, grouped for the page, labels and help in the language of `t`.
 * The tools offered are those of the tools.yaml in use (`tools`), as the CLI checks them.
 */
export function formGroups(
  t: Translate,
  tools: ToolChoices,
  choiceLabel: (value: string) => string,
): FormGroup[] {
  const schema = profileJsonSchema(tools) as JsonSchema;
  // The translations have a part of their own (translation-fields.ts): a list of languages
  // to tick, and texts keyed by a path, which the schema gives as free text and a record.
  const fields = fieldsOf(t, schema, "", true, choiceLabel, undefined).filter(
    (f) => !TRANSLATION_FIELDS.includes(f.path.split(".")[0] ?? ""),
  );
  return GROUPS.map((id) => ({
    id,
    title: t(`web.group.${id}`),
    fields: fields.filter((f) => (GROUP_OF[f.path.split(".")[0] ?? ""] ?? "other") === id),
  })).filter((group) => group.fields.length > 0);
}
