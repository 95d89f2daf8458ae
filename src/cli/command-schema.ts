import type { Command } from "commander";
import type { CliContext } from "./cli-context.js";

export function addSchemaCommand(program: Command, ctx: CliContext): void {
  program
    .command("schema")
    .description(ctx.t("cli.schema.description"))
    .action(async () => {
      const { profileJsonSchema } = await import("../profile/profile-schema.js");
      ctx.out(JSON.stringify(profileJsonSchema(), null, 2));
    });
}
