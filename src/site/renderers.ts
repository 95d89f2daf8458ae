/**
 * The renderers as the page loads them: after the fonts they need (the page gives them with
 * provideFontFile before it imports this module, which parses the regular face on load).
 */
export { renderDocx } from "../core/render/render-docx.js";
export { renderPdf } from "../core/render/render-pdf.js";
