// markdown-it's CommonJS build is one file and its ES build 77 modules: Node 20 loads the
// CommonJS one about 45 ms faster (measured), and every command parses Markdown. The package
// exports each of its files, so the CommonJS one is imported by its name: an ordinary import
// that Node, esbuild and a bundle for the browser all read the same way.
import MarkdownIt from "markdown-it/dist/index.cjs.js";

export { MarkdownIt };
