/**
 * What the site's build (scripts/build-site.js) bundles with the page: the shipped templates
 * folder as text, and the parts of the manifest's input hashes that do not depend on the
 * profile, computed in Node as `generate` computes them, so that the page's manifest.json is
 * the one `generate` would write for the same profile file and logo.
 */
export interface SiteData {
  /**
   * Every file of templates/ but the translations (lang/), by its name in the folder
   * (`partials/rechten.md.hbs`).
   */
  readonly templates: Readonly<Record<string, string>>;
  /**
   * Per translation (templates/lang/<code>/): the script that gives its folder when it is
   * chosen (language-loader.ts), and what the form shows of it before then.
   */
  readonly languages: Readonly<Record<string, SiteLanguage>>;
  /** Font file (as the renderers name it) -> the script that gives it (`fonts/regular.js`). */
  readonly fonts: Readonly<Record<string, string>>;
  readonly manifest: {
    readonly generator: string;
    /** Per tool: the hash of its entry in tools.yaml (batch/tool-hash.ts). */
    readonly tools: Readonly<Record<string, string>>;
    /** checklist.yaml (letters) and guide-checklist.yaml (guides). */
    readonly checklists: { readonly letter: string; readonly guide: string };
    /** Per tool: its letter template and partials (a letter). */
    readonly letters: Readonly<Record<string, string>>;
    /** Per tool: the letter's hash and the e-mail template (an e-mail draft, plan-batch.ts). */
    readonly emails: Readonly<Record<string, string>>;
    readonly guides: Readonly<Record<string, string>>;
    /** Per translation, the same for its letters (batch/plan-batch.ts languageHashes). */
    readonly languages: Readonly<Record<string, LanguageManifestHashes>>;
  };
}

/** A translation as the form lists it: its language.yaml's names, direction and state. */
export interface SiteLanguage {
  /** `lang-fr.js`, beside the page. */
  readonly script: string;
  readonly name: string;
  readonly nativeName: string;
  readonly nameNl: string;
  /** BCP 47 tag, for the `lang` of the inputs of its texts. */
  readonly tag: string;
  readonly dir: "ltr" | "rtl";
  readonly reviewed: boolean;
}

export interface LanguageManifestHashes {
  readonly letters: Readonly<Record<string, string>>;
  readonly emails: Readonly<Record<string, string>>;
  readonly tools: Readonly<Record<string, string>>;
  readonly checklist: string;
}

declare const __CLB_SITE_DATA__: SiteData;

export function siteData(): SiteData {
  return __CLB_SITE_DATA__;
}
