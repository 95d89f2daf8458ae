import type { Command } from "commander";
import type { CliContext } from "./cli-context.js";

interface SchemaFlags {
  templates?: string;
}

export function addSchemaCommand(program: Command, ctx: CliContext): void {
  program
    .command("schema")
    .description(ctx.t("cli.schema.description"))
    .option("--templates <dir>", ctx.t("cli.opt.templates"))
    .action(async (flags: SchemaFlags) => {
      const [{ profileJsonSchema }, { loadTools }, { toolChoices }, { DEFAULT_TEMPLATES_DIR }] =
        await Promise.all([
          import("../../core/profile/profile-schema.js"),
          import("../io/load-tools.js"),
          import("../../core/tools/tool-catalog.js"),
          import("../../paths.js"),
        ]);
      // The tools a profile may name are those of the tools.yaml beside the templates.
      const { templateDataFile } = await import("../io/template-data-file.js");
      const dir = flags.templates ?? DEFAULT_TEMPLATES_DIR;
      const tools = await loadTools(await templateDataFile(dir, "tools.yaml"));
      ctx.out(JSON.stringify(profileJsonSchema(toolChoices(tools)), null, 2));
    });
}
