import type {} from "handlebars";
import { KNOWN_HELPERS } from "./helpers.js";

export type UsageKind = "helper" | "partial" | "variable" | "decorator";

/** Something a template refers to by name, with its 1-based position. */
export interface Usage {
  readonly kind: UsageKind;
  readonly name: string;
  readonly line: number;
  readonly column: number;
  /** For variables: the block helpers (each, with) that changed the context around it. */
  readonly scopes: readonly string[];
  /** For variables: `@index`-style data variables, and `this`-relative paths. */
  readonly data?: boolean;
}

type Node = hbs.AST.Node & Record<string, unknown>;

function pos(node: hbs.AST.Node): { line: number; column: number } {
  return { line: node.loc.start.line, column: node.loc.start.column + 1 };
}

/** Lists every helper, partial, decorator and variable a template uses, without any data. */
export function collectUsages(program: hbs.AST.Program): Usage[] {
  const usages: Usage[] = [];
  const walk = (node: Node | null | undefined, scopes: readonly string[]): void => {
    if (!node || typeof node !== "object") return;
    switch (node.type) {
      case "Program":
        for (const child of (node as unknown as hbs.AST.Program).body) walk(child as Node, scopes);
        return;
      case "MustacheStatement":
      case "SubExpression":
      case "BlockStatement":
      case "DecoratorBlock":
      case "Decorator": {
        const call = node as unknown as hbs.AST.BlockStatement;
        const isDecorator = node.type === "DecoratorBlock" || node.type === "Decorator";
        const path = call.path as hbs.AST.PathExpression;
        const hasArgs = (call.params?.length ?? 0) > 0 || (call.hash?.pairs.length ?? 0) > 0;
        const isBlock = node.type === "BlockStatement";
        const name = path.type === "PathExpression" ? path.original : String(path.type);
        if (isDecorator) usages.push({ kind: "decorator", name, ...pos(node), scopes });
        else if (
          path.type === "PathExpression" &&
          path.parts.length === 1 &&
          !path.data &&
          (hasArgs || KNOWN_HELPERS.has(name) || node.type === "SubExpression")
        ) {
          usages.push({ kind: "helper", name, ...pos(path), scopes });
        } else walk(path as unknown as Node, scopes);
        for (const param of call.params ?? []) walk(param as Node, scopes);
        for (const pair of call.hash?.pairs ?? []) walk(pair.value as Node, scopes);
        if (isBlock) {
          const inner = name === "each" || name === "with" ? [...scopes, name] : scopes;
          walk(call.program as unknown as Node, inner);
          walk(call.inverse as unknown as Node, scopes);
        }
        return;
      }
      case "PartialStatement":
      case "PartialBlockStatement": {
        const partial = node as unknown as hbs.AST.PartialStatement;
        const nameNode = partial.name as hbs.AST.PathExpression;
        usages.push({
          kind: "partial",
          name: nameNode.original ?? String(nameNode.type),
          ...pos(node),
          scopes,
        });
        for (const param of partial.params ?? []) walk(param as Node, scopes);
        for (const pair of partial.hash?.pairs ?? []) walk(pair.value as Node, scopes);
        if (node.type === "PartialBlockStatement")
          walk(
            (node as unknown as hbs.AST.PartialBlockStatement).program as unknown as Node,
            scopes,
          );
        return;
      }
      case "PathExpression": {
        const path = node as unknown as hbs.AST.PathExpression;
        usages.push({
          kind: "variable",
          name: path.original,
          ...pos(node),
          scopes,
          data: path.data,
        });
        return;
      }
      default:
        return;
    }
  };
  walk(program as unknown as Node, []);
  return usages;
}
