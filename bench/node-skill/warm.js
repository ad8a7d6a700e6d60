'use strict';
// node warm.js EVENT.json [--seconds S] [--warmup S]
// Invokes the skill in-process on one envelope, one request at a time (like a Lambda container):
// warm up, then measure per-request latency; prints one JSON line.
const fs = require('fs');
const { skill } = require('./skill');

function usage(message) {
  process.stderr.write(`${message}\nusage: node warm.js EVENT.json [--seconds S] [--warmup S]\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const options = { file: undefined, seconds: 5, warmup: 2 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--seconds' || arg === '--warmup') {
      const value = Number(argv[++i]);
      if (!Number.isFinite(value) || value < 0) usage(`${arg} needs a number of seconds`);
      options[arg.slice(2)] = value;
    } else if (!options.file && !arg.startsWith('--')) {
      options.file = arg;
    } else {
      usage(`unknown argument ${arg}`);
    }
  }
  if (!options.file) usage('missing EVENT.json');
  if (options.seconds <= 0) usage('--seconds must be positive');
  return options;
}

/** What a successful response says, by request: anything else (or a throw) counts as an error. */
function successCheck(envelope) {
  const { request } = envelope;
  if (request.type === 'LaunchRequest') {
    return (ssml) => ssml.includes('Welcome to Reminder Helper');
  }
  if (request.type === 'IntentRequest' && request.intent && request.intent.name === 'CreateRelativeReminderIntent') {
    return (ssml) => ssml.includes("OK, I'll remind you to") && ssml.includes("It won't repeat.");
  }
  return (ssml) => ssml.length > 0 && !ssml.includes('Sorry');
}

function describe(result) {
  if (result instanceof Error) return result.message;
  const body = result && result.response;
  const card = body && body.card;
  if (card && card.title === 'Error') return card.content;
  const speech = body && body.outputSpeech;
  return speech ? speech.ssml || speech.text : JSON.stringify(body);
}

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const template = fs.readFileSync(options.file, 'utf8');
  const succeeded = successCheck(JSON.parse(template));

  // Each request is parsed from JSON and its response written as JSON, as the Lambda runtime does
  // for a Node.js handler (and as the Java stream handler does with its bytes).
  const once = async () => {
    const envelope = JSON.parse(template);
    try {
      const response = await skill.invoke(envelope);
      JSON.stringify(response);
      const speech = response && response.response && response.response.outputSpeech;
      const ssml = speech ? speech.ssml || speech.text || '' : '';
      return { ok: succeeded(ssml), result: response };
    } catch (error) {
      return { ok: false, result: error };
    }
  };

  const warmupEnd = process.hrtime.bigint() + BigInt(Math.round(options.warmup * 1e9));
  while (process.hrtime.bigint() < warmupEnd) {
    await once();
  }

  const latencies = [];
  let errors = 0;
  let errorSample;
  const start = process.hrtime.bigint();
  const end = start + BigInt(Math.round(options.seconds * 1e9));
  let now = start;
  while (now < end) {
    const before = process.hrtime.bigint();
    const { ok, result } = await once();
    now = process.hrtime.bigint();
    latencies.push(Number(now - before) / 1000);
    if (!ok) {
      errors++;
      if (errorSample === undefined) errorSample = describe(result);
    }
  }
  const elapsedSeconds = Number(now - start) / 1e9;
  latencies.sort((a, b) => a - b);
  const round = (x, digits) => Number(x.toFixed(digits));
  const summary = {
    requests: latencies.length,
    throughputPerSecond: round(latencies.length / elapsedSeconds, 1),
    p50Micros: round(percentile(latencies, 50), 1),
    p99Micros: round(percentile(latencies, 99), 1),
    errors,
  };
  if (errorSample !== undefined) summary.errorSample = errorSample;
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack || error}\n`);
  process.exitCode = 1;
});
