"use strict";
// Turns what a user says into an intent and slot values as Alexa sends them, for `say.js`: the
// samples of the locale's interaction model, matched word by word (every way to split the words
// among the slots is tried, so "remind me to stretch in ten minutes" finds "in {duration}"), and
// the built-in slot types written as Alexa writes them (AMAZON.DURATION "ten minutes" is "PT10M",
// AMAZON.DATE "tomorrow" a date, AMAZON.TIME "7 pm" "19:00", AMAZON.Ordinal "second" "2").
// A small subset of what Alexa understands: enough to try the skill, not a speech model.
const fs = require("node:fs");

const NUMBERS = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90,
  ein: 1, eine: 1, einen: 1, einer: 1, eins: 1, zwei: 2, drei: 3, vier: 4, "fünf": 5, sechs: 6, sieben: 7, acht: 8,
  neun: 9, zehn: 10, elf: 11, "zwölf": 12, zwanzig: 20, "dreißig": 30, vierzig: 40, "fünfzig": 50, sechzig: 60, neunzig: 90,
};
const UNITS = [
  [/^(seconds?|sekunden?)$/, "S", true], [/^(minutes?|minuten?)$/, "M", true], [/^(hours?|stunden?)$/, "H", true],
  [/^(days?|tage?n?)$/, "D", false], [/^(weeks?|wochen?)$/, "W", false], [/^(months?|monate?n?)$/, "M", false],
  [/^(years?|jahre?n?)$/, "Y", false],
];
const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
const ORDINALS_DE = ["erste", "zweite", "dritte", "vierte", "fünfte", "sechste", "siebte", "achte", "neunte", "zehnte"];
const DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const DAYS_DE = ["sonntag", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag"];
const PARTS_OF_DAY = { morning: "MO", afternoon: "AF", evening: "EV", night: "NI", morgen: "MO", morgens: "MO", vormittag: "MO",
  nachmittag: "AF", nachmittags: "AF", abend: "EV", abends: "EV", nacht: "NI", nachts: "NI" };

function number(words) {
  if (words.length === 1 && /^\d+$/.test(words[0])) return Number(words[0]);
  const text = words.join(" ");
  if (NUMBERS[text] !== undefined) return NUMBERS[text];
  // "twenty five", "fünfundzwanzig"
  if (words.length === 2 && NUMBERS[words[0]] >= 20 && NUMBERS[words[1]] < 10) return NUMBERS[words[0]] + NUMBERS[words[1]];
  const german = /^(\p{L}+)und(\p{L}+)$/u.exec(text);
  if (german && NUMBERS[german[1]] < 10 && NUMBERS[german[2]] >= 20) return NUMBERS[german[1]] + NUMBERS[german[2]];
  return undefined;
}

/** "ten minutes", "an hour and a half" is not covered; "one hour and ten minutes" is. */
function duration(words) {
  const parts = [];
  let rest = words.filter((w) => w !== "and" && w !== "und");
  while (rest.length) {
    const unitAt = rest.findIndex((w) => UNITS.some(([re]) => re.test(w)));
    if (unitAt < 1) return undefined;
    const amount = number(rest.slice(0, unitAt));
    if (amount === undefined) return undefined;
    const [, letter, timePart] = UNITS.find(([re]) => re.test(rest[unitAt]));
    parts.push({ amount, letter, timePart });
    rest = rest.slice(unitAt + 1);
  }
  if (!parts.length) return undefined;
  const date = parts.filter((p) => !p.timePart).map((p) => `${p.amount}${p.letter}`).join("");
  const time = parts.filter((p) => p.timePart).map((p) => `${p.amount}${p.letter}`).join("");
  return `P${date}${time ? `T${time}` : ""}`;
}

function isoDate(date) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function date(words, now = new Date()) {
  const text = words.join(" ").replace(/^(on|am) /, "");
  const plus = (days) => isoDate(new Date(now.getFullYear(), now.getMonth(), now.getDate() + days));
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  if (text === "today" || text === "heute") return plus(0);
  if (text === "tomorrow" || text === "morgen") return plus(1);
  if (text === "the day after tomorrow" || text === "day after tomorrow" || text === "übermorgen") return plus(2);
  const day = Math.max(DAYS.indexOf(text), DAYS_DE.indexOf(text));
  if (day >= 0) return plus(((day - now.getDay() + 7) % 7) || 7);
  return undefined;
}

function time(words) {
  let text = words.join(" ").replace(/^(at|um) /, "").replace(/\b(o'clock|uhr)$/, "").trim();
  if (PARTS_OF_DAY[text.replace(/^(in the|am) /, "")]) return PARTS_OF_DAY[text.replace(/^(in the|am) /, "")];
  if (text === "noon" || text === "mittag") return "12:00";
  if (text === "midnight" || text === "mitternacht") return "00:00";
  const match = /^(.+?)(?: (a\.?m\.?|p\.?m\.?))?$/.exec(text);
  const meridiem = match[2] ? match[2][0] : undefined;
  const clock = /^(\d{1,2})(?::(\d{2}))?$/.exec(match[1]);
  let hour;
  let minute = 0;
  if (clock) {
    hour = Number(clock[1]);
    minute = Number(clock[2] || 0);
  } else {
    const spoken = match[1].split(" ");
    hour = number(spoken.slice(0, 1));
    if (spoken.length > 1) minute = number(spoken.slice(1));
  }
  if (hour === undefined || minute === undefined || hour > 23 || minute > 59) return undefined;
  if (meridiem === "p" && hour < 12) hour += 12;
  if (meridiem === "a" && hour === 12) hour = 0;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

function ordinal(words) {
  const text = words.join(" ").replace(/n$/, "");
  const english = ORDINALS.indexOf(text);
  if (english >= 0) return String(english + 1);
  const german = ORDINALS_DE.indexOf(text);
  if (german >= 0) return String(german + 1);
  const numeric = /^(\d+)(st|nd|rd|th|\.)?$/.exec(text);
  return numeric ? numeric[1] : undefined;
}

function dayOfWeek(words) {
  const text = words.join(" ");
  return DAYS.includes(text) || DAYS_DE.includes(text) ? text : undefined;
}

/** The value Alexa would send for these words in a slot of this type; undefined when they cannot be one. */
function slotValue(type, words) {
  switch (type) {
    case "AMAZON.DURATION": return duration(words);
    case "AMAZON.DATE": return date(words);
    case "AMAZON.TIME": return time(words);
    case "AMAZON.Ordinal": return ordinal(words);
    case "AMAZON.DayOfWeek": return dayOfWeek(words);
    default: return words.join(" ");
  }
}

const BUILT_IN_SAMPLES = {
  en: { "AMAZON.YesIntent": ["yes", "yeah", "yep", "sure", "ok", "okay"], "AMAZON.NoIntent": ["no", "nope", "no thanks"],
    "AMAZON.HelpIntent": ["help", "help me", "what can you do"], "AMAZON.StopIntent": ["stop", "goodbye"],
    "AMAZON.CancelIntent": ["cancel", "never mind"], "AMAZON.NavigateHomeIntent": ["go home"] },
  de: { "AMAZON.YesIntent": ["ja", "ja bitte", "genau", "okay"], "AMAZON.NoIntent": ["nein", "nein danke"],
    "AMAZON.HelpIntent": ["hilfe", "was kannst du"], "AMAZON.StopIntent": ["stopp", "stop", "tschüss"],
    "AMAZON.CancelIntent": ["abbrechen", "vergiss es"], "AMAZON.NavigateHomeIntent": ["startseite"] },
};

const wordsOf = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}'{}:. -]/gu, " ").replace(/(?<!\d)[.:]|[.:](?!\d)/g, " ")
  .split(/\s+/).filter(Boolean);

/** The language model of one interaction model file. */
function loadModel(file, locale) {
  const languageModel = JSON.parse(fs.readFileSync(file, "utf8")).interactionModel.languageModel;
  const builtIns = BUILT_IN_SAMPLES[locale.slice(0, 2)] || BUILT_IN_SAMPLES.en;
  const intents = languageModel.intents.map((intent) => ({
    name: intent.name,
    slotTypes: Object.fromEntries((intent.slots || []).map((slot) => [slot.name, slot.type])),
    samples: [...(intent.samples || []), ...(builtIns[intent.name] || [])].map((sample) => sample.split(/\s+/).filter(Boolean).map((w) => (w.startsWith("{") ? w : w.toLowerCase()))),
  }));
  return { invocationName: languageModel.invocationName, intents };
}

/** Every way the sample's words and slots cover the utterance's words; each with its slot values. */
function matches(sample, words, slotTypes, at = 0, slots = {}) {
  if (sample.length === 0) return at === words.length ? [slots] : [];
  const [head, ...rest] = sample;
  const slot = /^\{(\w+)\}$/.exec(head);
  if (!slot) return words[at] === head ? matches(rest, words, slotTypes, at + 1, slots) : [];
  const found = [];
  for (let end = at + 1; end <= words.length; end++) {
    const value = slotValue(slotTypes[slot[1]], words.slice(at, end));
    if (value !== undefined) found.push(...matches(rest, words, slotTypes, end, { ...slots, [slot[1]]: value }));
  }
  return found;
}

/**
 * The intent and slots for an utterance: the sample with the most words of its own matched wins (the
 * least left to slots), then the one with more typed slots.
 */
function resolve(model, utterance) {
  const words = wordsOf(utterance);
  let best;
  for (const intent of model.intents) {
    for (const sample of intent.samples) {
      const literal = sample.filter((w) => !w.startsWith("{")).length;
      if (literal > words.length) continue;
      for (const slots of matches(sample, words, intent.slotTypes)) {
        const typed = Object.keys(slots).filter((name) => String(intent.slotTypes[name] || "").startsWith("AMAZON.")).length;
        const score = [literal, typed];
        if (!best || score[0] > best.score[0] || (score[0] === best.score[0] && score[1] > best.score[1])) {
          best = { intent: intent.name, slots, score };
        }
      }
    }
  }
  return best && { intent: best.intent, slots: best.slots };
}

module.exports = { loadModel, resolve, slotValue, wordsOf };
