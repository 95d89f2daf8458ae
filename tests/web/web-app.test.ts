import { readFile } from "node:fs/promises";
import path from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import type { Hono } from "hono";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readDocx } from "../../src/extract/read-docx.js";
import { readPdf } from "../../src/extract/read-pdf.js";
import { isMessageKey } from "../../src/i18n/messages-nl.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { parseProfile } from "../../src/io/load-profile.js";
import { loadShippedTools } from "../../src/io/load-tools.js";
import { MAX_PROFILE_BYTES } from "../../src/profile/load-profile.js";
import { toolChoices, toolFacts, toolIds } from "../../src/tools/tool-catalog.js";
import type { ToolId } from "../../src/tools/tool-ids.js";
import { type LetterSources, loadLetterSources } from "../../src/web/centre-files.js";
import { formGroups } from "../../src/web/form-fields.js";
import { escapeHtml } from "../../src/web/page-html.js";
import { hostsFor } from "../../src/web/request-guard.js";
import { createWebApp, MAX_LETTER_UPLOAD_BYTES } from "../../src/web/web-app.js";
import { PROFILES } from "../helpers/cli.js";

const ORIGIN = "http://127.0.0.1:4173";
const t = createTranslator("nl");
let app: Hono;
let sources: LetterSources;
let brug: Record<string, unknown>;

beforeAll(async () => {
  sources = await loadLetterSources();
  app = await createWebApp({
    lang: "nl",
    address: { hosts: hostsFor("127.0.0.1", 4173) },
    sources,
  });
  brug = parse(await readFile(path.join(PROFILES, "clb-de-brug.yaml"), "utf8")) as Record<
    string,
    unknown
  >;
});

/** A request as the page's own script sends it. */
function request(url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has("origin") && init.method === "POST") headers.set("origin", ORIGIN);
  return Promise.resolve(app.request(`${ORIGIN}${url}`, { ...init, headers }));
}

const postJson = (url: string, body: unknown) =>
  request(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

function upload(url: string, parts: Record<string, string | File>): Promise<Response> {
  const form = new FormData();
  for (const [name, value] of Object.entries(parts)) form.append(name, value);
  return request(url, { method: "POST", body: form });
}

interface PreviewAnswer {
  ok: boolean;
  problems: { field?: string; message: string }[];
  letters?: { key: string; label: string }[];
  files?: { name: string; letter: string }[];
  preview?: { key: string; blocks: unknown[] };
}

async function previewOf(profile: unknown, letter?: string): Promise<PreviewAnswer> {
  const response = await postJson("/api/preview", { profile, letter });
  expect(response.status).toBe(200);
  return (await response.json()) as PreviewAnswer;
}

/** Proof the server still works after a bad request. */
async function stillWorks(): Promise<void> {
  const answer = await previewOf(brug);
  expect(answer.ok).toBe(true);
}

describe("the page", () => {
  it("serves the form with a labelled field for every profile field and a strict CSP", async () => {
    const response = await request("/");
    expect(response.status).toBe(200);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    const html = await response.text();
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    for (const field of [
      "id",
      "name",
      "address.city",
      "complaint.email",
      "dpo.email",
      "retention.file",
      "contracts.teams.agreement",
    ]) {
      const id = `f-${field.replace(/\./g, "-")}`;
      expect(html, field).toContain(`<label for="${id}">`);
      expect(html, field).toContain(`id="${id}" name="${field}"`);
    }
    // Labels and help are messages; the help is read out with the field; required fields are marked.
    expect(html).toContain(`<label for="f-name">${t("field.name")} <span class="required"`);
    expect(html).toContain(`<p class="help" id="f-id-help">${t("field.id.help")}</p>`);
    expect(html).toMatch(/id="f-id" name="id"[^>]*aria-describedby="f-id-help f-id-error"/);
    expect(html).toMatch(/for="f-name">[^<]*<span class="required"/);
    expect(html).toMatch(/for="f-retention-file">[^<]*<span class="required"/);
    expect(html).not.toMatch(/for="f-breachPromiseHours">[^<]*<span class="required"/);
    expect(html).toContain('accept="image/png,image/jpeg"');
    for (const group of ["centre", "privacy", "complaints", "dpo", "tools", "letter", "logo"]) {
      expect(html).toContain(`id="group-${group}"`);
    }
  });

  it("offers every tool of tools.yaml by its name, and no retired one", async () => {
    const html = await (await request("/")).text();
    const tools = await loadShippedTools();
    expect(toolIds(tools).length).toBeGreaterThan(2);
    for (const id of toolIds(tools)) {
      expect(html, id).toMatch(
        new RegExp(`name="tools" value="${id}"[^>]*> ${toolFacts(tools, id).name}</label>`),
      );
    }
    expect(html).not.toContain('value="skype"');
  });

  it("serves its own script and style, and nothing else", async () => {
    expect((await request("/static/app.js")).headers.get("content-type")).toContain("javascript");
    expect((await request("/static/style.css")).status).toBe(200);
    const missing = await request("/static/..%2Fweb-app.ts");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: t("web.error.notFound") });
  });

  it("is in English with --lang en", async () => {
    const english = await createWebApp({
      lang: "en",
      address: { hosts: hostsFor("127.0.0.1", 4173) },
      sources,
    });
    const html = await (await english.request(`${ORIGIN}/`)).text();
    expect(html).toContain("Consent letters for video calls");
    expect(html).toContain('<html lang="en">');
    // Every field's label is English, none the schema's Dutch fallback.
    const en = createTranslator("en");
    const shipped = await loadShippedTools();
    const fields = formGroups(
      en,
      toolChoices(shipped),
      (id) => toolFacts(shipped, id as ToolId).name,
    ).flatMap((group) => group.fields);
    expect(fields.length).toBeGreaterThan(20);
    for (const field of fields) {
      // A tool's contract: one message per field for every tool, with the tool's name.
      const key = field.path.startsWith("contracts.")
        ? `field.contract.${field.path.split(".")[2]}`
        : `field.${field.path}`;
      expect(isMessageKey(key), key).toBe(true);
      expect(html, key).toContain(escapeHtml(field.label));
      for (const choice of field.choices ?? [])
        expect(html, key).toContain(escapeHtml(choice.label));
    }
    expect(html).toContain("Name of the centre");
    expect(html).toContain(`<option value="">${en("web.select.none")}</option>`);
    expect(html).not.toContain("Naam van het centrum");
  });
});

describe("requests from elsewhere", () => {
  it("refuses another Host (DNS rebinding) with 403 and a Dutch message", async () => {
    const response = await app.request("http://evil.example:4173/");
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: t("web.error.forbidden") });
  });

  it("refuses another site's Origin or a cross-site fetch (CSRF) with 403", async () => {
    const foreign = await request("/api/preview", {
      method: "POST",
      headers: { origin: "http://evil.example", "content-type": "application/json" },
      body: JSON.stringify({ profile: brug }),
    });
    expect(foreign.status).toBe(403);
    const crossSite = await request("/api/preview", {
      method: "POST",
      headers: { "sec-fetch-site": "cross-site", "content-type": "application/json" },
      body: JSON.stringify({ profile: brug }),
    });
    expect(crossSite.status).toBe(403);
    await stillWorks();
  });
});

/**
 * A request body of `total` bytes at most, in chunks of `chunk`, counting the chunks pulled. It
 * ends: a server that ignores its size limit reads it all and answers something else than 413,
 * and the test fails. An endless body made such a server read until the run was killed at
 * 24 GB (issue 27, point 8).
 */
function boundedBody(total: number, chunk: number) {
  const state = { pulled: 0, sent: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const size = Math.min(chunk, total - state.sent);
      if (size <= 0) {
        controller.close();
        return;
      }
      state.pulled += 1;
      state.sent += size;
      controller.enqueue(new Uint8Array(size));
    },
  });
  return { body, state };
}

describe("sizes", () => {
  // Bounded bodies end within seconds even without a limit; this only stops a test that waits.
  const SIZE_TEST_TIMEOUT = 20_000;

  it("answers 413 from Content-Length without reading the body", {
    timeout: SIZE_TEST_TIMEOUT,
  }, async () => {
    // As much as Content-Length says: an honest, too large request.
    const { body, state } = boundedBody(MAX_PROFILE_BYTES + 1, 64 * 1024);
    const response = await request("/api/preview", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "content-length": String(MAX_PROFILE_BYTES + 1),
      },
      body,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: t("web.error.tooLarge", { max: MAX_PROFILE_BYTES }),
    });
    // A stream starts with one chunk queued; nothing more was asked for.
    expect(state.pulled).toBeLessThanOrEqual(1);
  });

  it("answers 413 to a streamed upload once it passes the limit, without reading on", {
    timeout: SIZE_TEST_TIMEOUT,
  }, async () => {
    // Without Content-Length, and well past the route's limit, but not endless.
    const { body, state } = boundedBody(MAX_LETTER_UPLOAD_BYTES + 16 * 1024 * 1024, 1024 * 1024);
    const response = await request("/api/check-letter", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x" },
      body,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(state.sent).toBeLessThan(MAX_LETTER_UPLOAD_BYTES + 4 * 1024 * 1024);
    await stillWorks();
  });

  it("refuses a logo over 2 MB with 413", async () => {
    const big = new File([new Uint8Array(2 * 1024 * 1024 + 10)], "logo.png");
    const response = await upload("/api/files/toestemming-teams.pdf", {
      profile: JSON.stringify(brug),
      logo: big,
    });
    expect(response.status).toBe(413);
    await stillWorks();
  });
});

describe("the form's problems", () => {
  it("are the CLI's own messages with their field, and go when the value is fixed", async () => {
    const bad = await previewOf({ ...brug, email: "onthaal.debrug" });
    expect(bad.ok).toBe(false);
    expect(bad.problems).toEqual([
      { field: "email", message: t("profile.email", { value: "onthaal.debrug" }) },
    ]);
    const good = await previewOf(brug);
    expect(good.problems).toEqual([]);
  });

  it("name a missing nested field by its path", async () => {
    const { complaint: _, ...rest } = brug;
    const answer = await previewOf({ ...rest, complaint: { email: "k@x.be" } });
    expect(answer.problems.map((p) => p.field)).toEqual(["complaint.contact"]);
  });
});

describe("the preview", () => {
  it("is the letter of the chosen tool, made from the form, with the files to download", async () => {
    const answer = await previewOf({ ...brug, name: "CLB Proefstad" }, "toestemming-praatbox");
    expect(answer.ok).toBe(true);
    // Everything `generate` makes by default: both letters and the staff guide of each tool.
    expect(answer.letters?.map((l) => l.key)).toEqual([
      "toestemming-teams",
      "toestemming-teams-ouders",
      "handleiding-teams",
      "toestemming-praatbox",
      "toestemming-praatbox-ouders",
      "handleiding-praatbox",
    ]);
    expect(answer.preview?.key).toBe("toestemming-praatbox");
    // The letters' titles name their reader, once; the guide says it is for staff.
    const labels = answer.letters?.map((l) => l.label) ?? [];
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels[0]).toMatch(/voor leerlingen$/);
    expect(labels[1]).toMatch(/voor ouders$/);
    expect(labels[1]).not.toContain(t("web.preview.for.parents"));
    expect(labels[2]).toContain(t("web.preview.for.staff"));
    const text = JSON.stringify(answer.preview?.blocks);
    expect(text).toContain("CLB Proefstad");
    expect(text).toContain("Praatbox");
    const names = answer.files?.map((f) => f.name) ?? [];
    expect(names).toContain("toestemming-praatbox.pdf");
    expect(names).toContain("toestemming-teams.docx");
    // The e-mail draft of each letter; a guide is for staff, never e-mailed to a client.
    expect(names).toContain("toestemming-praatbox-ouders.eml");
    expect(names).toContain("handleiding-teams.pdf");
    expect(names).not.toContain("handleiding-teams.eml");
    expect(names.at(-1)).toBe("clb-de-brug-alles.zip");
  });
});

describe("the centre's contract with each vendor", () => {
  const jitsi = {
    role: "controller",
    where: "eu",
    retention: "8x8 wist alles na 7 dagen.",
    agreement: "Overeenkomst 8x8",
    agreementDate: "2025-01-01",
  };

  it("is a group of fields per tool in the form, and the preview states it", async () => {
    const html = await (await request("/")).text();
    expect(html).toMatch(
      /<select id="f-contracts-jitsi-role" name="contracts\.jitsi\.role"[^>]*><option value="">[^<]+<\/option><option value="processor">/,
    );
    expect(html).toContain(t("field.contract.role", { tool: "Jitsi Meet" }));
    const profile = { ...brug, tools: ["jitsi"], contracts: { jitsi } };
    const answer = await previewOf(profile, "toestemming-jitsi");
    expect(answer.ok, JSON.stringify(answer.problems)).toBe(true);
    expect(JSON.stringify(answer.preview?.blocks)).toContain("8x8 wist alles na 7 dagen.");
    const wrong = await previewOf({
      ...profile,
      contracts: { jitsi: { ...jitsi, role: "verwerker" } },
    });
    expect(wrong.problems.map((p) => p.field)).toEqual(["contracts.jitsi.role"]);
  });

  it("refuses the letter of a tool without it at its fields, and shows the other tools' letters", async () => {
    const teams = (brug.contracts as Record<string, unknown>).teams;
    const profile = { ...brug, tools: ["teams", "jitsi"], contracts: { teams } };
    const answer = await previewOf(profile);
    expect(answer.ok).toBe(true);
    expect(answer.problems.map((p) => p.field)).toContain("contracts.jitsi.role");
    const letters = (answer.letters ?? []).map((l) => l.key);
    expect(letters).toContain("toestemming-teams");
    expect(letters).not.toContain("toestemming-jitsi");
    const files = (answer.files ?? []).map((f) => f.name);
    expect(files).toContain("toestemming-teams.pdf");
    expect(files).not.toContain("toestemming-jitsi.pdf");
  });
});

describe("downloads", () => {
  it("give a PDF with the centre's name, and a DOCX", async () => {
    const profile = JSON.stringify({ ...brug, name: "CLB Downloadstad" });
    const pdf = await upload("/api/files/toestemming-teams.pdf", { profile });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe("%PDF-");
    expect((await readPdf(bytes)).text).toContain("CLB Downloadstad");
    const docx = await upload("/api/files/toestemming-praatbox.docx", { profile });
    expect(readDocx(new Uint8Array(await docx.arrayBuffer())).text).toContain("CLB Downloadstad");
  });

  it("put every listed file in one zip", async () => {
    const profile = JSON.stringify(brug);
    const listed = (await previewOf(brug)).files ?? [];
    const zip = await upload("/api/files/clb-de-brug-alles.zip", { profile });
    expect(zip.status).toBe(200);
    const entries = Object.keys(unzipSync(new Uint8Array(await zip.arrayBuffer())));
    expect(entries.sort()).toEqual(
      listed
        .filter((f) => f.letter !== "")
        .map((f) => `clb-de-brug/${f.name}`)
        .sort(),
    );
  });

  it("take the uploaded logo, and refuse a logo that is not an image at its field", async () => {
    const png = await readFile(path.join(PROFILES, "logos", "clb-de-brug.png"));
    const profile = JSON.stringify(brug);
    const withLogo = await upload("/api/files/toestemming-teams.pdf", {
      profile,
      logo: new File([png], "logo.png"),
    });
    const without = await upload("/api/files/toestemming-teams.pdf", { profile });
    expect(withLogo.status).toBe(200);
    expect((await withLogo.arrayBuffer()).byteLength).toBeGreaterThan(
      (await without.arrayBuffer()).byteLength,
    );
    const notImage = await upload("/api/files/toestemming-teams.pdf", {
      profile,
      logo: new File(["hallo"], "logo.png"),
    });
    expect(notImage.status).toBe(422);
    const answer = (await notImage.json()) as { problems: { field?: string; message: string }[] };
    expect(answer.problems).toEqual([
      { field: "logo", message: t("profile.logoType", { value: "logo.png" }) },
    ]);
  });
});

describe("profiles", () => {
  const load = (text: string, name = "centrum.yaml") =>
    request(`/api/profile/load?name=${encodeURIComponent(name)}`, {
      method: "POST",
      headers: { "content-type": "application/yaml" },
      body: text,
    });

  it("load into the form with the CLI's problems", async () => {
    const text = await readFile(path.join(PROFILES, "clb-de-brug.yaml"), "utf8");
    const good = await load(text.replace("onthaal@debrug.clb.example", "onthaal"));
    expect(good.status).toBe(200);
    const answer = (await good.json()) as { values: { name: string }; problems: unknown[] };
    expect(answer.values.name).toBe("Vrij CLB De Brug");
    expect(answer.problems).toEqual([
      { field: "email", message: t("profile.email", { value: "onthaal" }) },
    ]);
  });

  it("refuse bad YAML and an alias bomb with a Dutch message, and the server goes on", async () => {
    const bad = await load("id: [unclosed\nname: x\n");
    expect(bad.status).toBe(422);
    const badAnswer = (await bad.json()) as { error: string; problems: { message: string }[] };
    expect(badAnswer.error).toBe(t("profile.invalid", { file: "centrum.yaml", count: 1 }));
    expect(badAnswer.problems[0]?.message).toMatch(/^regel \d+: /);
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      ...Array.from(
        { length: 30 },
        (_, i) => `${String.fromCharCode(98 + (i % 24))}${i}: &r${i} [*a, *a, *a, *a]`,
      ),
    ].join("\n");
    const bombAnswer = await load(bomb);
    expect(bombAnswer.status).toBe(422);
    expect(JSON.stringify(await bombAnswer.json())).toContain(t("profile.yamlAliases"));
    await stillWorks();
  });

  it("refuse an upload that is not text, and a direction character, as the CLI does", async () => {
    const binary = await request("/api/profile/load?name=foto.yaml", {
      method: "POST",
      headers: { "content-type": "application/yaml" },
      body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1b, 0x5b]),
    });
    expect(binary.status).toBe(422);
    const binaryAnswer = (await binary.json()) as { error: string };
    expect(binaryAnswer.error).toBe(t("error.notText", { file: "foto.yaml" }));
    const text = await readFile(path.join(PROFILES, "clb-de-brug.yaml"), "utf8");
    const rlo = await load(text.replace("Vrij CLB De Brug", "Vrij CLB \u202EDe Brug"));
    expect(rlo.status).toBe(422);
    expect(JSON.stringify(await rlo.json())).toContain("RIGHT-TO-LEFT OVERRIDE (U+202E)");
    await stillWorks();
  });

  it("save with the schema line, and the saved file loads as a profile", async () => {
    const response = await postJson("/api/profile/save", { profile: brug });
    expect(response.headers.get("content-disposition")).toContain('filename="clb-de-brug.yaml"');
    const text = await response.text();
    expect(text.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../schema/profile.schema.json",
    );
    const { logo: _, ...withoutLogo } = brug;
    const saved = parse(text) as Record<string, unknown>;
    expect(saved).toEqual(brug);
    const { profile } = await parseProfile("saved.yaml", text.replace(/^logo:.*$/m, ""));
    expect(profile.name).toBe(withoutLogo.name);
  });
});

describe("checking an edited letter", () => {
  async function letterFile(format: "docx" | "pdf"): Promise<Uint8Array> {
    const response = await upload(`/api/files/toestemming-teams.${format}`, {
      profile: JSON.stringify(brug),
    });
    return new Uint8Array(await response.arrayBuffer());
  }

  interface CheckAnswer {
    tool?: string;
    clauses: { id: string; status: string; severity: string }[];
  }

  it("shows every clause of a letter as it came out, and the one an edit removed", async () => {
    const docx = await letterFile("docx");
    const ok = await upload("/api/check-letter", {
      letter: new File([docx], "brief.docx"),
      profile: JSON.stringify(brug),
    });
    const okAnswer = (await ok.json()) as CheckAnswer;
    expect(okAnswer.tool).toBe("Microsoft Teams");
    expect(okAnswer.clauses.length).toBeGreaterThan(10);
    expect(okAnswer.clauses.filter((c) => c.status !== "ok")).toEqual([]);

    // The edit: every paragraph about the data breach taken out of the Word file.
    const parts = unzipSync(docx);
    const xml = new TextDecoder().decode(parts["word/document.xml"]);
    const edited = xml.replace(
      /<w:p\b(?:(?!<\/w:p>).)*?(datalek|72 uur)(?:(?!<\/w:p>).)*?<\/w:p>/gs,
      "",
    );
    expect(edited).not.toBe(xml);
    const editedDocx = zipSync({ ...parts, "word/document.xml": strToU8(edited) });
    const missing = await upload("/api/check-letter", {
      letter: new File([editedDocx], "bewerkt.docx"),
    });
    const answer = (await missing.json()) as CheckAnswer;
    expect(answer.clauses.find((c) => c.id === "datalek")?.status).toBe("missing");
  });

  it("refuses a PDF that is not one and a zip bomb dressed as DOCX, and goes on", async () => {
    const fake = await upload("/api/check-letter", {
      letter: new File(["dit is geen pdf"], "brief.pdf"),
    });
    expect(fake.status).toBe(422);
    expect(((await fake.json()) as { error: string }).error).toBe(
      t("validate.unreadable", { file: "brief.pdf", format: "PDF" }),
    );
    // 80 MB of XML that deflates to some 80 KB.
    const bomb = zipSync({ "word/document.xml": new Uint8Array(80 * 1024 * 1024) }, { level: 1 });
    expect(bomb.length).toBeLessThan(MAX_LETTER_UPLOAD_BYTES);
    const exploded = await upload("/api/check-letter", {
      letter: new File([bomb], "brief.docx"),
    });
    expect(exploded.status).toBe(422);
    expect(((await exploded.json()) as { error: string }).error).toBe(
      t("validate.unreadable", { file: "brief.docx", format: "DOCX" }),
    );
    const good = await upload("/api/check-letter", {
      letter: new File([await letterFile("pdf")], "brief.pdf"),
    });
    expect(good.status).toBe(200);
  });
});

describe("a bug", () => {
  it("is a plain sentence, never a stack trace, and the server goes on", async () => {
    const broken = await createWebApp({
      lang: "nl",
      address: { hosts: hostsFor("127.0.0.1", 4173) },
      sources: {
        ...sources,
        templates: {
          ...sources.templates,
          render: () => {
            throw new Error("boom in a template");
          },
        },
      },
    });
    const response = await broken.request(`${ORIGIN}/api/files/toestemming-teams.pdf`, {
      method: "POST",
      body: (() => {
        const form = new FormData();
        form.append("profile", JSON.stringify(brug));
        return form;
      })(),
    });
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ error: t("web.error.bug") });
    expect(body).not.toContain("boom");
    await stillWorks();
  });
});
