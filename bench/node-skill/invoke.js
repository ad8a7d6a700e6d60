'use strict';
// node invoke.js EVENT.json: one request envelope in, the response envelope on stdout.
// The cold-start measurement runs this as a whole process, like `java -jar ... invoke EVENT.json`.
const fs = require('fs');

async function main() {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: node invoke.js EVENT.json\n');
    return 2;
  }
  const envelope = JSON.parse(fs.readFileSync(file, 'utf8'));
  const { skill } = require('./skill');
  const response = await skill.invoke(envelope);
  process.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
  return 0;
}

main().then((code) => {
  process.exitCode = code;
}, (error) => {
  process.stderr.write(`${error && error.stack || error}\n`);
  process.exitCode = 1;
});
