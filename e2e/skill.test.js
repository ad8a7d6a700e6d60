"use strict";
// The skill through `serve`, driven by virtual-alexa from the interaction models, in three locales.
const { describe, it, before, after } = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const vax = require("virtual-alexa");
const { startSkill, ROOT } = require("./serve");

const REMINDERS = "alexa::alerts:reminders:skill:readwrite";
const TIMERS = "alexa::alerts:timers:skill:readwrite";

const LOCALES = {
  "en-US": { welcome: "Welcome to Reminder Helper", list: "what are my reminders", created: "I'll remind you to walk the dog", timer: "pasta timer for 10 minutes is running", left: "left on your pasta timer", refused: "Without your permission" },
  "en-GB": { welcome: "Welcome to Reminder Helper", list: "what are my reminders", created: "I'll remind you to walk the dog", timer: "pasta timer for 10 minutes is running", left: "left on your pasta timer", refused: "Without your permission" },
  "de-DE": { welcome: "Willkommen beim Erinnerungshelfer", list: "welche erinnerungen habe ich", created: "ich erinnere dich", timer: "pasta Timer für 10 Minuten läuft", left: "auf deinem pasta Timer", refused: "Ohne deine Erlaubnis" },
};

let skill;
before(async () => { skill = await startSkill(); });
after(() => skill && skill.stop());

function alexaFor(locale, { granted = [REMINDERS, TIMERS], confirm = false } = {}) {
  const alexa = vax.VirtualAlexa.Builder()
    .interactionModelFile(path.join(ROOT, "skill-package", "interactionModels", "custom", `${locale}.json`))
    .skillURL(skill.url)
    .locale(locale)
    .create();
  // Each locale is a user of its own; permissions and dialog confirmation are set as Alexa would.
  alexa.filter((request) => {
    request.context.System.user.userId = `amzn1.ask.account.e2e-${locale}`;
    if (request.session) request.session.user.userId = request.context.System.user.userId;
    request.context.System.user.permissions = { scopes: Object.fromEntries(granted.map((scope) => [scope, { status: "GRANTED" }])) };
    if (confirm && request.request.intent) request.request.intent.confirmationStatus = "CONFIRMED";
  });
  return alexa;
}

const speech = (reply) => (reply.response.outputSpeech ? reply.response.outputSpeech.ssml : "");

for (const [locale, say] of Object.entries(LOCALES)) {
  describe(`in ${locale}`, () => {
    it("launches with a welcome", async () => {
      const reply = await alexaFor(locale).launch();
      assert.match(speech(reply), new RegExp(say.welcome));
    });

    it("creates a relative reminder after yes, and lists it", async () => {
      const alexa = alexaFor(locale);
      const question = await alexa.intend("CreateRelativeReminderIntent", { reminderText: "walk the dog", duration: "PT20M" });
      assert.equal(question.response.directives[0].type, "Dialog.ConfirmIntent");
      const created = await alexa.intend("AMAZON.YesIntent");
      assert.match(speech(created), new RegExp(say.created));
      const listed = await alexa.utter(say.list);
      assert.match(speech(listed), /walk the dog/);
    });

    it("creates absolute and recurring reminders", async () => {
      const alexa = alexaFor(locale, { confirm: true });
      const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);
      const absolute = await alexa.intend("CreateAbsoluteReminderIntent", { reminderText: "call mom", date: tomorrow, time: "19:00" });
      assert.match(speech(absolute), /call mom/);
      const recurring = await alexa.intend("CreateRecurringReminderIntent", { reminderText: "go running", dayOfWeek: "monday", secondDayOfWeek: "thursday", time: "18:00" });
      assert.match(speech(recurring), /go running/);
    });

    it("changes and deletes a reminder", async () => {
      const alexa = alexaFor(locale, { confirm: true });
      await alexa.intend("CreateRelativeReminderIntent", { reminderText: "water the plants", duration: "PT2H" });
      const changed = await alexa.intend("ChangeReminderIntent", { reminderText: "water the plants", newText: "water the garden" });
      assert.match(speech(changed), /water the garden/);
      const deleted = await alexa.intend("DeleteReminderIntent", { reminderText: "water the garden" });
      assert.match(speech(deleted), /water the garden/);
    });

    it("runs a timer: start after yes, time left, cancel", async () => {
      const alexa = alexaFor(locale);
      await alexa.intend("StartTimerIntent", { duration: "PT10M", timerLabel: "pasta" });
      const started = await alexa.intend("AMAZON.YesIntent");
      assert.match(speech(started), new RegExp(say.timer));
      const left = await alexa.intend("TimeLeftIntent", { timerLabel: "pasta" });
      assert.match(speech(left), new RegExp(say.left));
      const cancelled = await alexa.intend("CancelTimerIntent", { timerLabel: "pasta" });
      assert.match(speech(cancelled), /pasta/);
    });

    it("asks for the permission by voice, and a refusal gets a polite answer", async () => {
      const alexa = alexaFor(locale, { granted: [], confirm: true });
      const asked = await alexa.intend("CreateRelativeReminderIntent", { reminderText: "walk the dog", duration: "PT20M" });
      const directive = asked.response.directives[0];
      assert.equal(directive.type, "Connections.SendRequest");
      assert.equal(directive.payload.permissionScopes[0].permissionScope, REMINDERS);
      const answer = {
        version: "1.0",
        context: { System: { application: { applicationId: "amzn1.ask.skill.e2e" }, user: { userId: `amzn1.ask.account.e2e-${locale}` }, apiEndpoint: "https://api.amazonalexa.com", apiAccessToken: "x" } },
        request: { type: "Connections.Response", requestId: "e2e", timestamp: new Date().toISOString(), locale, name: "AskFor", status: { code: "200", message: "OK" }, payload: { status: "DENIED" }, token: directive.token },
      };
      const reply = await (await fetch(skill.url, { method: "POST", body: JSON.stringify(answer) })).json();
      assert.match(reply.response.outputSpeech.ssml, new RegExp(say.refused));
    });
  });
}
