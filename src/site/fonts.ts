export { provideFontFile } from "../core/render/fast/font-files.browser.js";
