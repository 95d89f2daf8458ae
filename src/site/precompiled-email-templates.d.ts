// The e-mail template and the partials it uses, precompiled by the site's build
// (scripts/build-site.js) for render.js, which makes the e-mail drafts.
declare module "clb:precompiled-email-templates" {
  const specs: Readonly<Record<string, Parameters<typeof import("handlebars").template>[0]>>;
  export default specs;
}
