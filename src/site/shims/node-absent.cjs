/*
 * Node's modules that nodemailer imports but the page's e-mail draft never reaches (files,
 * URLs, DNS, sockets, HTTP: the draft is composed from bytes given, with file and URL access
 * off, and its boundary and Message-ID given). CommonJS, so any name nodemailer imports from
 * it resolves; using one is a bug, said at once.
 */
function absent(name) {
  return () => {
    throw new Error(`${String(name)} of Node is not part of the page`);
  };
}
module.exports = new Proxy(
  {},
  { get: (_target, name) => (name === "__esModule" ? false : absent(name)) },
);
