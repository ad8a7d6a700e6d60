"use strict";
// `npm run say`: utterances said to `serve` through say.js, answers printed.
const { it, before, after } = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { execFile } = require("node:child_process");
const { promisify } = require("node:util");
const { startSkill } = require("./serve");

let skill;
before(async () => { skill = await startSkill(); });
after(() => skill && skill.stop());

const say = (...args) => promisify(execFile)(process.execPath, [path.join(__dirname, "say.js"), "--url", skill.url, ...args]);

it("says an utterance and a yes in one session, and a later call lists the reminder", async () => {
  const { stdout } = await say("remind me to stretch in ten minutes", "yes");
  assert.match(stdout, /^> remind me to stretch in ten minutes\n< Shall I remind you to stretch in 10 minutes\?/m);
  assert.match(stdout, /^< OK, I'll remind you to stretch in 10 minutes\. It won't repeat\./m);
  const listed = await say("what are my reminders");
  assert.match(listed.stdout, /You have one reminder\. First: stretch/);
});

it("speaks German with --locale de-DE", async () => {
  const { stdout } = await say("--locale", "de-DE", "öffne erinnerungs helfer");
  assert.match(stdout, /Willkommen beim Erinnerungshelfer/);
});

it("refuses a call without an utterance with exit 2", async () => {
  await assert.rejects(say(), (e) => e.code === 2 && /say at least one utterance/.test(e.stderr));
});
