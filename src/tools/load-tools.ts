import { UserError } from "../errors/user-error.js";
import { readBoundedText } from "../files/read-bounded.js";
import { issuesToProblems } from "../profile/issue-to-problem.js";
import { parseYamlSource } from "../yaml/yaml-source.js";
import { type ToolsFile, ToolsFileSchema } from "./tool-schema.js";

export async function loadTools(file: string): Promise<ToolsFile> {
  const text = await readBoundedText(file, 256 * 1024);
  const { source, problems } = parseYamlSource(file, text);
  if (!source) throw new UserError("tools.invalid", { file }, problems);
  const result = ToolsFileSchema.safeParse(source.value, { reportInput: true });
  if (!result.success) {
    throw new UserError(
      "tools.invalid",
      { file },
      issuesToProblems(result.error.issues, ToolsFileSchema, source),
    );
  }
  return result.data;
}
