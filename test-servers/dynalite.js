"use strict";
// dynalite in memory on loopback, on a port the system picks, which the first line printed names.
// Tables are ACTIVE at once: the tests create one per test and use it straight away.
const dynalite = require("dynalite");

const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
server.listen(0, "127.0.0.1", () => console.log(`dynalite listening on port ${server.address().port}`));
// The JVM that started it closes standard input when it ends, even when it is killed.
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
