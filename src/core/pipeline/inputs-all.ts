/**
 * What a manifest entry's `inputs.all` hash is made of, in this order, each part followed by a
 * NUL (src/node/batch/hash.ts sha256). The batch's plan and the page's zip hash the same list, so a
 * letter from the page proves its inputs as one from `generate` does.
 */
export interface InputsOfFile {
  readonly generator: string;
  readonly format: string;
  readonly date: string;
  readonly signature: boolean;
  readonly parents: boolean;
  readonly guide: boolean;
  readonly profile: string;
  readonly template: string;
  readonly tools: string;
  readonly checklist: string;
  /**
   * An e-mail that also carries a translation's PDF (`--translation`): the language's code and
   * the hashes that make that PDF, so the same e-mail without it is not taken for unchanged.
   */
  readonly attached?: string;
}

export function inputsAllParts(inputs: InputsOfFile): string[] {
  return [
    inputs.generator,
    inputs.format,
    inputs.date,
    inputs.signature ? "signature" : "",
    // The pupil's letters keep the hash they had before there were two audiences.
    inputs.parents ? "parents" : "",
    inputs.profile,
    inputs.template,
    inputs.tools,
    inputs.checklist,
    // Only guides add a part: letters keep the hashes of manifests made before guides.
    ...(inputs.guide ? ["guide"] : []),
    // Only an e-mail with a translation attached adds one: the others keep their hashes.
    ...(inputs.attached ? [`attached ${inputs.attached}`] : []),
  ];
}
