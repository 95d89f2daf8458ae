import type { Command } from "commander";
import { profileJsonSchema } from "../profile/profile-schema.js";
import type { CliContext } from "./cli-context.js";

export function addSchemaCommand(program: Command, ctx: CliContext): void {
  program
    .command("schema")
    .description(ctx.t("cli.schema.description"))
    .action(() => {
      ctx.out(JSON.stringify(profileJsonSchema(), null, 2));
    });
}
