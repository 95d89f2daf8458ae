/** Values a message interpolates; translated at the CLI, never inside the core. */
export type MessageParams = Record<string, string | number>;
