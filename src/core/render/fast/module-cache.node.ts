import Module, { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Makes `exports` what require() gives for `file` from now on. */
export function putInCache(file: string, exports: unknown): void {
  const module = new Module(file);
  module.filename = file;
  module.loaded = true;
  module.exports = exports;
  require.cache[file] = module;
}

/**
 * Puts a stand-in for a module in require's cache, so the library that requires it on start
 * gets the stand-in, and the module itself is loaded when the stand-in is first used.
 */
export function standInUntilUsed(
  from: NodeJS.Require,
  id: string,
  standIn: (load: () => unknown) => unknown,
): void {
  const file = from.resolve(id);
  if (require.cache[file]) return;
  let loaded: unknown;
  const load = () => {
    if (loaded === undefined) {
      delete require.cache[file];
      loaded = from(id);
    }
    return loaded;
  };
  putInCache(file, standIn(load));
}

/**
 * Runs `load` (a require of a library) while `id`, required from `from`, gives `exports`; then
 * `id` gives again what it gave before. For a built-in module (zlib) the library alone gets the
 * stand-in: it keeps the object it received on load, every later require gets Node's own.
 */
export function whileLoading<T>(
  from: NodeJS.Require,
  id: string,
  exports: unknown,
  load: () => T,
): T {
  const file = from.resolve(id);
  const before = require.cache[file];
  putInCache(file, exports);
  try {
    return load();
  } finally {
    if (before) require.cache[file] = before;
    else delete require.cache[file];
  }
}
