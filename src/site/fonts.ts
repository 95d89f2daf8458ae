export { provideFontFile } from "../render/fast/font-files.browser.js";
