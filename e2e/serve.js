"use strict";
// Starts `java -jar lambda/lib/reminder-skill.jar serve` on free ports and resolves with its URL.
const { spawn } = require("node:child_process");
const path = require("node:path");
const readline = require("node:readline");
const fs = require("node:fs");
const os = require("node:os");

const ROOT = path.resolve(__dirname, "..");
const JAR = process.env.DEPLOYMENT_JAR || path.join(ROOT, "lambda", "lib", "reminder-skill.jar");

function startSkill() {
  // A data folder of its own, so the suite never mixes with a developer's local skill data.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "skill-e2e-"));
  // Cross-checked: every envelope the suite sends is also bound, and every answer written, by the SDK's own
  // mapper, and a difference fails the turn (EnvelopeJson), so the hand-written JSON path meets every phrasing.
  const crossCheck = "-Dreminderskill.envelopes.crossCheck=true";
  const child = spawn("java", [crossCheck, "-jar", JAR, "serve", "--port", "0", "--emulator-port", "0", "--data-dir", dataDir], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", process.env.E2E_SERVE_LOG ? "inherit" : "ignore"],
  });
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    const timer = setTimeout(() => reject(new Error("serve did not start within 30 s")), 30000);
    lines.on("line", (line) => {
      const match = /^Reminder skill listening on (\S+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], stop: () => child.kill() });
      }
    });
    child.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

module.exports = { startSkill, ROOT };
