import type { Checklist } from "../checklist/checklist-schema.js";
import { readChecklist } from "../checklist/parse-checklist.js";
import { type Problem, UserError } from "../errors/user-error.js";
import { type InputSource, readText, within } from "../files/input-source.js";
import {
  LANGUAGE_CODE_PATTERN,
  type Language,
  LanguageSchema,
  LanguageToolsSchema,
} from "../letter/language-schema.js";
import { languageHelperWords } from "../letter/language-words.js";
import { TOOL_PROSE_FIELDS } from "../letter/prose-fields.js";
import { compileTemplates, type TemplateSet } from "../template/load-templates.js";
import { toolIds } from "../tools/tool-catalog.js";
import type { ToolId } from "../tools/tool-ids.js";
import type { ToolsFile } from "../tools/tool-schema.js";
import { MAX_DATA_FILE_BYTES, parseYamlFile, readYamlFile } from "../yaml/parse-yaml-file.js";
import { parseYamlSource, yamlFieldAt } from "../yaml/yaml-source.js";

/** The folder of the templates folder that holds one folder per language. */
export const LANGUAGES_DIR = "lang";

/** One translation's inputs: its data, templates, checklist, and tools.yaml with its prose. */
export interface LanguageInputs {
  readonly language: Language;
  /** language.yaml as messages name it. */
  readonly file: string;
  readonly templates: TemplateSet;
  readonly checklist: Checklist;
  /** The Dutch tools.yaml with the language's prose (its tools.yaml) in place of the Dutch. */
  readonly tools: ToolsFile;
}

/** The languages a templates folder offers: the folders of `lang/`, sorted. */
export async function languageCodes(source: InputSource): Promise<string[]> {
  const entries = await source.list(LANGUAGES_DIR);
  const codes: string[] = [];
  for (const entry of entries) {
    if (!LANGUAGE_CODE_PATTERN.test(entry)) continue;
    // A folder, not a stray file: it has a language.yaml (a folder without one is refused
    // when it is asked for, naming that file).
    if ((await source.list(`${LANGUAGES_DIR}/${entry}`)).length > 0) codes.push(entry);
  }
  return codes.sort();
}

/** A language's Dutch name (language.yaml's nameNl) for a message; its code if that does not read. */
export async function languageNameNl(source: InputSource, code: string): Promise<string> {
  try {
    const folder = within(source, `${LANGUAGES_DIR}/${code}`);
    return (await readYamlFile(folder, "language.yaml", LanguageSchema, "language.invalid")).nameNl;
  } catch {
    return code;
  }
}

/**
 * Reads one language folder (`lang/<code>/`): language.yaml, the letter templates for `tools`
 * and every partial, checklist.yaml, and tools.yaml merged over the Dutch `facts`. Every
 * problem names its file, line and field.
 */
export async function readLanguage(
  source: InputSource,
  code: string,
  tools: readonly ToolId[],
  facts: ToolsFile,
): Promise<LanguageInputs> {
  const folder = within(source, `${LANGUAGES_DIR}/${code}`);
  const file = folder.where("language.yaml");
  const language = await readYamlFile(folder, "language.yaml", LanguageSchema, "language.invalid");
  if (language.code !== code) {
    throw new UserError("language.invalid", { file }, [
      { file, line: 1, column: 1, field: "code", key: "language.codeFolder", params: { code } },
    ]);
  }
  const [templates, checklist, merged] = await Promise.all([
    compileTemplates(folder, tools, languageHelperWords(language)),
    readChecklist(folder, "checklist.yaml", toolIds(facts)),
    readLanguageTools(folder, tools, facts),
  ]);
  return { language, file, templates, checklist, tools: merged };
}

/**
 * The Dutch tools.yaml with the language's prose in place: for each tool asked for, every prose
 * field the Dutch tool has must be translated (a translated letter never shows Dutch).
 */
async function readLanguageTools(
  folder: InputSource,
  tools: readonly ToolId[],
  facts: ToolsFile,
): Promise<ToolsFile> {
  const file = folder.where("tools.yaml");
  const text = await readText(folder, "tools.yaml", MAX_DATA_FILE_BYTES, yamlFieldAt);
  const prose = parseYamlFile(file, text, LanguageToolsSchema, "language.invalid");
  const { source } = parseYamlSource(file, text);
  const problems: Problem[] = [];
  const merged: Record<string, ToolsFile["tools"][string]> = { ...facts.tools };
  for (const id of tools) {
    const dutch = facts.tools[id];
    if (!dutch) continue;
    const own = prose.tools[id] ?? {};
    const tool = { ...dutch };
    for (const field of TOOL_PROSE_FIELDS) {
      if (dutch[field] === undefined) continue;
      const translated = own[field];
      if (translated === undefined) {
        const at = source?.locate(prose.tools[id] ? ["tools", id] : ["tools"]) ?? { line: 1 };
        problems.push({
          file,
          ...at,
          field: `tools.${id}.${field}`,
          key: "language.toolProseMissing",
          params: { tool: id, field },
        });
      } else {
        (tool as Record<string, unknown>)[field] = translated;
      }
    }
    merged[id] = tool;
  }
  if (problems.length > 0) throw new UserError("language.invalid", { file }, problems);
  return { ...facts, tools: merged };
}
