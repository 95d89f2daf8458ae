import * as fontkit from "fontkit";
import PDFDocument from "pdfkit";

/**
 * fontkit and pdfkit as the browser loads them: their own browser builds (ES modules without
 * Node's modules; pdfkit's compresses with fflate, as ../compress.ts does). The twin of
 * libraries.node.ts, taken instead of it by the site's build (scripts/build-site.js). No
 * module is replaced on load: those replacements only shorten Node's start.
 */
export { fontkit, PDFDocument };
