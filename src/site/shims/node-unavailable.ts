/*
 * What src/node/validate/ imports of Node besides node:path (io/: reading files from disk), for the check part: the page gives the bytes itself and never reaches it.
 */
function unavailable(): never {
  throw new Error("reading files from disk is not part of the page");
}

export const open = unavailable;
export const readdir = unavailable;
export const readFile = unavailable;
export const realpath = unavailable;
export const stat = unavailable;
export default { open, readdir, readFile, realpath, stat };
