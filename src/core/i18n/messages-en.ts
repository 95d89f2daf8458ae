import type { Messages } from "./messages-nl.js";

/** English messages (`--lang en`). Typed against the Dutch ones: a missing key fails `tsc`. */
export const en: Messages = {
  "error.prefix": "Error",
  "warning.prefix": "Warning",
  "error.bug":
    "Something went wrong that is not caused by your input (a bug in clb-consent). Please report it with the technical details below.",
  "error.usage": "{{message}}\nSee `{{help}}` for the available options.",
  "error.fileMissing": "The file {{file}} does not exist. Check its name and folder.",
  "error.fileUnreadable": "The file {{file}} cannot be read: {{reason}}",
  "error.notUtf8": "The file {{file}} is not saved as UTF-8, the text encoding clb-consent reads.",
  "error.notUtf8Here":
    "a character here is not UTF-8 (“{{excerpt}}”): the file was saved in another text encoding. Open it in a text editor and save it with encoding UTF-8 (in Notepad: Save as, Encoding: UTF-8).",
  "error.notText":
    "The file {{file}} is not a text file (rather an image, a program or a Word document), so its content is not shown. Choose the right file: a profile, template, tools.yaml or checklist is text you can open in a text editor.",
  "error.notTextHere":
    "here is the control character {{code}}, which belongs in no text file. If it got into a text file, type that place again.",
  "error.fileTooLarge":
    "The file {{file}} is too large ({{size}} bytes; at most {{max}}). Check that you chose the right file.",
  "error.outUnwritable":
    "Cannot write in the folder {{dir}}: {{reason}}. Choose a folder you may write in with --out.",
  "error.writeFailed":
    "The letter {{file}} could not be written: {{reason}}. No partial file was left behind.",
  "error.badDate":
    "“{{value}}” is not a valid date. Write it as YYYY-MM-DD, for example 2026-11-23.",
  "error.unknownTool": "The tool “{{value}}” does not exist. Choose from: {{choices}}.",
  "error.unknownFormat": "The format “{{value}}” does not exist. Choose from: {{choices}}.",
  "error.unknownLang": "The language “{{value}}” is not supported. Choose nl or en.",
  "error.toolNotInProfile":
    "The profile {{file}} does not list {{tool}} under `tools`. Add it to the profile or choose another tool.",

  "reason.EACCES": "you have no permission to write or read there",
  "reason.EPERM": "that is not permitted",
  "reason.ENOSPC": "the disk is full",
  "reason.EROFS": "the disk is read-only",
  "reason.ENOTDIR": "part of the path is a file, not a folder",
  "reason.EISDIR": "this is a folder, not a file",
  "reason.EEXIST": "a file with that name already exists",
  "reason.EMFILE": "too many files are open at once",
  "reason.ENOENT": "the file or folder does not exist",
  "reason.ENAMETOOLONG": "the name or path is too long",
  "reason.EBUSY": "the file is in use by another program; close it and try again",
  "reason.EIO": "the disk reported a read or write error",
  "reason.ELOOP": "the path refers to itself in a loop (symbolic links)",
  "reason.ENOTFOUND":
    "that host name is unknown (or the network cannot look it up); use 127.0.0.1 or an IP address of this computer",
  "reason.EAI_AGAIN":
    "that host name could not be looked up now; use 127.0.0.1 or an IP address of this computer",
  "reason.EADDRNOTAVAIL":
    "that address does not belong to this computer; use 127.0.0.1 or an IP address of this computer",
  "reason.listen.EACCES":
    "this program may not use that port (ports below 1024 usually need administrator rights); choose another with --port",
  "reason.unknownCode": "the system reports the error {{code}}",
  "reason.other": "an unexpected error (technical message: {{detail}})",
  "usage.unknownOption": "The option {{name}} does not exist.",
  "usage.unknownOptionSuggest": "The option {{name}} does not exist. Did you mean {{suggestion}}?",
  "usage.unknownCommand": "The command {{name}} does not exist. Choose from: {{choices}}.",
  "usage.unknownCommandSuggest":
    "The command {{name}} does not exist. Did you mean {{suggestion}}? The commands: {{choices}}.",
  "usage.missingArgument": "A value is missing: {{name}}.",
  "usage.missingOption": "The option {{name}} is required.",
  "usage.excessArguments":
    "{{name}} takes at most {{expected}} argument(s) without an option before them, but got {{got}}. Is there a space in a file name? Then put that name in quotes.",
  "usage.other": "The command is not right: {{name}}",

  "profile.invalid":
    "The profile {{file}} has {{count}} error(s). No letter was made for this centre. Fix the errors below:",
  "profile.yamlSyntax": "YAML syntax error: {{hint}}",
  "term.yaml.other":
    "check the indentation, the colon after the field name, brackets and quotes on this line.",
  "term.yaml.MISSING_CHAR":
    "a closing character is missing here: a quote (\" or ') or a bracket (] or }) opened earlier.",
  "term.yaml.BAD_INDENT":
    "the indentation is wrong. The fields of one group start equally far to the right, and a list in [ ] closes with ] on the same line.",
  "term.yaml.BLOCK_AS_IMPLICIT_KEY":
    'there is a second colon on this line, or it is indented further than the fields above it. Put a value with “: ” in it in quotes (name: "CLB: Noord"), or indent the line as far as the fields beside it.',
  "term.yaml.MULTILINE_IMPLICIT_KEY":
    "this line is not “field: value”. Put a colon and a space after the field name, and check that a quote on a line above is closed.",
  "term.yaml.MULTIPLE_DOCS":
    "the line --- starts a second document, and a profile is one. Remove the line ---, or put each centre in a file of its own.",
  "term.yaml.BAD_SCALAR_START":
    "a value cannot start with this character (such as @ or `). Put the value in quotes.",
  "term.yaml.BAD_DQ_ESCAPE":
    "a \\ inside double quotes starts a special character. Write \\\\, or put the value in single quotes.",
  "term.yaml.UNEXPECTED_TOKEN":
    "there is more text after the closing quote. Put the whole value inside the quotes.",
  "term.yaml.BLOCK_IN_FLOW":
    "an indented block cannot stand inside [ ] or { }. Write the list on one line, or as lines starting with “- ”.",
  "profile.yamlTab": "Indent with spaces, not tabs. Replace the tab on this line with spaces.",
  "profile.yamlDuplicateKey": "The field “{{key}}” appears twice. Keep one.",
  "profile.yamlAliases": "The profile uses too many YAML aliases. Write the values out in full.",
  "profile.yamlTag":
    "YAML tags such as “{{tag}}” are not allowed in a profile. Write the value plainly.",
  "profile.notAMapping":
    "A profile is a list of fields (name: value), but this file holds something else.",
  "profile.missing": "This field is missing. Fill it in.",
  "profile.wrongType": "Expected {{expected}} here, but found {{received}}.",
  "profile.quoteIt":
    'Expected text here, but YAML reads {{value}} as {{received}}. Put the value in quotes: "{{value}}".',
  "term.type.string": "text",
  "term.type.number": "a number",
  "term.type.integer": "a whole number",
  "term.type.boolean": "true or false",
  "term.type.array": "a list",
  "term.type.object": "a group of fields",
  "term.type.nothing": "nothing",
  "term.type.other": "something else",
  "profile.unknownField": "The field “{{key}}” does not exist.",
  "profile.unknownFieldSuggest":
    "The field “{{key}}” does not exist. Did you mean “{{suggestion}}”?",
  "problems.moreUnknownFields": "and {{count, number}} more unknown fields",
  "problems.moreInvisible": "and {{count, number}} more invisible or direction characters",
  "problems.moreSoftHyphens": "and {{count, number}} more values with a soft hyphen",
  "problems.moreOfKind": "and {{count, number}} more errors of the same kind",
  "profile.empty": "This field must not be empty.",
  "profile.tooLong": "This value is too long ({{length}} characters; at most {{max}}).",
  "profile.email": "“{{value}}” is not a valid e-mail address. Write it as name@domain.be.",
  "profile.url":
    "“{{value}}” is not a valid web address. Write it in full, with https://, for example https://www.clb.example/privacy.",
  "profile.urlScheme":
    "The web address “{{value}}” uses {{scheme}}. Only https://, http:// and mailto: are allowed.",
  "profile.id":
    "“{{value}}” is not a valid id. Use only lowercase letters, digits and hyphens (for example clb-noord); the id becomes a folder name.",
  "profile.idReserved":
    "“{{value}}” cannot be an id: Windows does not allow that name for a folder (like CON, PRN, AUX, NUL, COM1 and LPT1), and the id becomes the name of the folder with the letters. Choose another, for example clb-{{value}}.",
  "profile.date":
    "“{{value}}” is not a valid date. Write it as YYYY-MM-DD, for example 2026-11-23.",
  "profile.phone":
    "“{{value}}” is not a phone number. Use digits, spaces and optionally + / . ( ) -.",
  "profile.nothingVisible":
    "This value has no letter, digit or punctuation mark, only characters that show nothing on their own (such as a lone accent). Type it again.",
  "profile.controlChars":
    "This value contains invisible control characters (for example from copied text). Type it again.",
  "profile.invisibleChar":
    "Here is an invisible character, {{name}} ({{code}}), which usually comes along with copy and paste: it splits or hides a word without your seeing it. Type the text at this place again, without that character.",
  "profile.directionChar":
    "Here is an invisible direction character, {{name}} ({{code}}): it can reverse or move the text after it in the letter. Type the text at this place again, without that character. Arabic or Hebrew names do not need such a character.",
  "profile.softHyphenRemoved":
    "Here was an invisible soft hyphen (SOFT HYPHEN, U+00AD). It was left out of the value; remove it from the file as well and this warning goes away.",
  "profile.newline": "This value must be a single line.",
  "profile.age": "The age must be a whole number between {{min}} and {{max}}.",
  "profile.toolChoice": "“{{value}}” is not a known tool. Choose from: {{choices}}.",
  "profile.toolsDuplicate": "The tool “{{value}}” is listed twice.",
  "profile.translationCode":
    "A language code is two or three lower-case letters, such as fr or ar.",
  "profile.translationUnknown":
    "There is no translation for “{{value}}”. Choose from: {{choices}}.",
  "profile.translatedPath":
    "“{{value}}” is not Dutch text of the profile that a letter shows. Translate only: {{choices}}.",
  "profile.complaintChannel":
    "Give the complaint contact an e-mail address, a phone number or the web address of the complaint procedure.",
  "profile.logoMissing":
    "The logo {{value}} does not exist (looked for next to the profile). Check the file name.",
  "profile.logoType": "The logo {{value}} is not a PNG or JPEG image.",
  "profile.logoTooLarge":
    "The logo {{value}} is too large ({{size}} bytes; at most {{max}}). Make it smaller.",
  "profile.logoPath": "The logo {{value}} must be in the profile's folder (or a subfolder).",
  "profile.invalidValue": "This value is not valid.",

  "tools.invalid": "The tools file {{file}} has errors:",
  "language.invalid": "The language data {{file}} has errors:",
  "language.code": "The language code is two or three lower-case letters (ISO 639-1: fr, en, ar).",
  "language.codeFolder": "The language code must be the name of its folder: {{code}}.",
  "language.tag": "The language tag is a BCP 47 tag, such as fr-BE, en or ar.",
  "language.dir": "The direction is ltr (left to right) or rtl (right to left).",
  "language.noticeDate": "The notice at the top must hold {date}: the date of the Dutch letter.",
  "language.months": "Give exactly 12 month names, January to December.",
  "language.dateFormat": "The date format must hold {day}, {month} and {year}.",
  "language.toolProseMissing":
    "The translation of “{{field}}” for {{tool}} is missing. Put tools.yaml's value in this language under tools.{{tool}}.",
  "template.invalidSet": "The templates in {{dir}} have errors. No letter was made:",
  "template.unclosedBlock":
    "A block opened here ({{open}}) is never closed. Add {{close}} where the block ends.",
  "template.unclosedMustache": "This {{ is never closed with }}. Add }} where the value ends.",
  "template.blockMismatch":
    "{{close}} does not close {{open}}. Use the same name to open and close.",
  "template.decorator": "Decorators ({{name}}) are not allowed in a template.",
  "template.missing":
    "The template {{file}} does not exist. Each tool needs a template <tool>.md.hbs.",
  "template.syntax": "Syntax error in the template: {{detail}}",
  "template.unknownVariable": "The template uses “{{name}}”, but no such value exists.",
  "template.unknownVariableSuggest":
    "The template uses “{{name}}”, but no such value exists. Did you mean “{{suggestion}}”?",
  "template.unknownHelper": "The template uses the helper “{{name}}”, which does not exist.",
  "template.unknownPartial":
    "The template uses the partial “{{name}}”, which does not exist in {{dir}}.",
  "template.helperArgument": "The helper “{{name}}” was given an invalid value: {{detail}}",
  "template.recursion": "The partial “{{name}}” calls itself (indirectly) and never stops.",
  "template.tooLarge":
    "The template produces more than {{max}} characters of text. Check loops and partials.",
  "template.failed": "The template {{file}} could not be filled in:",
  "template.markdown":
    "The filled template uses “{{construct}}”, which a letter cannot contain. Use only headings, paragraphs, lists, bold, italic and links.",
  "template.noTitle":
    "The filled template does not start with a title (a line starting with “# ”).",

  "pdf.unprintable": "The PDF letter for {{file}} could not be made:",
  "pdf.unprintableChar":
    "The character “{{char}}” (U+{{code}}, script: {{script}}) is in none of the PDF's fonts and would print as an empty box. Replace the character if you need a PDF; DOCX, Markdown and text show it.",
  "term.script.other": "symbols or a rare script",
  "pdf.refused":
    "{{file}}: no PDF for {{documents}}, as a character has no font in the PDF (see below). {{made}}",
  "pdf.refusedWithEmail":
    "{{file}}: no PDF and no e-mail (it carries the PDF) for {{documents}}, as a character has no font in the PDF (see below). {{made}}",
  "term.pdf.othersMade": "The other formats were made.",
  "term.pdf.nothingMade":
    "Nothing was written: ask with -f for docx, md or txt too, which show every character.",
  "checklist.invalid": "The checklist {{file}} has errors:",
  "checklist.badPattern": "This pattern is not a valid regular expression: {{detail}}",
  "checklist.duplicateId": "The id “{{value}}” appears twice in the checklist.",
  "validate.clauseMissing": "missing: {{missing}}",
  "validate.clauseScattered": "every part is there, but not together. Put them in one paragraph.",
  "validate.placeholder":
    "A placeholder is left in the letter: “{{text}}”. Fill it in or remove it.",
  "validate.emptyLink": "The letter has a link without an address or without text.",
  "validate.toolUnknown":
    "Neither the title nor the text says which tool this letter is for. Give it with --tool and one of these tools: {{choices}}.",
  "validate.unsupportedFile":
    "{{file}} cannot be checked: only templates (.md.hbs) and letters (.pdf, .docx, .md, .txt).",
  "validate.unreadable": "{{file}} could not be read as a {{format}} file. Is it damaged?",
  "validate.unknownVariable":
    "The template uses “{{name}}”, which is not a value of a profile or of tools.yaml.",
  "validate.unknownVariableSuggest":
    "The template uses “{{name}}”, which is not a value of a profile or of tools.yaml. Did you mean “{{suggestion}}”?",
  "validate.targetTemplate": "{{file}} with {{profile}}",
  "validate.targetLetter": "{{file}} (letter for {{tool}})",
  "validate.recommended": "recommended",
  "validate.readability":
    "readability of the {{part}} ({{audience}}): {{words}} words (at most {{maxWords}}), on average {{wordsPerSentence}} words per sentence (at most {{maxWordsPerSentence}}), {{longPercent}} % of sentences over {{longWords}} words (at most {{maxLongPercent}} %), Flesch-Douma {{ease}} (at least {{minEase}})",
  "validate.readabilityFirstLayer": "first layer",
  "validate.readabilityWholeLetter": "whole letter",
  "validate.readabilityNumberLocale": "en-GB",
  "validate.readability.tooManyWords":
    "the first layer has {{words}} words, more than {{maxWords}}: keep there what the reader must know first and move the rest under “{{heading}}”.",
  "validate.readability.readingEaseLow":
    "Flesch-Douma {{ease}} is below {{minEase}}, the threshold for this reader: write shorter sentences and shorter words.",
  "validate.readability.sentencesTooLong":
    "on average {{wordsPerSentence}} words per sentence, more than {{maxWordsPerSentence}}: split the long sentences.",
  "validate.readability.tooManyLongSentences":
    "{{longPercent}} % of the sentences have more than {{longWords}} words (at most {{maxLongPercent}} %): split those sentences.",
  "validate.readability.hedging":
    "hedging word {{words}} in the first layer: say what happens, or leave it out. The sentence: “{{sentence}}”",
  "validate.readability.secondLayerMissing":
    "the heading “{{heading}}” (level 2, “## {{heading}}”) is missing, so the whole letter was measured as the first layer. Put what does not belong on page 1 under that heading.",
  "validate.readability.firstLayerEmpty":
    "the first layer is empty: there is no text between the title and “{{heading}}”.",
  "validate.summary":
    "{{targets}} checked, {{checks}} clauses checked: {{errors}} error(s), {{warnings}} warning(s).",
  "validate.verdictOk": "All good.",
  "validate.verdictFailed": "Not good: fix the errors above.",
  "validate.verdictStrict":
    "Not good with --strict: recommended clauses must be there too, and the first layer must meet the readability thresholds.",
  "validate.noContractProfile":
    "No profile uses {{tool}} or has a contract for it (“contracts.{{tool}}”), so this template was not filled in or checked. Name a profile that has one with --profile.",
  "validate.noTranslatedProfile":
    "No profile using {{tool}} has the centre's own texts in {{language}} (“translated.{{code}}”), so this translation was not filled in or checked. Name a profile that has them with --profile.",
  "validate.noProfiles":
    "{{dir}} holds no profiles to fill the templates with. Give one with --profile.",

  "generate.wrote": "wrote {{file}}",
  "generate.done": "Letters made: {{count}}, in {{dir}}.",
  "generate.letterRefused":
    "{{file}}: the letter for {{tools}} misses a required clause, so nothing was written. Put the clause back in the template (see below) and check it with clb-consent validate.",
  "generate.failedCentre": "No letter was made for {{file}}.",

  "translation.choiceRefused":
    "{{file}}: no translations made, because the profile has {{count}} error(s) in its translations (the Dutch letters are made):",
  "translation.refused":
    "{{file}}: no translation into {{language}}, because the profile lacks texts in that language:",
  "translation.proseMissing":
    "The text “{{path}}” in this language is missing. Add the line “{{path}}: …” under translated.{{code}}, with the centre's text in that language (a name, address or web address stays as it is).",
  "translation.unreviewed":
    "Note: {{list}} has not yet been reviewed by someone who reads the language. The translation goes along for information; the Dutch letter is the one that counts.",
  "translation.noOwnEmail":
    "A translation gets no e-mail draft of its own: send the e-mail of the Dutch letter, which is the letter that counts. With generate -f eml --translation <code> that e-mail carries the translation as a second attachment.",
  "term.languageName": "{{name}} ({{code}})",
  "letter.translationNotice":
    "Translation for information. Only the Dutch letter of {{date}} counts.",
  "letter.firstLayerOverflow":
    "{{file}}: the first layer (the question and how to answer it) runs on to page {{pages}}, but belongs on page 1. Shorten in {{profile}}: {{fields}}. The letter is still correct and was made.",
  "letter.firstLayerTemplate": "the first layer's texts in the template",
  "cli.translationsUnknown":
    "--translations: there is no translation for “{{value}}”. Choose from: {{choices}}, or none.",
  "cli.translationNotMade":
    "--translation {{value}}: that translation is not made. Ask for it with --translations or in the profile ({{choices}}).",
  "profiles.dirMissing":
    "The folder {{dir}} does not exist. Give with --profiles the folder with one profile (.yaml) per centre.",
  "profiles.notADir":
    "{{dir}} is a file, not a folder: --profiles expects the folder with one profile (.yaml) per centre.",
  "profiles.none":
    "The folder {{dir}} has no profile (no .yaml or .yml file). Give with --profiles the folder with one profile per centre.",
  "batch.duplicateId":
    "Two or more profiles have the id “{{id}}”: {{files}}. Give each centre its own id; none of these profiles got letters.",
  "batch.logoChanged":
    "{{file}}: the logo {{logo}} changed or disappeared after the run started. No letters were made for this centre. Run the command again.",
  "batch.locked":
    "Another batch is writing to {{dir}} (process {{pid}}). Wait until it has finished, or choose another folder with --out.",
  "batch.outOfMemory":
    "The letters for {{file}} needed more memory than a worker thread may use ({{mb}} MB) and were not made. Make them again with --jobs 1: that limit does not apply there.",
  "batch.letterRefused":
    "The {{tool}} letter of {{file}} was not written: a required clause is missing.",
  "batch.clauseMissing": "{{label}}: missing: {{missing}}",
  "batch.clauseScattered":
    "{{label}}: every part is there, but not together. Put them in one paragraph.",
  "batch.progress": "{{done}}/{{total}} centres, {{letters}} letters – {{centre}}",
  "batch.progressBar": "{value}/{total} centres, {letters} letters – {centre}",
  "batch.summaryFull":
    "Centres: {{centres}}, {{centresFailed}} of them without letters. Letters: {{written}} written, {{unchanged}} unchanged, {{lettersFailed}} not made. Time: {{seconds, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} s. Manifest: {{manifest}}",
  "batch.interrupted":
    "Interrupted. The letters that were finished are in the manifest; run the command again to make the rest.",
  "batch.leftovers": "Removed {{count}} temporary file(s) left by an interrupted run.",
  "batch.centreFailed": "No letters were made for {{file}}.",
  "batch.samePlaces": "The same message also applies at {{count, number}} other place(s):",
  "batch.samePlacesMore": "and {{count, number}} more",
  "error.badJobs": "--jobs must be a whole number from 1 to 64, not “{{value}}”.",
  "cli.batch.description": "makes the letters of every centre in a folder",
  "cli.opt.profiles": "folder with the profiles",

  "schema.description": "Profile of a CLB for clb-consent",

  "cli.description":
    "Makes the informed-consent letters for video calls (PDF, DOCX, Markdown, text, e-mail) and checks them.",
  "cli.opt.help": "shows this help",
  "cli.opt.version": "prints the version of clb-consent",
  "cli.help.usage": "Usage:",
  "cli.help.options": "Options:",
  "cli.help.commands": "Commands:",
  "cli.help.arguments": "Arguments:",
  "cli.help.default": "default",
  "cli.term.dir": "dir",
  "cli.term.list": "list",
  "cli.term.file": "file",
  "cli.term.tool": "tool",
  "cli.term.date": "YYYY-MM-DD",
  "cli.term.options": "options",
  "cli.term.files": "files",
  "cli.term.command": "command",
  "cli.term.port": "port",
  "cli.term.host": "host",
  "cli.term.n": "n",
  "cli.term.code": "language",
  "cli.opt.lang": "language of messages: nl (default) or en",
  "cli.generate.description": "makes the letters of one centre",
  "cli.opt.profile": "the centre's profile (YAML)",
  "cli.opt.tool":
    "tool: an id of tools.yaml (see clb-consent schema) or all (default: the profile's tools)",
  "cli.opt.format":
    "formats, separated by commas, of: pdf, docx, md (Markdown), txt (text) and eml (an e-mail with the PDF attached); default {{defaults}}",
  "cli.opt.out": "folder the letters go into",
  "cli.opt.date": "the letter's date; default the profile's or the template's",
  "cli.opt.templates": "folder with the templates (default the shipped templates/)",
  "cli.validate.description": "checks templates and letters for the required clauses",
  "cli.opt.strict": "recommended clauses are required too",
  "cli.opt.json": "the report as JSON",
  "cli.opt.validateTool": "the letter's tool (default: from its title or text)",
  "cli.opt.validateProfile":
    "profile to fill templates with or compare letters to (default: every example profile)",
  "cli.opt.jobs": "number of parallel jobs (default: one per processor core)",
  "cli.opt.force": "rewrite every letter, even when nothing changed",
  "cli.opt.signature": "add a “Voor akkoord” block to sign at the end of every letter",
  "cli.opt.translations":
    "languages of the translations for information, comma-separated (fr,ar), or none; default the profile's",
  "cli.opt.translation":
    "also attach the PDF in this language to the e-mail (one of --translations)",
  "cli.schema.description": "prints the JSON Schema of a profile (for editors)",
  // --- web page (clb-consent web) ---
  "cli.web.description":
    "starts a page in your browser: fill in a profile, preview, download, check",
  "cli.opt.port": "port of the page (0: any free port)",
  "cli.opt.host": "address the page listens on (default 127.0.0.1: this computer only)",
  "web.started": "The page runs at {{url}}. Open that address in your browser; stop with Ctrl+C.",
  "web.hostWarning":
    "With --host {{host}}, other computers can reach the page, without a password. Only do this on a network you trust.",
  "web.badPort": "The port “{{value}}” is not a number from 0 to 65535.",
  "web.listenFailed": "The page cannot start on {{host}}:{{port}}: {{reason}}",
  "web.atLine": "line {{line}}: {{message}}",
  "reason.EADDRINUSE": "that port is already in use; choose another with --port",
  "web.title": "Consent letters for video calls",
  "web.intro":
    "Fill in your centre's details. The preview of the letter changes as you type. Nothing is stored or sent: everything stays on this computer.",
  "web.formFile": "the form",
  "web.required": "required",
  "web.group.centre": "The centre",
  "web.group.privacy": "Privacy",
  "web.group.complaints": "Complaints and supervision",
  "web.group.dpo": "Data protection officer (DPO)",
  "web.group.tools": "Tools",
  "web.group.letter": "The letter",
  "web.group.logo": "Logo",
  "web.group.other": "Other fields",
  "web.group.translations": "Translations",
  "web.translations.help":
    "A translation goes along with the Dutch letter, for information, for parents or pupils who do not read Dutch well enough; the Dutch letter is the one that counts. Tick the languages the centre offers and fill in the centre's own texts in each.",
  "web.translations.languages": "Languages the letter also goes in",
  "web.translations.unreviewed": "not reviewed",
  "web.translations.attach": "Translation attached to the e-mail",
  "web.translations.attachNone": "None",
  "web.translations.attachHelp":
    "The e-mail of each Dutch letter then also carries the PDF in that language, after the Dutch one.",
  "web.translations.texts": "The centre's texts in {{language}}",
  "web.translations.field": "Translation of “{{field}}” ({{path}})",
  "field.id": "Short name of the centre",
  "field.id.help":
    "Used in file and folder names: lower-case letters, digits and hyphens, for example clb-de-brug.",
  "field.name": "Name of the centre",
  "field.name.help": "As it appears in the letter.",
  "field.address.street": "Street and number",
  "field.address.postalCode": "Postcode",
  "field.address.city": "Town or city",
  "field.phone": "Centre's phone number",
  "field.email": "Centre's e-mail address",
  "field.website": "Centre's website",
  "field.website.help": "A full web address, starting with https://.",
  "field.privacyUrl": "Centre's privacy statement",
  "field.privacyUrl.help": "The web address of the privacy statement; the letter refers to it.",
  "field.retention.file": "Retention of the pupil file",
  "field.retention.file.help":
    "How long you keep the file (with a call's date, time and length and the notes), as a period or the rule that sets it.",
  "field.retention.agreement": "Retention of the agreement",
  "field.retention.agreement.help": "How long you keep the client's agreement.",
  "field.breachPromiseHours": "Own promise on a data breach (hours)",
  "field.breachPromiseHours.help":
    "Empty: the letter follows the GDPR (without undue delay, when the risk is high). A number: you promise to tell within that many hours.",
  "field.ownConsentAge": "Age from which the pupil decides",
  "field.ownConsentAge.help":
    "From this age the pupil decides in principle: 12, or younger if you wish.",
  "field.complaint.contact": "Who handles complaints",
  "field.complaint.contact.help": "Name or role, for example the director.",
  "field.complaint.email": "E-mail address for complaints",
  "field.complaint.phone": "Phone number for complaints",
  "field.complaint.url": "Web page about complaints",
  "field.complaint.url.help": "Fill in at least one way to complain: e-mail, phone or web page.",
  "field.authority.name": "Name of the supervisory authority",
  "field.authority.url": "Website of the supervisory authority",
  "field.dpo.name": "Name of the DPO",
  "field.dpo.name.help": "May stay empty; the e-mail address is required.",
  "field.dpo.email": "DPO's e-mail address",
  "field.dpo.phone": "DPO's phone number",
  "field.tools": "Tools the centre video-calls with",
  "field.tools.help": "Each chosen tool gets a letter and a guide for staff.",
  "field.letterDate": "Date of the letter",
  "field.version": "Version of the letter",
  "field.version.help": "For example 2026.1, so that you know later which letter someone received.",
  "field.signature": "Block to sign at the foot of the letter",
  "field.logo": "Logo (PNG or JPEG, at most 2 MB)",
  "field.contract.role": "{{tool}}: the vendor's role",
  "field.contract.role.help":
    "From your processing agreement. Without the agreement's facts there is no letter for this tool.",
  "field.contract.where": "{{tool}}: where the data are processed",
  "field.contract.safeguard": "{{tool}}: safeguard outside the EU",
  "field.contract.safeguard.help":
    "Required when data (also) go outside the European Union, for example the European Commission's standard contractual clauses.",
  "field.contract.retention": "{{tool}}: what the vendor keeps, and how long",
  "field.contract.agreement": "{{tool}}: name of the agreement",
  "field.contract.agreementDate": "{{tool}}: date of the agreement",
  "field.choice.eu": "In the European Union",
  "field.choice.outside-eu": "Outside the European Union",
  "field.choice.eu-and-outside-eu": "In and outside the European Union",
  "field.choice.processor": "Processor: works for us (processing agreement)",
  "field.choice.controller": "Controller: uses the data for its own purposes",
  "web.select.none": "Not filled in",
  "web.logoHelp":
    "Save the profile gives you the logo as a second file: keep it next to the profile, under that name.",
  "web.logo.needed":
    "This profile names the logo {{logo}}. Choose that file under Logo; then it is in the letters.",
  "web.profile.open": "Open a profile (.yaml)",
  "web.profile.save": "Save the profile",
  "web.profile.loaded": "The profile {{file}} is in the form.",
  "web.problems": "The form has {{count}} error(s). They are shown next to the fields.",
  "web.noProblems": "The form is in order.",
  "web.status.start":
    "Fill in the form, or open a profile. What a field lacks is shown next to it once you leave it.",
  "web.profile.broken":
    "The profile {{file}} could not be opened; the form has been emptied. The errors are below.",
  "web.check.guideResult": "{{file}}: staff guide for {{tool}}",
  "web.downloads.fonts": "Loading the fonts and the PDF maker…",
  "web.error.siteMissing":
    "The page has not been built. Run `npm run build` in clb-consent's folder and start again.",
  "web.error.forbiddenPage": "Refused",
  "web.error.forbiddenHelp":
    "Open the page yourself: type the address `clb-consent web` showed in your browser's address bar.",
  "web.preview.title": "Preview",
  "web.preview.letter": "Letter",
  "web.preview.updated": "Preview updated: {{title}}",
  "web.preview.waiting":
    "Fix the errors in the form first. Until then this shows the last version without errors.",
  "web.downloads.title": "Download",
  "web.downloads.all": "Everything in one zip file",
  "web.downloads.busy": "Making {{file}}…",
  "web.check.title": "Check an edited letter",
  "web.check.help":
    "Drop a DOCX or PDF file here, or choose one. You see for each clause whether the letter still holds it. The file is not stored.",
  "web.check.choose": "Choose a letter (DOCX or PDF, at most 10 MB)",
  "web.check.result": "{{file}}: letter for {{tool}}",
  "web.check.ok": "present",
  "web.check.missing": "missing",
  "web.check.scattered": "scattered",
  "web.check.allOk": "Every required clause is there.",
  "web.check.failed": "{{count}} required clause(s) missing.",
  "web.error.forbidden": "This request does not come from clb-consent's own page and is refused.",
  "web.error.tooLarge": "This is too large: at most {{max}} bytes.",
  "web.error.notFound": "This page does not exist.",
  "web.error.bug":
    "Something went wrong inside clb-consent, not in your input. Try again; the page keeps working.",
  // --- e-mail and proof ---
  "cli.proof.description":
    "prints the note for the client file: which letter the client approved, when and how",
  "cli.proof.letter": "the letter (PDF or DOCX) as it is in the output folder",
  "cli.opt.route": "how the client agreed",
  "cli.opt.proofDate": "the day the client agreed",
  "cli.opt.by": "who agreed (default: the pupil, or a parent for the parents' letter)",
  "cli.opt.manifest": "the manifest (default manifest.json in the folder above the letter's)",
  "cli.opt.proofJson": "the note as JSON",
  "proof.day": "{{iso}}",
  "proof.title": "Informed consent to video calls",
  "proof.field.date": "Date of agreement",
  "proof.field.route": "Route",
  "proof.field.by": "Agreed by",
  "proof.field.tool": "Tool",
  "proof.field.centre": "Centre",
  "proof.field.audience": "Letter for",
  "proof.field.title": "Title of the letter",
  "proof.field.letter": "Letter",
  "proof.field.sha256": "SHA-256 of the letter (as in the manifest)",
  "proof.letterVersion": "version {{version}} of {{date}}",
  "proof.letterDate": "letter of {{date}}",
  "proof.route.email": "By e-mail",
  "proof.route.signature": "With a signature",
  "proof.route.oral": "Orally",
  "proof.routeDetail.email": "replied ‘akkoord’ to the e-mail with the letter",
  "proof.routeDetail.signature": "the signed letter",
  "proof.routeDetail.oral": "told the staff member, noted in the file",
  "proof.by.pupil": "the pupil",
  "proof.by.parent": "a parent or guardian",
  "proof.audience.pupil": "the pupil",
  "proof.audience.parents": "the parents or guardian",
  "proof.unknownRoute": "The route “{{value}}” does not exist. Choose from: {{choices}}.",
  "proof.unknownBy": "“{{value}}” is not allowed with --by. Choose from: {{choices}}.",
  "proof.tooManyFiles":
    "proof takes one letter; you gave {{count}}: {{files}}. Make a note of its own for each letter.",
  "proof.unsupportedFile":
    "{{file}}: give the letter the client received, as PDF or DOCX (for an e-mail: the PDF next to it).",
  "proof.noManifest":
    "There is no manifest {{manifest}}. Make the letters with clb-consent batch, or give the manifest of these letters with --manifest.",
  "proof.badManifest":
    "{{manifest}} is not a clb-consent manifest (or it is damaged). Give the right manifest with --manifest.",
  "proof.notListed":
    "{{file}} is not in the manifest {{manifest}}. It is not a letter of that run: give the letter the client received, or the manifest of its run with --manifest.",
  "proof.changed":
    "{{file}} is not the letter the manifest {{manifest}} lists: its content differs (edited after it was made, or from another run). No note was made. Find the letter the client really received. (SHA-256 in the manifest: {{listed}}; of this file: {{actual}})",
  "proof.beforeLetter":
    "The date of agreement ({{date}}) is before the letter's date ({{letterDate}}). Check the date.",
  "proof.dateInFuture":
    "The date of agreement ({{date}}) is after today ({{today}}). Note an agreement only once the client gave it, with the day that happened as --date.",
  "proof.guide":
    "{{file}} is a staff guide, not a letter: proof is for the letter the client agreed to. Give that letter: {{pupil}} (the pupil's) or {{parents}} (the parents').",
  "proof.translation":
    "{{file}} is a translation for information: the client agrees to the Dutch letter. Make the note with that letter: {{dutch}}.",
  "proof.byParentOnPupilLetter":
    "{{file}} is the pupil's letter: it does not go with --by parent. If a parent or guardian agreed, give the parents' letter ({{other}}). If the pupil agreed, leave out --by or give --by pupil.",
  "proof.byPupilOnParentsLetter":
    "{{file}} is the parents' letter: it does not go with --by pupil. If the pupil agreed, give the pupil's letter ({{other}}). If a parent or guardian agreed, leave out --by or give --by parent.",
  "proof.clausesMissing":
    "{{file}} misses a required clause; agreeing to this letter proves too little. No note was made.",
  "proof.clauseMissing": "missing: {{label}}",
  // --- letters for pupils and parents (issue 19) ---
  "profile.dpoMissing":
    "The field “dpo” is missing. A CLB must have a data protection officer, and the letter says how to reach them. Add “dpo:” with at least “email:” below it (and “name:” and “phone:” if you like).",
  "validate.mistake": "{{label}}: the letter says “{{found}}”. Write “{{right}}”.",
  "cli.opt.audience": "for whom: pupil, parents (the parents or guardian) or all (both)",
  "cli.audience.invalid":
    "“{{value}}” is not a valid choice for --audience. Choose pupil, parents or all.",
  "validate.targetTemplateAudience": "{{file}} with {{profile}}, letter to {{audience}}",
  "audience.pupil": "the pupil",
  "cli.term.audience": "audience",
  "audience.parents": "the parents",
  "web.preview.for.pupil": "for the pupil",
  "web.preview.for.parents": "for the parents",
  "web.preview.for.staff": "for staff",
  // --- staff guides (handleiding) ---
  "guide.factNotInTools":
    "the guide has staff use this, but tools.yaml says “{{toolFact}}: {{toolValue}}” for this tool. Put false here, or set “{{toolFact}}: true” in tools.yaml with the vendor's page that says so.",
  "profile.vendorRole":
    "“{{value}}” is not a role the letter knows. Choose processor (the vendor works for the centre, under a processing agreement) or controller (the vendor is responsible itself).",
  "profile.processingPlace":
    "“{{value}}” is not a place the letter knows. Choose eu (only in the European Union), outside-eu (outside the European Union) or eu-and-outside-eu (both), as your processing agreement says.",
  "profile.retentionMissing":
    "The field “retention” is missing. The letter must say how long you keep what. Add “retention:” with “file:” (how long the pupil file is kept) and “agreement:” (how long the client's agreement is kept) under it.",
  "profile.retentionText":
    "“retention” is now a list per kind of data, not a single text. Write “retention:” with “file:” (the pupil file) and “agreement:” (the client's agreement) under it.",
  "profile.breachHours":
    "“breachPromiseHours” is the number of hours within which you tell a client of a data breach: a whole number from 1 to 720. Leave it out to follow the GDPR's rule (without undue delay, when the risk is high).",
  "contract.refused":
    "{{file}}: no letter was made for {{tool}}, because the profile does not say what your processing agreement with the vendor sets out. Fill in under “contracts:” what is missing below; the letters for the other tools were made.",
  "contract.need.role":
    "missing: under your processing agreement, is {{vendor}} your processor (processor) or a controller in its own right (controller)?",
  "contract.need.where":
    "missing: where does {{vendor}} process the data under the agreement? eu, outside-eu or eu-and-outside-eu.",
  "contract.need.safeguard":
    "missing: {{vendor}} processes data outside the European Union. Which safeguard does the agreement name for that (for example the European Commission's standard contractual clauses)?",
  "contract.need.retention":
    "missing: what does {{vendor}} keep about a call under the agreement, and for how long?",
  "contract.need.agreement":
    "missing: what is the name of the processing agreement with {{vendor}}?",
  "contract.need.agreementDate":
    "missing: what is the date of the agreement with {{vendor}} (YYYY-MM-DD)?",
  "guide.factNotInGuide":
    "tools.yaml says “{{toolFact}}: true” for this tool, and the letter tells the client the call is secured that way. Put true here, so that the guide has staff do it too.",
  "guide.factsInvalid": "The guide facts file {{file}} has errors:",
  "guide.refused":
    "{{file}}: the guide for {{tools}} misses a required clause, so nothing was written. Put the clause back in the template (see below) and check it with clb-consent validate.",
  "error.unknownDocument":
    "The document kind “{{value}}” does not exist. Choose from: {{choices}}.",
  "validate.targetGuide": "{{file}} (guide for {{tool}})",
  "guide.done": "Guides made: {{count}}, in {{dir}}.",
  "batch.guideRefused":
    "The guide for {{tool}} of {{file}} was not written: a required clause is missing.",
  "cli.opt.documents": "which documents: letters, guides (staff guides) or both",
  // --- tools from tools.yaml ---
  "profile.toolRetired":
    "“{{value}}” ({{name}}) no longer exists since {{date}}: {{noteEn}} Choose another tool: {{choices}}.",
  "error.retiredTool":
    "The tool “{{value}}” ({{name}}) no longer exists since {{date}}: {{noteEn}} Choose another tool: {{choices}}.",
  "tools.id":
    "“{{value}}” cannot be a tool id: use lower-case letters, digits and hyphens (google-meet).",
  "tools.fact": "Fill in true, false or unknown (unknown when no page of the vendor says it).",
  "tools.appNeed": "Fill in none, optional, required or unknown.",
  "tools.processingWhere": "Fill in eu, outside-eu or unknown.",
  "tools.role": "Fill in processor, controller or unknown.",
  "tools.retiredAndActive":
    "“{{value}}” is both under tools and under retired; a tool is one or the other.",
  "checklist.unknownToolFact":
    "when: tool.… names no fact of tools.yaml. Choose from: {{choices}}.",
  "template.missingForTool":
    "There is no template {{file}} for the tool “{{tool}}”: create it next to tools.yaml.",
  "guide.skipped": "No guide for {{tools}}: {{file}} has no facts for a guide about that tool.",
};
