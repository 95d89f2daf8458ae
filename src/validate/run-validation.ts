import path from "node:path";
import { loadChecklist } from "../checklist/load-checklist.js";
import { UserError } from "../errors/user-error.js";
import { findProfiles } from "../files/find-profiles.js";
import { loadGuideFacts } from "../guide/load-guide-facts.js";
import { DEFAULT_TEMPLATES_DIR } from "../paths.js";
import { type LoadedProfile, loadProfile } from "../profile/load-profile.js";
import { TEMPLATE_EXT } from "../template/load-templates.js";
import { templateDataFile } from "../template/template-data-file.js";
import { loadTools } from "../tools/load-tools.js";
import { isToolId, TOOL_IDS, type ToolId } from "../tools/tool-ids.js";
import { validateGuideTemplates } from "./validate-guide-templates.js";
import { validateLetter } from "./validate-letter.js";
import { validateTemplates } from "./validate-templates.js";
import { summarize, type ValidationReport, type ValidationTarget } from "./validation-report.js";

export interface ValidationRequest {
  /** Templates (`*.md.hbs`) and letters (.pdf, .docx, .md, .txt); none means every shipped template. */
  readonly files: readonly string[];
  /** A profile to fill templates with or compare letters to. */
  readonly profile?: string;
  /** Where the example profiles are, used for templates when no profile is given. */
  readonly profilesDir: string;
  readonly tool?: ToolId;
  readonly strict: boolean;
}

/** Groups template files by folder; a partial stands for every letter template in its folder. */
function templateGroups(files: readonly string[]): Map<string, Set<ToolId>> {
  const groups = new Map<string, Set<ToolId>>();
  for (const file of files) {
    const isPartial = path.basename(path.dirname(file)) === "partials";
    const dir = isPartial ? path.dirname(path.dirname(file)) : path.dirname(file);
    const tools = groups.get(dir) ?? new Set<ToolId>();
    const name = path.basename(file, TEMPLATE_EXT);
    // A partial, or the e-mail template (templates/email.md.hbs), serves every tool's letter.
    if (isPartial || name === "email") for (const tool of TOOL_IDS) tools.add(tool);
    else if (isToolId(name)) tools.add(name);
    else throw new UserError("validate.unsupportedFile", { file });
    groups.set(dir, tools);
  }
  return groups;
}

/** A guide template lives in a `guides` folder (templates/guides/praatbox.md.hbs). */
function isGuideTemplate(file: string): boolean {
  const dir = path.dirname(file);
  const inPartials = path.basename(dir) === "partials";
  return path.basename(inPartials ? path.dirname(dir) : dir) === "guides";
}

/** The data files that go with templates in `dir`: its own, else the shipped ones. */
async function guideData(dir: string) {
  return {
    facts: await loadGuideFacts(await templateDataFile(dir, "guides/tool-guides.yaml")),
    checklist: await loadChecklist(await templateDataFile(dir, "guide-checklist.yaml")),
    letterChecklist: await loadChecklist(await templateDataFile(dir, "checklist.yaml")),
  };
}

export async function runValidation(request: ValidationRequest): Promise<ValidationReport> {
  const templateFiles = request.files.filter((f) => f.endsWith(TEMPLATE_EXT));
  const letterFiles = request.files.filter((f) => !f.endsWith(TEMPLATE_EXT));
  const guideFiles = templateFiles.filter(isGuideTemplate);
  const groups =
    request.files.length === 0
      ? new Map([[DEFAULT_TEMPLATES_DIR, new Set<ToolId>(TOOL_IDS)]])
      : templateGroups(templateFiles.filter((f) => !isGuideTemplate(f)));
  // Guide folders keyed by the templates folder they belong to (the parent of `guides`).
  const guideGroups =
    request.files.length === 0
      ? new Map([[path.join(DEFAULT_TEMPLATES_DIR, "guides"), new Set<ToolId>(TOOL_IDS)]])
      : templateGroups(guideFiles);
  let profiles: LoadedProfile[] = [];
  if (request.profile) profiles = [await loadProfile(request.profile)];
  else if (groups.size > 0 || guideGroups.size > 0) {
    const files = await findProfiles(request.profilesDir);
    if (files.length === 0)
      throw new UserError("validate.noProfiles", { dir: request.profilesDir });
    profiles = await Promise.all(files.map(loadProfile));
  }

  const targets: ValidationTarget[] = [];
  for (const [dir, tools] of groups) {
    // Templates are checked with the tools.yaml and checklist.yaml beside them, as batch uses them.
    const toolsFile = await loadTools(await templateDataFile(dir, "tools.yaml"));
    const checklist = await loadChecklist(await templateDataFile(dir, "checklist.yaml"));
    targets.push(
      ...(await validateTemplates({
        templatesDir: dir,
        tools: [...tools],
        profiles,
        toolsFile,
        checklist,
      })),
    );
  }
  for (const [guidesDir, tools] of guideGroups) {
    const dir = path.dirname(guidesDir);
    targets.push(
      ...(await validateGuideTemplates({
        guidesDir,
        tools: [...tools],
        profiles,
        toolsFile: await loadTools(await templateDataFile(dir, "tools.yaml")),
        inputs: await guideData(dir),
      })),
    );
  }
  if (letterFiles.length > 0) {
    const toolsFile = await loadTools(path.join(DEFAULT_TEMPLATES_DIR, "tools.yaml"));
    const checklist = await loadChecklist(path.join(DEFAULT_TEMPLATES_DIR, "checklist.yaml"));
    const guide = await guideData(DEFAULT_TEMPLATES_DIR);
    for (const file of letterFiles) {
      targets.push(
        await validateLetter(file, {
          toolsFile,
          checklist,
          guide,
          ...(request.tool ? { tool: request.tool } : {}),
          ...(profiles[0] && request.profile ? { profile: profiles[0] } : {}),
        }),
      );
    }
  }
  return summarize(targets, request.strict);
}
