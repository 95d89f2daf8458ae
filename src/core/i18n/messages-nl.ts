/**
 * Dutch messages, the default. Flat keys (no nesting) so `MessageKey` is a plain union and a
 * missing English translation fails `tsc`.
 */
export const nl = {
  // general
  "error.prefix": "Fout",
  "warning.prefix": "Waarschuwing",
  "error.bug":
    "Er ging iets mis dat niet aan jouw invoer ligt (een fout in clb-consent). Meld dit met de technische details hieronder.",
  "error.usage": "{{message}}\nGebruik `{{help}}` voor de mogelijke opties.",
  "error.fileMissing": "Het bestand {{file}} bestaat niet. Controleer de naam en de map.",
  "error.fileUnreadable": "Het bestand {{file}} kan niet gelezen worden: {{reason}}",
  "error.notUtf8":
    "Het bestand {{file}} is niet opgeslagen als UTF-8, de tekstcodering die clb-consent leest.",
  "error.notUtf8Here":
    "hier staat een teken dat geen UTF-8 is (“{{excerpt}}”): het bestand is in een andere tekstcodering opgeslagen. Open het in een teksteditor en sla het op met codering UTF-8 (in Kladblok: Opslaan als, Codering: UTF-8).",
  "error.notText":
    "Het bestand {{file}} is geen tekstbestand (eerder een afbeelding, een programma of een Word-document); de inhoud wordt daarom niet getoond. Kies het juiste bestand: een profiel, sjabloon, tools.yaml of checklist is tekst die je in een teksteditor kunt openen.",
  "error.notTextHere":
    "hier staat het stuurteken {{code}}, dat in geen tekstbestand thuishoort. Kwam het in een tekstbestand terecht, typ die plaats dan opnieuw.",
  "error.fileTooLarge":
    "Het bestand {{file}} is te groot ({{size}} bytes; hoogstens {{max}}). Kijk na of je het juiste bestand koos.",
  "error.outUnwritable":
    "In de map {{dir}} kan niet geschreven worden: {{reason}}. Kies met --out een map waarin je mag schrijven.",
  "error.writeFailed":
    "De brief {{file}} kon niet weggeschreven worden: {{reason}}. Er is geen half bestand achtergebleven.",
  "error.badDate":
    "De datum “{{value}}” is geen geldige datum. Schrijf ze als JJJJ-MM-DD, bijvoorbeeld 2026-11-23.",
  "error.unknownTool": "Het hulpmiddel “{{value}}” bestaat niet. Kies uit: {{choices}}.",
  "error.unknownFormat": "Het formaat “{{value}}” bestaat niet. Kies uit: {{choices}}.",
  "error.unknownLang": "De taal “{{value}}” wordt niet ondersteund. Kies nl of en.",
  "error.toolNotInProfile":
    "Het profiel {{file}} vermeldt {{tool}} niet bij `tools`. Voeg het toe aan het profiel of kies een ander hulpmiddel.",

  // profile loading
  "reason.EACCES": "je hebt er geen schrijf- of leesrechten",
  "reason.EPERM": "dat is niet toegestaan",
  "reason.ENOSPC": "de schijf is vol",
  "reason.EROFS": "de schijf is alleen-lezen",
  "reason.ENOTDIR": "een deel van het pad is een bestand, geen map",
  "reason.EISDIR": "dit is een map, geen bestand",
  "reason.EEXIST": "er staat al een bestand met die naam",
  "reason.EMFILE": "er zijn te veel bestanden tegelijk open",
  "reason.ENOENT": "het bestand of de map bestaat niet",
  "reason.ENAMETOOLONG": "de naam of het pad is te lang",
  "reason.EBUSY":
    "het bestand is in gebruik door een ander programma; sluit het en probeer opnieuw",
  "reason.EIO": "de schijf gaf een lees- of schrijffout",
  "reason.ELOOP": "het pad verwijst in een kring naar zichzelf (symbolische koppelingen)",
  "reason.ENOTFOUND":
    "die computernaam is onbekend (of het netwerk kan ze niet opzoeken); gebruik 127.0.0.1 of een IP-adres van deze computer",
  "reason.EAI_AGAIN":
    "die computernaam kon nu niet opgezocht worden; gebruik 127.0.0.1 of een IP-adres van deze computer",
  "reason.EADDRNOTAVAIL":
    "dat adres hoort niet bij deze computer; gebruik 127.0.0.1 of een IP-adres van deze computer",
  "reason.listen.EACCES":
    "dit programma mag die poort niet gebruiken (poorten onder 1024 vragen meestal beheerdersrechten); kies een andere met --port",
  "reason.unknownCode": "het systeem meldt de fout {{code}}",
  "reason.other": "een onverwachte fout (technische melding: {{detail}})",
  "usage.unknownOption": "De optie {{name}} bestaat niet.",
  "usage.unknownOptionSuggest": "De optie {{name}} bestaat niet. Bedoel je {{suggestion}}?",
  "usage.unknownCommand": "De opdracht {{name}} bestaat niet. Kies uit: {{choices}}.",
  "usage.unknownCommandSuggest":
    "De opdracht {{name}} bestaat niet. Bedoel je {{suggestion}}? De opdrachten: {{choices}}.",
  "usage.missingArgument": "Er ontbreekt een waarde: {{name}}.",
  "usage.missingOption": "De optie {{name}} is verplicht.",
  "usage.excessArguments":
    "{{name}} krijgt hoogstens {{expected}} argument(en) zonder optie ervoor, maar kreeg er {{got}}. Staat er een spatie in een bestandsnaam? Zet die naam dan tussen aanhalingstekens.",
  "usage.other": "De opdracht klopt niet: {{name}}",

  "profile.invalid":
    "Het profiel {{file}} bevat {{count}} fout(en). Er is voor dit centrum geen brief gemaakt. Verbeter de fouten hieronder:",
  "profile.yamlSyntax": "YAML-schrijffout: {{hint}}",
  // What the yaml library's error codes usually mean in a profile (yaml/yaml-source.ts).
  "term.yaml.other":
    "controleer op deze regel de inspringing, de dubbele punt na de veldnaam, haakjes en aanhalingstekens.",
  "term.yaml.MISSING_CHAR":
    "hier ontbreekt een afsluitend teken: een aanhalingsteken (\" of ') of een haakje (] of }) dat eerder geopend werd.",
  "term.yaml.BAD_INDENT":
    "de inspringing klopt niet. De velden van één groep beginnen even ver naar rechts, en een lijst tussen [ ] sluit met ] op dezelfde regel.",
  "term.yaml.BLOCK_AS_IMPLICIT_KEY":
    'er staat een tweede dubbele punt op deze regel, of ze springt verder in dan de velden erboven. Zet een waarde met “: ” erin tussen aanhalingstekens (name: "CLB: Noord"), of laat de regel even ver inspringen als de velden ernaast.',
  "term.yaml.MULTILINE_IMPLICIT_KEY":
    "deze regel is geen “veld: waarde”. Zet een dubbele punt en een spatie na de veldnaam, en kijk na of een aanhalingsteken op een regel erboven gesloten is.",
  "term.yaml.MULTIPLE_DOCS":
    "de regel --- begint een tweede document, en een profiel is er één. Haal de regel --- weg, of zet elk centrum in een eigen bestand.",
  "term.yaml.BAD_SCALAR_START":
    "een waarde kan niet met dit teken beginnen (zoals @ of `). Zet de waarde tussen aanhalingstekens.",
  "term.yaml.BAD_DQ_ESCAPE":
    "een \\ tussen dubbele aanhalingstekens begint een speciaal teken. Schrijf \\\\, of zet de waarde tussen enkele aanhalingstekens.",
  "term.yaml.UNEXPECTED_TOKEN":
    "na het afsluitende aanhalingsteken staat nog tekst. Zet de hele waarde tussen de aanhalingstekens.",
  "term.yaml.BLOCK_IN_FLOW":
    "binnen [ ] of { } kan geen ingesprongen blok staan. Schrijf de lijst op één regel, of als regels die met “- ” beginnen.",
  "profile.yamlTab":
    "Gebruik spaties om in te springen, geen tabs. Vervang de tab op deze regel door spaties.",
  "profile.yamlDuplicateKey": "Het veld “{{key}}” staat hier twee keer. Laat er één over.",
  "profile.yamlAliases":
    "Het profiel gebruikt te veel YAML-verwijzingen (aliassen). Schrijf de waarden gewoon uit.",
  "profile.yamlTag":
    "YAML-labels zoals “{{tag}}” zijn niet toegelaten in een profiel. Schrijf de waarde gewoon uit.",
  "profile.notAMapping":
    "Een profiel is een lijst van velden (naam: waarde), maar dit bestand bevat iets anders.",
  "profile.missing": "Het veld ontbreekt. Vul het in.",
  "profile.wrongType": "Hier hoort {{expected}}, maar er staat {{received}}.",
  "profile.quoteIt":
    'Hier hoort tekst, maar YAML leest {{value}} als {{received}}. Zet de waarde tussen aanhalingstekens: "{{value}}".',
  // zod's types as words (yaml/zod-issues.ts); the translator puts `term.` values in the language.
  "term.type.string": "tekst",
  "term.type.number": "een getal",
  "term.type.integer": "een geheel getal",
  "term.type.boolean": "true of false",
  "term.type.array": "een lijst",
  "term.type.object": "een groep velden",
  "term.type.nothing": "niets",
  "term.type.other": "iets anders",
  "profile.unknownField": "Het veld “{{key}}” bestaat niet.",
  "profile.unknownFieldSuggest": "Het veld “{{key}}” bestaat niet. Bedoel je “{{suggestion}}”?",
  "problems.moreUnknownFields": "en nog {{count, number}} onbekende velden",
  "problems.moreInvisible": "en nog {{count, number}} onzichtbare tekens of richtingstekens",
  "problems.moreSoftHyphens": "en nog {{count, number}} waarden met een zacht afbreekstreepje",
  "problems.moreOfKind": "en nog {{count, number}} fouten van dezelfde soort",
  "profile.empty": "Dit veld mag niet leeg zijn.",
  "profile.tooLong": "Deze waarde is te lang ({{length}} tekens; hoogstens {{max}}).",
  "profile.email": "“{{value}}” is geen geldig e-mailadres. Schrijf het als naam@domein.be.",
  "profile.url":
    "“{{value}}” is geen geldige webadres. Schrijf het volledig, met https://, bijvoorbeeld https://www.clb.example/privacy.",
  "profile.urlScheme":
    "Het webadres “{{value}}” gebruikt {{scheme}}. Alleen https://, http:// en mailto: zijn toegelaten.",
  "profile.id":
    "“{{value}}” is geen geldige id. Gebruik alleen kleine letters, cijfers en koppeltekens (bijvoorbeeld clb-noord); de id wordt een mapnaam.",
  "profile.idReserved":
    "“{{value}}” kan geen id zijn: Windows staat die naam niet toe voor een map (zoals CON, PRN, AUX, NUL, COM1 en LPT1), en de id wordt de naam van de map met de brieven. Kies een andere, bijvoorbeeld clb-{{value}}.",
  "profile.date":
    "“{{value}}” is geen geldige datum. Schrijf ze als JJJJ-MM-DD, bijvoorbeeld 2026-11-23.",
  "profile.phone":
    "“{{value}}” is geen telefoonnummer. Gebruik cijfers, spaties en eventueel + / . ( ) -.",
  "profile.nothingVisible":
    "Deze waarde bevat geen letter, cijfer of leesteken, alleen tekens die op zichzelf niets tonen (zoals een los accent). Typ de waarde opnieuw.",
  "profile.controlChars":
    "Deze waarde bevat onzichtbare stuurtekens (bijvoorbeeld uit een gekopieerde tekst). Typ de waarde opnieuw.",
  "profile.invisibleChar":
    "Hier staat een onzichtbaar teken, {{name}} ({{code}}), dat meestal meekomt bij kopiëren en plakken: het splitst of verbergt een woord zonder dat je het ziet. Typ de tekst op deze plaats opnieuw, zonder dat teken.",
  "profile.directionChar":
    "Hier staat een onzichtbaar richtingsteken, {{name}} ({{code}}): het kan de tekst erna in de brief omkeren of verschuiven. Typ de tekst op deze plaats opnieuw, zonder dat teken. Arabische of Hebreeuwse namen hebben zo'n teken niet nodig.",
  "profile.softHyphenRemoved":
    "Hier stond een onzichtbaar zacht afbreekstreepje (SOFT HYPHEN, U+00AD). Het is uit de waarde weggelaten; haal het ook uit het bestand, dan verschijnt deze waarschuwing niet meer.",
  "profile.newline": "Deze waarde mag maar één regel lang zijn.",
  "profile.age": "De leeftijd moet een geheel getal tussen {{min}} en {{max}} zijn.",
  "profile.toolChoice": "“{{value}}” is geen gekend hulpmiddel. Kies uit: {{choices}}.",
  "profile.toolsDuplicate": "Het hulpmiddel “{{value}}” staat twee keer in de lijst.",
  "profile.translationCode": "Een taalcode is twee of drie kleine letters, zoals fr of ar.",
  "profile.translationUnknown": "Voor “{{value}}” is er geen vertaling. Kies uit: {{choices}}.",
  "profile.translatedPath":
    "“{{value}}” is geen Nederlandse tekst van het profiel die een brief toont. Vertaal alleen: {{choices}}.",
  "profile.complaintChannel":
    "Geef bij de klachtencontactpersoon een e-mailadres, een telefoonnummer of een webadres van de klachtenprocedure.",
  "profile.logoMissing":
    "Het logo {{value}} bestaat niet (gezocht naast het profiel). Controleer de bestandsnaam.",
  "profile.logoType": "Het logo {{value}} is geen PNG- of JPEG-afbeelding.",
  "profile.logoTooLarge":
    "Het logo {{value}} is te groot ({{size}} bytes; hoogstens {{max}}). Verklein de afbeelding.",
  "profile.logoPath": "Het logo {{value}} moet in de map van het profiel (of een submap) staan.",
  "profile.invalidValue": "Deze waarde is niet geldig.",

  // tools and templates
  "tools.invalid": "Het bestand met hulpmiddelen {{file}} bevat fouten:",
  "language.invalid": "De taalgegevens {{file}} bevatten fouten:",
  "language.code": "De taalcode is twee of drie kleine letters (ISO 639-1: fr, en, ar).",
  "language.codeFolder": "De taalcode moet dezelfde zijn als de naam van de map: {{code}}.",
  "language.tag": "De taaltag is een BCP 47-tag, zoals fr-BE, en of ar.",
  "language.dir": "De schrijfrichting is ltr (links naar rechts) of rtl (rechts naar links).",
  "language.noticeDate":
    "De melding bovenaan moet {date} bevatten: de datum van de Nederlandse brief.",
  "language.months": "Geef precies 12 maandnamen, van januari tot december.",
  "language.dateFormat": "De datumnotatie moet {day}, {month} en {year} bevatten.",
  "language.toolProseMissing":
    "De vertaling van “{{field}}” voor {{tool}} ontbreekt. Zet onder tools.{{tool}} de waarde van tools.yaml in deze taal.",
  "template.invalidSet": "De sjablonen in {{dir}} bevatten fouten. Er is geen brief gemaakt:",
  "template.unclosedBlock":
    "Een blok dat hier begint ({{open}}) wordt nergens afgesloten. Voeg {{close}} toe waar het blok eindigt.",
  "template.unclosedMustache":
    "Deze {{ wordt nergens gesloten met }}. Voeg }} toe waar de waarde eindigt.",
  "template.blockMismatch":
    "{{close}} sluit {{open}} niet af. Gebruik dezelfde naam bij openen en sluiten.",
  "template.decorator": "Decorators ({{name}}) zijn niet toegelaten in een sjabloon.",
  "template.missing":
    "Het sjabloon {{file}} bestaat niet. Elk hulpmiddel heeft een sjabloon <hulpmiddel>.md.hbs nodig.",
  "template.syntax": "Schrijffout in het sjabloon: {{detail}}",
  "template.unknownVariable": "Het sjabloon gebruikt “{{name}}”, maar die waarde bestaat niet.",
  "template.unknownVariableSuggest":
    "Het sjabloon gebruikt “{{name}}”, maar die waarde bestaat niet. Bedoel je “{{suggestion}}”?",
  "template.unknownHelper": "Het sjabloon gebruikt de helper “{{name}}”, maar die bestaat niet.",
  "template.unknownPartial":
    "Het sjabloon gebruikt het deelsjabloon “{{name}}”, maar dat bestaat niet in {{dir}}.",
  "template.helperArgument": "De helper “{{name}}” kreeg geen geldige waarde: {{detail}}",
  "template.recursion":
    "Het deelsjabloon “{{name}}” roept zichzelf (onrechtstreeks) op en stopt nooit.",
  "template.tooLarge":
    "Het sjabloon levert een tekst van meer dan {{max}} tekens op. Controleer lussen en deelsjablonen.",
  "template.failed": "Het sjabloon {{file}} kon niet ingevuld worden:",
  "template.markdown":
    "Het ingevulde sjabloon gebruikt “{{construct}}”, dat een brief niet kan bevatten. Gebruik alleen titels, alinea's, lijsten, vet, cursief en links.",
  "template.noTitle":
    "Het ingevulde sjabloon begint niet met een titel (een regel die met “# ” begint).",

  "pdf.unprintable": "De PDF-brief voor {{file}} kon niet gemaakt worden:",
  "pdf.unprintableChar":
    "Het teken “{{char}}” (U+{{code}}, schrift: {{script}}) staat in geen enkel lettertype van de PDF en zou als een leeg vakje gedrukt worden. Vervang het teken als je een PDF nodig hebt; DOCX, Markdown en tekst tonen het wel.",
  "term.script.other": "symbolen of een zeldzaam schrift",
  "pdf.refused":
    "{{file}}: geen PDF voor {{documents}}, want een teken heeft geen lettertype in de PDF (zie hieronder). {{made}}",
  "pdf.refusedWithEmail":
    "{{file}}: geen PDF en geen e-mail (die stuurt de PDF mee) voor {{documents}}, want een teken heeft geen lettertype in de PDF (zie hieronder). {{made}}",
  "term.pdf.othersMade": "De andere formaten zijn wel gemaakt.",
  "term.pdf.nothingMade":
    "Er is niets geschreven: vraag met -f ook docx, md of txt, die tonen elk teken.",

  // generate
  "checklist.invalid": "De checklist {{file}} bevat fouten:",
  "checklist.badPattern": "Dit patroon is geen geldige reguliere expressie: {{detail}}",
  "checklist.duplicateId": "De id “{{value}}” komt twee keer voor in de checklist.",
  "validate.clauseMissing": "ontbreekt: {{missing}}",
  "validate.clauseScattered":
    "alle onderdelen staan erin, maar niet bij elkaar. Zet ze samen in één alinea.",
  "validate.placeholder":
    "Er staat nog een plaatshouder in de brief: “{{text}}”. Vul hem in of haal hem weg.",
  "validate.emptyLink": "Er staat een link zonder adres of zonder tekst in de brief.",
  "validate.toolUnknown":
    "Voor welk hulpmiddel deze brief is, staat niet in de titel of de tekst. Geef het op met --tool en een van deze hulpmiddelen: {{choices}}.",
  "validate.unsupportedFile":
    "{{file}} kan niet nagekeken worden: alleen sjablonen (.md.hbs) en brieven (.pdf, .docx, .md, .txt).",
  "validate.unreadable":
    "{{file}} kon niet gelezen worden als {{format}}-bestand. Is het beschadigd?",
  "validate.unknownVariable":
    "Het sjabloon gebruikt “{{name}}”, maar die waarde bestaat niet in een profiel of in tools.yaml.",
  "validate.unknownVariableSuggest":
    "Het sjabloon gebruikt “{{name}}”, maar die waarde bestaat niet in een profiel of in tools.yaml. Bedoel je “{{suggestion}}”?",
  "validate.targetTemplate": "{{file}} met {{profile}}",
  "validate.targetLetter": "{{file}} (brief voor {{tool}})",
  "validate.recommended": "aanbevolen",
  "validate.readability":
    "leesbaarheid van de {{part}} ({{audience}}): {{words}} woorden (hoogstens {{maxWords}}), gemiddeld {{wordsPerSentence}} woorden per zin (hoogstens {{maxWordsPerSentence}}), {{longPercent}} % zinnen van meer dan {{longWords}} woorden (hoogstens {{maxLongPercent}} %), Flesch-Douma {{ease}} (minstens {{minEase}})",
  "validate.readabilityFirstLayer": "eerste laag",
  "validate.readabilityWholeLetter": "hele brief",
  "validate.readabilityNumberLocale": "nl-BE",
  "validate.readability.tooManyWords":
    "de eerste laag telt {{words}} woorden, meer dan {{maxWords}}: houd daar wat de lezer eerst moet weten en zet de rest onder “{{heading}}”.",
  "validate.readability.readingEaseLow":
    "Flesch-Douma {{ease}} is lager dan {{minEase}}, de drempel voor deze lezer: schrijf kortere zinnen en kortere woorden.",
  "validate.readability.sentencesTooLong":
    "gemiddeld {{wordsPerSentence}} woorden per zin, meer dan {{maxWordsPerSentence}}: splits de lange zinnen.",
  "validate.readability.tooManyLongSentences":
    "{{longPercent}} % van de zinnen telt meer dan {{longWords}} woorden (hoogstens {{maxLongPercent}} %): splits die zinnen.",
  "validate.readability.hedging":
    "vaag woord {{words}} in de eerste laag: zeg wat er gebeurt, of laat het weg. De zin: “{{sentence}}”",
  "validate.readability.secondLayerMissing":
    "de kop “{{heading}}” (niveau 2, “## {{heading}}”) ontbreekt, dus is de hele brief als eerste laag gemeten. Zet wat niet op pagina 1 hoort onder die kop.",
  "validate.readability.firstLayerEmpty":
    "de eerste laag is leeg: tussen de titel en “{{heading}}” staat geen tekst.",
  "validate.summary":
    "{{targets}} nagekeken, {{checks}} clausules gecontroleerd: {{errors}} fout(en), {{warnings}} waarschuwing(en).",
  "validate.verdictOk": "In orde.",
  "validate.verdictFailed": "Niet in orde: verbeter de fouten hierboven.",
  "validate.verdictStrict":
    "Niet in orde met --strict: ook aanbevolen clausules moeten erin staan en de eerste laag moet de leesbaarheidsdrempels halen.",
  "validate.noContractProfile":
    "Geen enkel profiel gebruikt {{tool}} of heeft er een contract voor (“contracts.{{tool}}”), dus dit sjabloon is niet ingevuld en niet nagekeken. Geef met --profile een profiel dat het wel heeft.",
  "validate.noTranslatedProfile":
    "Geen enkel profiel dat {{tool}} gebruikt heeft de eigen teksten van het centrum in het {{language}} (“translated.{{code}}”), dus deze vertaling is niet ingevuld en niet nagekeken. Geef met --profile een profiel dat ze heeft.",
  "validate.noProfiles":
    "In {{dir}} staan geen profielen om de sjablonen mee in te vullen. Geef er een op met --profile.",

  "generate.wrote": "{{file}} geschreven",
  "generate.done": "Brieven gemaakt: {{count}}, in {{dir}}.",
  "generate.letterRefused":
    "{{file}}: de brief voor {{tools}} mist een verplichte clausule, dus er is niets geschreven. Zet de clausule terug in het sjabloon (zie hieronder) en controleer het met clb-consent validate.",
  "generate.failedCentre": "Voor {{file}} is geen brief gemaakt.",

  // batch
  "translation.choiceRefused":
    "{{file}}: geen vertalingen gemaakt, want het profiel bevat {{count}} fout(en) bij de vertalingen (de Nederlandse brieven zijn wel gemaakt):",
  "translation.refused":
    "{{file}}: geen vertaling in het {{language}}, want het profiel mist teksten in die taal:",
  "translation.proseMissing":
    "De tekst “{{path}}” in deze taal ontbreekt. Zet onder translated.{{code}} de regel “{{path}}: …” met de tekst van het centrum in die taal (een naam, adres of webadres blijft zoals het is).",
  "translation.unreviewed":
    "Let op: {{list}} werd nog niet nagelezen door iemand die de taal leest. De vertaling gaat mee ter informatie; de Nederlandse brief geldt.",
  "translation.noOwnEmail":
    "Een vertaling krijgt geen eigen e-mailconcept: verstuur de e-mail bij de Nederlandse brief, die de brief is die telt. Met generate -f eml --translation <taal> krijgt die e-mail de vertaling als tweede bijlage.",
  "term.languageName": "{{nameNl}} ({{code}})",
  "letter.translationNotice":
    "Vertaling ter informatie. Alleen de Nederlandse brief van {{date}} geldt.",
  "letter.firstLayerOverflow":
    "{{file}}: de eerste laag (de vraag en hoe je antwoordt) loopt door tot pagina {{pages}}, maar hoort op pagina 1. Maak in {{profile}} korter: {{fields}}. De brief is wel juist en werd gemaakt.",
  "letter.firstLayerTemplate": "de teksten van de eerste laag in het sjabloon",
  "cli.translationsUnknown":
    "--translations: voor “{{value}}” is er geen vertaling. Kies uit: {{choices}}, of none.",
  "cli.translationNotMade":
    "--translation {{value}}: die vertaling wordt niet gemaakt. Vraag ze met --translations of in het profiel ({{choices}}).",
  "profiles.dirMissing":
    "De map {{dir}} bestaat niet. Geef met --profiles de map met één profiel (.yaml) per centrum.",
  "profiles.notADir":
    "{{dir}} is een bestand, geen map: --profiles verwacht de map met één profiel (.yaml) per centrum.",
  "profiles.none":
    "In de map {{dir}} staat geen profiel (geen .yaml- of .yml-bestand). Geef met --profiles de map met één profiel per centrum.",
  "batch.duplicateId":
    "Twee of meer profielen hebben de id “{{id}}”: {{files}}. Geef elk centrum een eigen id; geen van deze profielen kreeg brieven.",
  "batch.letterRefused":
    "De brief voor {{tool}} van {{file}} is niet geschreven: er ontbreekt een verplichte clausule.",
  "batch.logoChanged":
    "{{file}}: het logo {{logo}} is veranderd of weg sinds het begin van de run. Er zijn geen brieven voor dit centrum gemaakt. Start de opdracht opnieuw.",
  "batch.locked":
    "Er loopt al een batch die in {{dir}} schrijft (proces {{pid}}). Wacht tot die klaar is, of kies een andere map met --out.",
  "batch.outOfMemory":
    "De brieven voor {{file}} hadden meer geheugen nodig dan een werkthread mag gebruiken ({{mb}} MB) en zijn niet gemaakt. Maak ze opnieuw met --jobs 1: dan geldt die grens niet.",
  "batch.clauseMissing": "{{label}}: ontbreekt: {{missing}}",
  "batch.clauseScattered":
    "{{label}}: alle onderdelen staan erin, maar niet bij elkaar. Zet ze samen in één alinea.",
  "batch.progress": "{{done}}/{{total}} centra, {{letters}} brieven – {{centre}}",
  // The progress bar's line: cli-progress fills in {value}, {total}, {letters} and {centre}.
  "batch.progressBar": "{value}/{total} centra, {letters} brieven – {centre}",
  "batch.summaryFull":
    "Centra: {{centres}}, waarvan {{centresFailed}} zonder brieven. Brieven: {{written}} geschreven, {{unchanged}} ongewijzigd, {{lettersFailed}} niet gemaakt. Duur: {{seconds, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} s. Manifest: {{manifest}}",
  "batch.interrupted":
    "Onderbroken. De brieven die af waren, staan in het manifest; start de opdracht opnieuw om de rest te maken.",
  "batch.leftovers": "{{count}} tijdelijk(e) bestand(en) van een onderbroken run opgeruimd.",
  "batch.centreFailed": "Voor {{file}} zijn geen brieven gemaakt.",
  "batch.samePlaces": "Dezelfde melding geldt ook op {{count, number}} andere plaats(en):",
  "batch.samePlacesMore": "en nog {{count, number}} andere",
  "error.badJobs": "--jobs moet een geheel getal van 1 tot 64 zijn, niet “{{value}}”.",
  "cli.batch.description": "maakt de brieven van alle centra in een map",
  "cli.opt.profiles": "map met de profielen",

  // schema
  "schema.description": "Profiel van een CLB voor clb-consent",

  // CLI help
  "cli.description":
    "Maakt de brieven voor geïnformeerde toestemming bij beeldbellen (PDF, DOCX, Markdown, tekst, e-mail) en controleert ze.",
  "cli.opt.help": "toont deze hulp",
  "cli.opt.version": "toont het versienummer van clb-consent",
  "cli.help.usage": "Gebruik:",
  "cli.help.options": "Opties:",
  "cli.help.commands": "Opdrachten:",
  "cli.help.arguments": "Argumenten:",
  "cli.help.default": "standaard",
  "cli.term.dir": "map",
  "cli.term.list": "lijst",
  "cli.term.file": "bestand",
  "cli.term.tool": "hulpmiddel",
  "cli.term.date": "JJJJ-MM-DD",
  "cli.term.options": "opties",
  "cli.term.files": "bestanden",
  "cli.term.command": "opdracht",
  "cli.term.port": "poort",
  "cli.term.host": "adres",
  "cli.term.n": "aantal",
  "cli.term.code": "taal",
  "cli.opt.lang": "taal van de meldingen: nl (standaard) of en",
  "cli.generate.description": "maakt de brieven van één centrum",
  "cli.opt.profile": "het profiel van het centrum (YAML)",
  "cli.opt.tool":
    "hulpmiddel: een id uit tools.yaml (zie clb-consent schema) of all (standaard: de hulpmiddelen uit het profiel)",
  "cli.opt.format":
    "formaten, gescheiden door komma's, uit: pdf, docx, md (Markdown), txt (tekst) en eml (een e-mail met de PDF als bijlage); standaard {{defaults}}",
  "cli.opt.out": "map waarin de brieven komen",
  "cli.opt.date": "datum van de brief; standaard die uit het profiel of het sjabloon",
  "cli.opt.templates": "map met de sjablonen (standaard de meegeleverde templates/)",
  "cli.validate.description": "controleert sjablonen en brieven op de verplichte clausules",
  "cli.opt.strict": "ook aanbevolen clausules zijn verplicht",
  "cli.opt.json": "het verslag als JSON",
  "cli.opt.validateTool": "hulpmiddel van de brief (standaard: uit de titel of de tekst)",
  "cli.opt.validateProfile":
    "profiel om sjablonen mee in te vullen of brieven mee te vergelijken (standaard: alle voorbeeldprofielen)",
  "cli.opt.jobs": "aantal gelijktijdige taken (standaard: één per processorkern)",
  "cli.opt.force": "schrijf alle brieven opnieuw, ook als er niets veranderde",
  "cli.opt.signature": "voeg onderaan elke brief een blok “Voor akkoord” toe om te ondertekenen",
  "cli.opt.translations":
    "talen van de vertalingen ter informatie, met komma's (fr,ar), of none; standaard die van het profiel",
  "cli.opt.translation":
    "voeg bij de e-mail ook de PDF in deze taal toe (een taal van --translations)",
  "cli.schema.description": "toont het JSON-schema van een profiel (voor editors)",
  // --- web page (clb-consent web) ---
  "cli.web.description":
    "start een pagina in je browser: profiel invullen, brief bekijken, downloaden, controleren",
  "cli.opt.port": "poort van de pagina (0: een vrije poort)",
  "cli.opt.host": "adres waarop de pagina luistert (standaard 127.0.0.1: alleen deze computer)",
  "web.started": "De pagina draait op {{url}}. Open dat adres in je browser; stoppen met Ctrl+C.",
  "web.hostWarning":
    "Let op: met --host {{host}} kunnen andere computers de pagina bereiken, zonder wachtwoord. Doe dit alleen op een netwerk dat je vertrouwt.",
  "web.badPort": "De poort “{{value}}” is geen getal van 0 tot 65535.",
  "web.listenFailed": "De pagina kan niet starten op {{host}}:{{port}}: {{reason}}",
  "web.atLine": "regel {{line}}: {{message}}",
  "reason.EADDRINUSE": "die poort is al in gebruik; kies een andere met --port",
  "web.title": "Toestemmingsbrieven voor beeldbellen",
  "web.intro":
    "Vul de gegevens van je centrum in. Het voorbeeld van de brief verandert terwijl je typt. Niets wordt bewaard of verstuurd: alles blijft op deze computer.",
  "web.formFile": "het formulier",
  "web.required": "verplicht",
  "web.group.centre": "Het centrum",
  "web.group.privacy": "Privacy",
  "web.group.complaints": "Klachten en toezicht",
  "web.group.dpo": "Functionaris voor gegevensbescherming (DPO)",
  "web.group.tools": "Hulpmiddelen",
  "web.group.letter": "De brief",
  "web.group.logo": "Logo",
  "web.group.other": "Andere velden",
  "web.group.translations": "Vertalingen",
  "web.translations.help":
    "Een vertaling gaat ter informatie mee naast de Nederlandse brief, voor ouders of leerlingen die het Nederlands niet goed genoeg lezen; de Nederlandse brief geldt. Kies de talen die het centrum aanbiedt en vul per taal de eigen teksten van het centrum in.",
  "web.translations.languages": "Talen waarin de brief ook meegaat",
  "web.translations.unreviewed": "niet nagelezen",
  "web.translations.attach": "Vertaling bij de e-mail",
  "web.translations.attachNone": "Geen",
  "web.translations.attachHelp":
    "De e-mail bij elke Nederlandse brief draagt dan ook de PDF in die taal, na de Nederlandse.",
  "web.translations.texts": "Teksten van het centrum in het {{language}}",
  "web.translations.field": "Vertaling van “{{field}}” ({{path}})",
  "field.id": "Korte naam van het centrum",
  "field.id.help":
    "Gebruikt in bestands- en mapnamen: kleine letters, cijfers en koppeltekens, bijvoorbeeld clb-de-brug.",
  "field.name": "Naam van het centrum",
  "field.name.help": "Zoals ze in de brief staat.",
  "field.address.street": "Straat en huisnummer",
  "field.address.postalCode": "Postcode",
  "field.address.city": "Gemeente",
  "field.phone": "Telefoonnummer van het centrum",
  "field.email": "E-mailadres van het centrum",
  "field.website": "Website van het centrum",
  "field.website.help": "Een volledig webadres, beginnend met https://.",
  "field.privacyUrl": "Privacyverklaring van het centrum",
  "field.privacyUrl.help": "Het webadres van de privacyverklaring; de brief verwijst ernaar.",
  "field.retention.file": "Bewaartermijn van het leerlingendossier",
  "field.retention.file.help":
    "Hoe lang jullie het dossier bewaren (met datum, uur en duur van een gesprek en de notities), als termijn of met de regel die hem bepaalt.",
  "field.retention.agreement": "Bewaartermijn van het akkoord",
  "field.retention.agreement.help": "Hoe lang jullie het akkoord van de cliënt bewaren.",
  "field.breachPromiseHours": "Eigen belofte bij een datalek (uren)",
  "field.breachPromiseHours.help":
    "Leeg: de brief volgt de AVG (zonder onnodige vertraging, als het risico groot is). Een getal: jullie beloven het binnen zoveel uur te laten weten.",
  "field.ownConsentAge": "Leeftijd waarop de leerling zelf beslist",
  "field.ownConsentAge.help":
    "Vanaf deze leeftijd beslist de leerling in principe zelf: 12, of jonger als jullie dat willen.",
  "field.complaint.contact": "Wie behandelt klachten",
  "field.complaint.contact.help": "Naam of functie, bijvoorbeeld de directeur.",
  "field.complaint.email": "E-mailadres voor klachten",
  "field.complaint.phone": "Telefoonnummer voor klachten",
  "field.complaint.url": "Webpagina over klachten",
  "field.complaint.url.help":
    "Vul minstens één manier in om een klacht in te dienen: e-mail, telefoon of webpagina.",
  "field.authority.name": "Naam van de toezichthouder",
  "field.authority.url": "Website van de toezichthouder",
  "field.dpo.name": "Naam van de DPO",
  "field.dpo.name.help": "Mag leeg blijven; het e-mailadres is verplicht.",
  "field.dpo.email": "E-mailadres van de DPO",
  "field.dpo.phone": "Telefoonnummer van de DPO",
  "field.tools": "Hulpmiddelen waarmee het centrum beeldbelt",
  "field.tools.help": "Voor elk gekozen hulpmiddel komt er een brief en een gids voor medewerkers.",
  "field.letterDate": "Datum van de brief",
  "field.version": "Versie van de brief",
  "field.version.help": "Bijvoorbeeld 2026.1. Zo weet je later welke brief iemand kreeg.",
  "field.signature": "Blok om te ondertekenen onderaan de brief",
  "field.logo": "Logo (PNG of JPEG, hoogstens 2 MB)",
  "field.contract.role": "{{tool}}: rol van de leverancier",
  "field.contract.role.help":
    "Uit jullie verwerkersovereenkomst. Zonder de gegevens van de overeenkomst komt er geen brief voor dit hulpmiddel.",
  "field.contract.where": "{{tool}}: waar de gegevens verwerkt worden",
  "field.contract.safeguard": "{{tool}}: waarborg buiten de EU",
  "field.contract.safeguard.help":
    "Verplicht als de gegevens (ook) buiten de Europese Unie gaan, bijvoorbeeld de standaardcontractbepalingen van de Europese Commissie.",
  "field.contract.retention": "{{tool}}: wat de leverancier bewaart, en hoe lang",
  "field.contract.agreement": "{{tool}}: naam van de overeenkomst",
  "field.contract.agreementDate": "{{tool}}: datum van de overeenkomst",
  "field.choice.eu": "In de Europese Unie",
  "field.choice.outside-eu": "Buiten de Europese Unie",
  "field.choice.eu-and-outside-eu": "In en buiten de Europese Unie",
  "field.choice.processor": "Verwerker: werkt in onze opdracht (verwerkersovereenkomst)",
  "field.choice.controller": "Zelf verantwoordelijk: gebruikt de gegevens voor eigen doeleinden",
  "web.select.none": "Niet ingevuld",
  "web.logoHelp":
    "Bij Profiel opslaan krijg je het logo mee als tweede bestand: bewaar het naast het profiel, onder die naam.",
  "web.logo.needed":
    "Dit profiel noemt het logo {{logo}}. Kies dat bestand bij Logo; dan staat het in de brieven.",
  "web.profile.open": "Profiel openen (.yaml)",
  "web.profile.save": "Profiel opslaan",
  "web.profile.loaded": "Het profiel {{file}} staat in het formulier.",
  "web.problems": "Het formulier bevat {{count}} fout(en). Ze staan bij de velden.",
  "web.noProblems": "Het formulier is in orde.",
  "web.status.start":
    "Vul het formulier in, of open een profiel. Wat een veld mist, staat erbij zodra je het verlaat.",
  "web.profile.broken":
    "Het profiel {{file}} kon niet geopend worden; het formulier is leeggemaakt. De fouten staan hieronder.",
  "web.check.guideResult": "{{file}}: handleiding voor {{tool}}",
  "web.downloads.fonts": "Lettertypen en de PDF-maker laden…",
  "web.error.siteMissing":
    "De pagina is niet gebouwd. Voer `npm run build` uit in de map van clb-consent en start opnieuw.",
  "web.error.forbiddenPage": "Geweigerd",
  "web.error.forbiddenHelp":
    "Open de pagina zelf: typ het adres dat `clb-consent web` toonde in de adresbalk van je browser.",
  "web.preview.title": "Voorbeeld",
  "web.preview.letter": "Brief",
  "web.preview.updated": "Voorbeeld bijgewerkt: {{title}}",
  "web.preview.waiting":
    "Verbeter eerst de fouten in het formulier. Tot dan zie je hier de laatste versie zonder fouten.",
  "web.downloads.title": "Downloaden",
  "web.downloads.all": "Alles in één zip-bestand",
  "web.downloads.busy": "Bezig met {{file}}…",
  "web.check.title": "Een aangepaste brief controleren",
  "web.check.help":
    "Sleep een DOCX- of PDF-bestand hierheen, of kies er een. Je ziet per clausule of ze nog in de brief staat. Het bestand wordt niet bewaard.",
  "web.check.choose": "Brief kiezen (DOCX of PDF, hoogstens 10 MB)",
  "web.check.result": "{{file}}: brief voor {{tool}}",
  "web.check.ok": "staat erin",
  "web.check.missing": "ontbreekt",
  "web.check.scattered": "verspreid",
  "web.check.allOk": "Alle verplichte clausules staan erin.",
  "web.check.failed": "{{count}} verplichte clausule(s) ontbreken.",
  "web.error.forbidden":
    "Deze aanvraag komt niet van de pagina van clb-consent zelf en is geweigerd.",
  "web.error.tooLarge": "Dit is te groot: hoogstens {{max}} bytes.",
  "web.error.notFound": "Deze pagina bestaat niet.",
  "web.error.bug":
    "Er ging iets mis in clb-consent zelf, niet in je invoer. Probeer opnieuw; de pagina werkt verder.",
  // --- e-mail and proof ---
  "cli.proof.description":
    "toont de notitie voor het cliëntdossier: welke brief de cliënt goedkeurde, wanneer en hoe",
  "cli.proof.letter": "de brief (PDF of DOCX) zoals hij in de uitvoermap staat",
  "cli.opt.route": "hoe de cliënt akkoord ging",
  "cli.opt.proofDate": "de dag waarop de cliënt akkoord ging",
  "cli.opt.by": "wie akkoord ging (standaard: de leerling, of een ouder bij de brief voor ouders)",
  "cli.opt.manifest": "het manifest (standaard manifest.json in de map boven die van de brief)",
  "cli.opt.proofJson": "de notitie als JSON",
  "proof.day": "{{dutch}}",
  "proof.title": "Geïnformeerde toestemming voor beeldbellen",
  "proof.field.date": "Datum van het akkoord",
  "proof.field.route": "Manier",
  "proof.field.by": "Akkoord van",
  "proof.field.tool": "Hulpmiddel",
  "proof.field.centre": "Centrum",
  "proof.field.audience": "Brief voor",
  "proof.field.title": "Titel van de brief",
  "proof.field.letter": "Brief",
  "proof.field.sha256": "SHA-256 van de brief (zoals in het manifest)",
  "proof.letterVersion": "versie {{version}} van {{date}}",
  "proof.letterDate": "brief van {{date}}",
  "proof.route.email": "Per e-mail",
  "proof.route.signature": "Met een handtekening",
  "proof.route.oral": "Mondeling",
  "proof.routeDetail.email": "antwoord ‘akkoord’ op de e-mail met de brief",
  "proof.routeDetail.signature": "de ondertekende brief",
  "proof.routeDetail.oral": "gezegd aan de medewerker, genoteerd in het dossier",
  "proof.by.pupil": "de leerling",
  "proof.by.parent": "een ouder of voogd",
  "proof.audience.pupil": "de leerling",
  "proof.audience.parents": "de ouders of voogd",
  "proof.unknownRoute": "De manier “{{value}}” bestaat niet. Kies uit: {{choices}}.",
  "proof.unknownBy": "“{{value}}” kan niet bij --by. Kies uit: {{choices}}.",
  "proof.tooManyFiles":
    "proof neemt één brief; je gaf er {{count}}: {{files}}. Maak per brief een eigen notitie.",
  "proof.unsupportedFile":
    "{{file}}: geef de brief die de cliënt kreeg, als PDF of DOCX (bij een e-mail: de PDF ernaast).",
  "proof.noManifest":
    "Er is geen manifest {{manifest}}. Maak de brieven met clb-consent batch, of geef met --manifest het manifest van deze brieven.",
  "proof.badManifest":
    "{{manifest}} is geen manifest van clb-consent (of het is beschadigd). Geef met --manifest het juiste manifest.",
  "proof.notListed":
    "{{file}} staat niet in het manifest {{manifest}}. Dit is geen brief van die reeks: geef de brief die de cliënt kreeg, of met --manifest het manifest van zijn reeks.",
  "proof.changed":
    "{{file}} is niet de brief die het manifest {{manifest}} vermeldt: de inhoud verschilt (gewijzigd nadat hij gemaakt werd, of uit een andere reeks). Er is geen notitie gemaakt. Zoek de brief die de cliënt echt kreeg. (SHA-256 in het manifest: {{listed}}; van dit bestand: {{actual}})",
  "proof.beforeLetter":
    "De datum van het akkoord ({{date}}) ligt vóór de datum van de brief ({{letterDate}}). Kijk de datum na.",
  "proof.dateInFuture":
    "De datum van het akkoord ({{date}}) ligt na vandaag ({{today}}). Noteer een akkoord pas als de cliënt het gaf, met bij --date de dag waarop dat gebeurde.",
  "proof.guide":
    "{{file}} is een handleiding voor medewerkers, geen brief: proof is voor de brief waarmee de cliënt akkoord ging. Geef die brief: {{pupil}} (voor de leerling) of {{parents}} (voor ouders).",
  "proof.translation":
    "{{file}} is een vertaling ter informatie: de cliënt gaat akkoord met de Nederlandse brief. Maak de notitie met die brief: {{dutch}}.",
  "proof.byParentOnPupilLetter":
    "{{file}} is de brief voor de leerling: met --by parent past hij niet. Ging een ouder of voogd akkoord, geef dan de brief voor ouders ({{other}}). Ging de leerling zelf akkoord, laat --by dan weg of geef --by pupil.",
  "proof.byPupilOnParentsLetter":
    "{{file}} is de brief voor ouders: met --by pupil past hij niet. Ging de leerling zelf akkoord, geef dan de brief voor de leerling ({{other}}). Ging een ouder of voogd akkoord, laat --by dan weg of geef --by parent.",
  "proof.clausesMissing":
    "{{file}} mist een verplichte clausule; een akkoord op deze brief bewijst te weinig. Er is geen notitie gemaakt.",
  "proof.clauseMissing": "ontbreekt: {{label}}",
  // --- letters for pupils and parents (issue 19) ---
  "profile.dpoMissing":
    "Het veld “dpo” ontbreekt. Een CLB moet een functionaris voor gegevensbescherming hebben, en de brief zegt hoe je die bereikt. Voeg toe: “dpo:” met daaronder minstens “email:” (en eventueel “name:” en “phone:”).",
  "validate.mistake": "{{label}}: de brief schrijft “{{found}}”. Schrijf “{{right}}”.",
  "cli.opt.audience":
    "voor wie: pupil (de leerling), parents (de ouders of voogd) of all (allebei)",
  "cli.audience.invalid":
    "“{{value}}” is geen geldige keuze voor --audience. Kies pupil, parents of all.",
  "validate.targetTemplateAudience": "{{file}} met {{profile}}, brief aan {{audience}}",
  "audience.pupil": "de leerling",
  "cli.term.audience": "wie",
  "audience.parents": "de ouders",
  "web.preview.for.pupil": "voor de leerling",
  "web.preview.for.parents": "voor de ouders",
  "web.preview.for.staff": "voor medewerkers",
  // --- staff guides (handleiding) ---
  "guide.factNotInTools":
    "de handleiding laat medewerkers dit gebruiken, maar tools.yaml zegt bij dit hulpmiddel “{{toolFact}}: {{toolValue}}”. Zet hier false, of zet “{{toolFact}}: true” in tools.yaml met de pagina van de leverancier die het zegt.",
  "profile.vendorRole":
    "“{{value}}” is geen rol die de brief kent. Kies processor (de leverancier werkt in opdracht van het centrum, met een verwerkersovereenkomst) of controller (de leverancier is zelf verantwoordelijk).",
  "profile.processingPlace":
    "“{{value}}” is geen plaats die de brief kent. Kies eu (alleen in de Europese Unie), outside-eu (buiten de Europese Unie) of eu-and-outside-eu (allebei), zoals jullie verwerkersovereenkomst het zegt.",
  "profile.retentionMissing":
    "Het veld “retention” ontbreekt. De brief moet zeggen hoe lang jullie wat bewaren. Voeg toe: “retention:” met daaronder “file:” (hoe lang het leerlingendossier bewaard wordt) en “agreement:” (hoe lang het akkoord van de cliënt bewaard wordt).",
  "profile.retentionText":
    "“retention” is nu een lijst per soort gegevens, geen losse tekst. Schrijf “retention:” met daaronder “file:” (het leerlingendossier) en “agreement:” (het akkoord van de cliënt).",
  "profile.breachHours":
    "“breachPromiseHours” is het aantal uur waarbinnen jullie een cliënt over een datalek inlichten: een geheel getal van 1 tot 720. Laat het weg om de regel van de AVG te volgen (zonder onnodige vertraging, als het risico groot is).",
  "contract.refused":
    "{{file}}: er is geen brief voor {{tool}} gemaakt, want het profiel zegt niet wat jullie verwerkersovereenkomst met de leverancier bepaalt. Vul onder “contracts:” aan wat hieronder ontbreekt; de brieven voor de andere hulpmiddelen zijn wel gemaakt.",
  "contract.need.role":
    "ontbreekt: is {{vendor}} volgens jullie verwerkersovereenkomst jullie verwerker (processor) of zelf verantwoordelijk voor de gegevens (controller)?",
  "contract.need.where":
    "ontbreekt: waar verwerkt {{vendor}} de gegevens volgens de overeenkomst? eu, outside-eu of eu-and-outside-eu.",
  "contract.need.safeguard":
    "ontbreekt: {{vendor}} verwerkt gegevens buiten de Europese Unie. Welke waarborg noemt de overeenkomst daarvoor (bijvoorbeeld de standaardcontractbepalingen van de Europese Commissie)?",
  "contract.need.retention":
    "ontbreekt: wat houdt {{vendor}} volgens de overeenkomst over een gesprek bij, en hoe lang?",
  "contract.need.agreement": "ontbreekt: hoe heet de verwerkersovereenkomst met {{vendor}}?",
  "contract.need.agreementDate":
    "ontbreekt: van wanneer is de overeenkomst met {{vendor}} (JJJJ-MM-DD)?",
  "guide.factNotInGuide":
    "tools.yaml zegt bij dit hulpmiddel “{{toolFact}}: true”, en de brief zegt de cliënt dat het gesprek zo beveiligd wordt. Zet hier true, zodat de handleiding het de medewerkers ook laat doen.",
  "guide.factsInvalid": "Het bestand met gegevens voor de handleidingen {{file}} bevat fouten:",
  "guide.refused":
    "{{file}}: de handleiding voor {{tools}} mist een verplichte clausule, dus er is niets geschreven. Zet de clausule terug in het sjabloon (zie hieronder) en controleer het met clb-consent validate.",
  "error.unknownDocument": "Het soort document “{{value}}” bestaat niet. Kies uit: {{choices}}.",
  "validate.targetGuide": "{{file}} (handleiding voor {{tool}})",
  "guide.done": "Handleidingen gemaakt: {{count}}, in {{dir}}.",
  "batch.guideRefused":
    "De handleiding voor {{tool}} van {{file}} is niet geschreven: er ontbreekt een verplichte clausule.",
  "cli.opt.documents": "welke documenten: letters (brieven), guides (handleidingen) of beide",
  // --- tools from tools.yaml ---
  "profile.toolRetired":
    "“{{value}}” ({{name}}) bestaat niet meer sinds {{date}}: {{noteNl}} Kies een ander hulpmiddel: {{choices}}.",
  "error.retiredTool":
    "Het hulpmiddel “{{value}}” ({{name}}) bestaat niet meer sinds {{date}}: {{noteNl}} Kies een ander hulpmiddel: {{choices}}.",
  "tools.id":
    "“{{value}}” kan geen id van een hulpmiddel zijn: gebruik kleine letters, cijfers en koppeltekens (google-meet).",
  "tools.fact":
    "Vul true, false of unknown in (unknown als geen pagina van de leverancier het zegt).",
  "tools.appNeed": "Vul none, optional, required of unknown in.",
  "tools.processingWhere": "Vul eu, outside-eu of unknown in.",
  "tools.role": "Vul processor, controller of unknown in.",
  "tools.retiredAndActive":
    "“{{value}}” staat zowel onder tools als onder retired; een hulpmiddel is het ene of het andere.",
  "checklist.unknownToolFact":
    "when: tool.… noemt geen feit uit tools.yaml. Kies uit: {{choices}}.",
  "template.missingForTool":
    "Er is geen sjabloon {{file}} voor het hulpmiddel “{{tool}}”: maak het aan naast tools.yaml.",
  "guide.skipped":
    "Geen handleiding voor {{tools}}: {{file}} heeft geen gegevens voor een handleiding over dat hulpmiddel.",
} as const;

export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;

/** Whether a key made at run time (`field.<path>`) is one of the messages. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(nl, key);
}
