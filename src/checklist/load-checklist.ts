import { UserError } from "../errors/user-error.js";
import { readBoundedText } from "../files/read-bounded.js";
import { issuesToProblems } from "../profile/issue-to-problem.js";
import { parseYamlSource } from "../yaml/yaml-source.js";
import { type Checklist, ChecklistSchema } from "./checklist-schema.js";

export async function loadChecklist(file: string): Promise<Checklist> {
  const text = await readBoundedText(file, 512 * 1024);
  const { source, problems } = parseYamlSource(file, text);
  if (!source) throw new UserError("checklist.invalid", { file }, problems);
  const result = ChecklistSchema.safeParse(source.value, { reportInput: true });
  if (!result.success) {
    throw new UserError(
      "checklist.invalid",
      { file },
      issuesToProblems(result.error.issues, ChecklistSchema, source),
    );
  }
  return result.data;
}
