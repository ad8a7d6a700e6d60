"use strict";
// Resolves the everyday phrasings in phrasings/<locale>.json against the interaction models the way
// virtual-alexa does for `alexa.utter(text)` (its InteractionModel and Utterance classes, no server),
// and counts how many reach the intended intent with the intended slot values.
// Run alone: `node phrasings.js [MODEL_DIR]` prints coverage per locale and every miss.
const fs = require("node:fs");
const path = require("node:path");
const { Utterance, SlotType } = require("virtual-core");
const { InteractionModel } = require("virtual-alexa/lib/src/model/InteractionModel");

const LOCALES = ["en-US", "en-GB", "de-DE"];
const MODEL_DIR = path.resolve(__dirname, "..", "skill-package", "interactionModels", "custom");

function phrasings(locale) {
  return JSON.parse(fs.readFileSync(path.join(__dirname, "phrasings", `${locale}.json`), "utf8"));
}

const same = (a, b) => String(a ?? "").trim().toLowerCase() === String(b).trim().toLowerCase();

// virtual-alexa takes any text for a built-in type it does not know; Alexa's AMAZON.DayOfWeek takes only
// day names, so "jeden Morgen" is no day. Other built-ins (DATE, TIME, DURATION, Ordinal) stay open.
const DAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"];

function load(file) {
  const model = InteractionModel.fromFile(file);
  const days = new SlotType("AMAZON.DayOfWeek", DAY_NAMES.map((day) => ({ name: { value: day } })));
  days.isEnumerated = () => true;
  model.slotTypes.addTypes([days]);
  return model;
}

/**
 * The value of one slot, or of several named together ("date time"): virtual-alexa matches a sample with
 * a regular expression and cannot split two adjacent built-in slots ("{date} {time}", "tomorrow morning")
 * as Alexa does, so the table checks such a pair by what the two say together.
 */
const value = (values, names) => names.split(" ").map((name) => String(values[name] ?? "").trim()).filter((v) => v).join(" ");

/** One phrasing: what it resolved to, and why it missed when it did. */
function resolve(model, { say, intent, slots = {} }) {
  const utterance = new Utterance(model, say);
  const got = utterance.matched() ? utterance.intent() : "(no intent)";
  const values = utterance.matched() ? utterance.toJSON() : {};
  const wrongSlots = Object.entries(slots).filter(([name, expected]) => !same(value(values, name), expected));
  const ok = got === intent && wrongSlots.length === 0;
  const why = got !== intent ? `${got}, wanted ${intent}` : wrongSlots.map(([name, expected]) => `${name}="${value(values, name)}", wanted "${expected}"`).join("; ");
  return { say, ok, why };
}

/** Coverage of one locale's table against the model in modelDir. */
function coverage(locale, modelDir = MODEL_DIR) {
  const model = load(path.join(modelDir, `${locale}.json`));
  const results = phrasings(locale).map((phrasing) => resolve(model, phrasing));
  const resolved = results.filter((r) => r.ok).length;
  return { locale, total: results.length, resolved, ratio: resolved / results.length, misses: results.filter((r) => !r.ok) };
}

const percent = (c) => `${c.locale}: ${c.resolved}/${c.total} = ${(100 * c.ratio).toFixed(1)}%`;

if (require.main === module) {
  const dir = process.argv[2] ? path.resolve(process.argv[2]) : MODEL_DIR;
  for (const locale of LOCALES) {
    const c = coverage(locale, dir);
    console.log(percent(c));
    if (process.env.PHRASINGS_MISSES !== "0") c.misses.forEach((m) => console.log(`  miss: "${m.say}" -> ${m.why}`));
  }
}

module.exports = { LOCALES, coverage, percent, phrasings };
