import path from "node:path";
import { checkClauses } from "../../core/checklist/check-clauses.js";
import { documentText } from "../../core/document/document-text.js";
import { emailBody } from "../../core/email/email-draft.js";
import { EMAIL_TEMPLATE, loadEmailTemplate } from "../../core/email/email-template.js";
import { attachmentName, emailContext } from "../../core/email/letter-email.js";
import { isUserError, type Problem } from "../../core/errors/user-error.js";
import { AUDIENCE_FILE_SUFFIX, AUDIENCES } from "../../core/letter/audience.js";
import { makeLetter } from "../../core/letter/make-letter.js";
import type { LoadedProfile } from "../../core/profile/load-profile.js";
import type { TemplateSet } from "../../core/template/load-templates.js";
import type { ToolId } from "../../core/tools/tool-ids.js";
import type { ToolsFile } from "../../core/tools/tool-schema.js";
import { loadChecklist } from "../io/load-checklist.js";
import { profilesForTool } from "./profiles-for-tool.js";
import type { ValidationTarget } from "./validation-report.js";

export const EMAIL_CHECKLIST = "email-checklist.yaml";

/**
 * Fills in the e-mail template (when the templates folder has one) with every profile and tool,
 * and checks the text against `email-checklist.yaml`: above all, that it says how to agree.
 * Both audiences' e-mails are checked: the template words them apart (`letter.parents`), and
 * a clause could be missing from one of them only.
 */
export async function validateEmailTemplate(
  templates: TemplateSet,
  tools: readonly ToolId[],
  profiles: readonly LoadedProfile[],
  toolsFile: ToolsFile,
): Promise<ValidationTarget[]> {
  const file = path.join(templates.dir, EMAIL_TEMPLATE);
  let template: Awaited<ReturnType<typeof loadEmailTemplate>>;
  let checklist: Awaited<ReturnType<typeof loadChecklist>>;
  try {
    template = await loadEmailTemplate(templates);
    checklist = await loadChecklist(path.join(templates.dir, EMAIL_CHECKLIST));
  } catch (error) {
    if (!isUserError(error)) throw error;
    // No e-mail template here (a folder made before e-mails existed): nothing to check.
    if (error.problems.some((p) => p.key === "template.missing")) return [];
    const problems: Problem[] =
      error.problems.length > 0
        ? [...error.problems]
        : [{ file, key: error.key, params: error.params }];
    return [{ kind: "template", file, clauses: [], problems }];
  }
  const targets: ValidationTarget[] = [];
  for (const tool of tools) {
    for (const loaded of profilesForTool(profiles, tool)) {
      for (const audience of AUDIENCES) {
        let clauses: ValidationTarget["clauses"] = [];
        const problems: Problem[] = [];
        try {
          const doc = makeLetter(loaded, tool, { templates, tools: toolsFile, audience });
          const attachment = attachmentName(doc).replace(
            /\.pdf$/,
            `${AUDIENCE_FILE_SUFFIX[audience]}.pdf`,
          );
          const context = emailContext(doc, loaded.profile, attachment, audience === "parents");
          const body = emailBody(template.render(context), template.file, doc.meta);
          clauses = checkClauses(checklist, documentText(body), tool, {});
        } catch (error) {
          if (!isUserError(error)) throw error;
          problems.push(
            ...(error.problems.length > 0
              ? error.problems
              : [{ file, key: error.key, params: error.params }]),
          );
        }
        targets.push({
          kind: "template",
          file,
          profile: path.basename(loaded.file),
          tool,
          audience,
          clauses,
          problems,
        });
      }
    }
  }
  return targets;
}
