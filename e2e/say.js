#!/usr/bin/env node
"use strict";
// Says utterances to a running skill (`serve`) and prints what it answers.
//
//   npm --prefix e2e run say -- "remind me to stretch in ten minutes" "yes"
//   node e2e/say.js --locale de-DE "erinnere mich in zehn Minuten ans Dehnen" "ja"
//
// Each utterance is matched against the samples of the locale's interaction model (spoken-values.js:
// intent, slots, and built-in slot values as Alexa writes them, "ten minutes" as PT10M); virtual-alexa,
// built on the same model, turns that into a request and POSTs it to the skill. All utterances of one call are one session, so a "yes" after a
// confirmation question answers it. Every call is the same local user (amzn1.ask.account.local) with
// the reminders and timers permissions granted, of the local skill (amzn1.ask.skill.local), so a second
// call lists what the first one created. A "yes" or "no" after Dialog.ConfirmIntent goes back as that
// intent, confirmed or denied, as Alexa sends it.
const path = require("node:path");
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = "1"; // virtual-alexa loads the AWS SDK v2
const vax = require("virtual-alexa");
const { loadModel, resolve, wordsOf } = require("./spoken-values");

const ROOT = path.resolve(__dirname, "..");
const LOCALES = ["en-US", "en-GB", "de-DE"];
const USER_ID = "amzn1.ask.account.local";
const SKILL_ID = "amzn1.ask.skill.local"; // the emulator's local skill, as in examples/requests/ and send-message
const SCOPES = ["alexa::alerts:reminders:skill:readwrite", "alexa::alerts:timers:skill:readwrite"];
const USAGE = `usage: npm --prefix e2e run say -- [--url URL] [--locale ${LOCALES.join("|")}] UTTERANCE...

Says each UTTERANCE, in one session, to the skill at URL (default http://127.0.0.1:8080/,
where \`java -jar lambda/lib/reminder-skill.jar serve\` listens) and prints what it answers.
--locale picks the interaction model and the request's locale (default en-US).`;

function parseArgs(argv) {
  const options = { url: "http://127.0.0.1:8080/", locale: "en-US", utterances: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") {
      options.help = true;
    } else if (arg === "--url" || arg === "--locale") {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      options[arg.slice(2)] = argv[++i];
    } else if (arg.startsWith("--")) {
      throw new Error(`unknown option ${arg}`);
    } else {
      options.utterances.push(arg);
    }
  }
  if (!options.help && options.utterances.length === 0) throw new Error("say at least one utterance");
  if (!LOCALES.includes(options.locale)) throw new Error(`--locale must be one of ${LOCALES.join(", ")}`);
  return options;
}

/** What the skill said: the SSML without <speak>, or a note when it said nothing. */
function spoken(reply) {
  const response = (reply && reply.response) || {};
  const speech = response.outputSpeech;
  let text = "";
  if (speech) text = speech.ssml ? speech.ssml.replace(/<\/?speak>/g, "").trim() : (speech.text || "");
  const directives = (response.directives || []).map((d) => d.type);
  const notes = [];
  if (directives.includes("Connections.SendRequest")) notes.push("asks for a permission");
  if (directives.some((d) => d.startsWith("Dialog."))) notes.push(directives.filter((d) => d.startsWith("Dialog.")).join(", "));
  if (response.shouldEndSession === true) notes.push("session ends");
  return { text: text || "(nothing said)", notes };
}

const OPEN = /^(?:alexa )?(?:open|launch|start|öffne|starte) (.+)$/;
const ASK = /^(?:alexa )?(?:ask|tell|frage|sage) (.+)$/;

/** One utterance: "open reminder helper" launches; "ask reminder helper to ..." says the rest; else an intent. */
async function ask(alexa, model, utterance, dialog) {
  const words = wordsOf(utterance).join(" ");
  const name = model.invocationName.toLowerCase();
  const open = OPEN.exec(words);
  if (open && open[1] === name) return alexa.launch();
  const told = ASK.exec(words);
  const said = told && told[1].startsWith(`${name} `) ? told[1].slice(name.length + 1).replace(/^(to|for|about|dass|zu) /, "") : utterance;
  const resolved = resolve(model, said);
  if (!resolved) {
    // Alexa sends what matches no sample to the fallback intent.
    return alexa.intend("AMAZON.FallbackIntent");
  }
  const asked = dialog.confirming;
  dialog.confirming = undefined;
  if (asked && (resolved.intent === "AMAZON.YesIntent" || resolved.intent === "AMAZON.NoIntent")) {
    // As Alexa does after Dialog.ConfirmIntent: the same intent again, confirmed or denied.
    const slots = Object.fromEntries(Object.values(asked.slots || {}).filter((slot) => slot.value !== undefined).map((slot) => [slot.name, slot.value]));
    dialog.confirmationStatus = resolved.intent === "AMAZON.YesIntent" ? "CONFIRMED" : "DENIED";
    try {
      return await alexa.intend(asked.name, slots);
    } finally {
      dialog.confirmationStatus = undefined;
    }
  }
  return alexa.intend(resolved.intent, resolved.slots);
}

async function say({ url, locale, utterances }, print = console.log) {
  const modelFile = path.join(ROOT, "skill-package", "interactionModels", "custom", `${locale}.json`);
  const model = loadModel(modelFile, locale);
  const alexa = vax.VirtualAlexa.Builder()
    .interactionModelFile(modelFile)
    .skillURL(url)
    .locale(locale)
    .create();
  const dialog = {};
  alexa.filter((request) => {
    request.context.System.application.applicationId = SKILL_ID;
    request.context.System.user.userId = USER_ID;
    if (request.session) {
      request.session.application.applicationId = SKILL_ID;
      request.session.user.userId = USER_ID;
    }
    if (dialog.confirmationStatus && request.request.intent) request.request.intent.confirmationStatus = dialog.confirmationStatus;
    request.context.System.user.permissions = { scopes: Object.fromEntries(SCOPES.map((scope) => [scope, { status: "GRANTED" }])) };
  });
  const answers = [];
  for (const utterance of utterances) {
    const reply = await ask(alexa, model, utterance, dialog);
    const confirm = ((reply && reply.response && reply.response.directives) || []).find((d) => d.type === "Dialog.ConfirmIntent");
    if (confirm && confirm.updatedIntent) dialog.confirming = confirm.updatedIntent;
    const answer = spoken(reply);
    answers.push(answer);
    print(`> ${utterance}`);
    print(`< ${answer.text}${answer.notes.length ? `  [${answer.notes.join("; ")}]` : ""}`);
  }
  return answers;
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`say: ${e.message}\n${USAGE}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  try {
    await say(options);
  } catch (e) {
    const refused = e && (e.code === "ECONNREFUSED" || (e.cause && e.cause.code === "ECONNREFUSED"));
    console.error(refused
      ? `say: nothing listens on ${options.url}; start the skill first: java -jar lambda/lib/reminder-skill.jar serve`
      : `say: ${e && e.message ? e.message : e}`);
    process.exit(1);
  }
}

if (require.main === module) main();

module.exports = { say, spoken, parseArgs };
