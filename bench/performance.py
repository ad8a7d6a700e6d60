"""The Java skill beside a Node.js ask-sdk-core skill doing the same work, in one run, as one table.

Run by bench/performance.sh (which builds the jar and installs the Node.js skill first). Prints
figures; asserts nothing. Beside the whole-process cold start, it measures the Java skill's first
requests after SnapStart priming: on Lambda, JVM start and LambdaHandler.beforeCheckpoint run
before the snapshot, so a restored function pays only for its first requests on primed code
(PrimedFirstRequestBenchmark, one fresh JVM per run; the restore itself is not measured).
Environment: RUNS (cold runs per case, and primed runs, default 10), SECONDS_WARM (warm
measurement per case, default 5), JAVA_OPTS (extra JVM options for the Java cold runs, e.g. an
AppCDS archive), SKILL_JAR (the jar whose cold start is measured; default the build's).
"""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
JAR = os.path.join(ROOT, "lambda", "lib", "reminder-skill.jar")
# The jar whose cold start is measured (another build's, to compare); the emulator always runs from JAR.
SKILL_JAR = os.environ.get("SKILL_JAR", JAR)
NODE_SKILL = os.path.join(ROOT, "bench", "node-skill")
REQUESTS = os.path.join(ROOT, "examples", "requests")
RUNS = int(os.environ.get("RUNS", "10"))
SECONDS = os.environ.get("SECONDS_WARM", "5")
JAVA_OPTS = os.environ.get("JAVA_OPTS", "").split()
# The levers measured beside the plain JVM: the AppCDS archive `mvn package` builds, C1 only, the serial GC.
APPCDS = os.path.join(ROOT, "target", "reminder-skill.jsa")
FAST_START = ["-XX:SharedArchiveFile=" + APPCDS, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]
SCOPES = ["alexa::alerts:reminders:skill:readwrite", "alexa::alerts:timers:skill:readwrite"]


def post(url, body=None):
    data = None if body is None else json.dumps(body).encode()
    with urllib.request.urlopen(urllib.request.Request(url, data=data, method="POST"), timeout=10) as answer:
        text = answer.read().decode()
        return json.loads(text) if text else {}


def get(url):
    with urllib.request.urlopen(url, timeout=10) as answer:
        return json.loads(answer.read().decode())


def start_emulator():
    process = subprocess.Popen(["java", "-jar", JAR, "emulator", "--port", "0",
                                "--max-requests-per-second", "100000000", "--max-reminders-per-user", "100000000"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    first = process.stdout.readline()
    match = re.search(r"listening on (http://127\.0\.0\.1:\d+)", first)
    if not match:
        process.kill()
        sys.exit("the emulator did not start: " + first)
    return process, match.group(1)


def envelope(name, emulator, work, user=None):
    """The example request with the emulator as its apiEndpoint and a token the emulator minted (for another user, if given)."""
    with open(os.path.join(REQUESTS, name + ".json")) as source:
        request = json.load(source)
    system = request["context"]["System"]
    if user:
        system["user"]["userId"] = user
        request["session"]["user"]["userId"] = user
    token = post(emulator + "/emulator/sessions", {"skillId": system["application"]["applicationId"],
                                                   "userId": system["user"]["userId"], "inSession": True,
                                                   "permissions": SCOPES})["apiAccessToken"]
    system["apiEndpoint"] = emulator
    system["apiAccessToken"] = token
    path = os.path.join(work, name + ".json")
    with open(path, "w") as target:
        json.dump(request, target)
    return path


def timed(command):
    """Wall time (ms) and peak RSS (MB) of one whole process."""
    started = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, capture_output=True, text=True)
    elapsed = (time.perf_counter() - started) * 1000
    if result.returncode != 0:
        sys.exit("failed: " + " ".join(command) + "\n" + result.stderr[-2000:])
    return elapsed, int(result.stderr.strip().splitlines()[-1]) / 1024, result.stdout


def cold(command, expect):
    runs = []
    for _ in range(RUNS):
        elapsed, rss, out = timed(command)
        if expect not in out:
            sys.exit("unexpected answer from " + " ".join(command) + ": " + out[:500])
        runs.append((elapsed, rss))
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def warm(command):
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("failed: " + " ".join(command) + "\n" + result.stderr[-2000:])
    return json.loads(result.stdout.strip().splitlines()[-1])


def primed(classpath, emulator, launch, create):
    """Medians over RUNS fresh JVMs of PrimedFirstRequestBenchmark: construct and prime the handler, then its first launch and create."""
    runs = [warm(["java", "-cp", classpath, "com.example.reminderskill.skill.PrimedFirstRequestBenchmark", emulator, launch, create])
            for _ in range(RUNS)]
    if any(run["errors"] for run in runs):
        sys.exit("unexpected answer after SnapStart priming: " + json.dumps(runs))
    return {key: statistics.median(run[key] for run in runs)
            for key in ("constructMillis", "primeMillis", "firstLaunchMillis", "firstCreateMillis")}


def calls_per_turn(emulator, work, data):
    """Outbound Alexa API calls each user turn makes, counted at the emulator (invoke mints its token through the control API, which is not counted)."""
    # "list again" is the same turn a moment later: the device's zone is kept an hour in the store.
    turns = [("launch", "launch"), ("create", "create-reminder"), ("list", "list-reminders"), ("list again", "list-reminders"),
             ("change", "change-reminder"), ("delete", "delete-reminder"), ("timer", "start-timer")]
    counts = {}
    for label, name in turns:
        # A user of its own: the warm runs left thousands of reminders for the example user.
        path = envelope(name, emulator, work, user="amzn1.ask.account.calls-per-turn")
        post(emulator + "/emulator/calls/reset")
        subprocess.run(["java", "-jar", JAR, "invoke", "--emulator", emulator, "--data-dir", data, path],
                       check=True, capture_output=True)
        counts[label] = get(emulator + "/emulator/calls")["total"]
    return counts


def validations():
    result = subprocess.run(["bash", os.path.join(ROOT, "bench", "validation.sh"), "-f", "1", "-wi", "2", "-w", "1s", "-i", "3", "-r", "1s"],
                            capture_output=True, text=True, cwd=ROOT)
    scores = {}
    for line in result.stdout.splitlines():
        match = re.match(r"ValidationBenchmark\.(\w+)\s+thrpt\s+\d+\s+([\d.,]+)", line)
        if match:
            scores[match.group(1)] = float(match.group(2).replace(",", ""))
    return scores


def main():
    work = tempfile.mkdtemp(prefix="perf-")
    data = os.path.join(work, "data")
    emulator_process, emulator = start_emulator()
    try:
        launch = envelope("launch", emulator, work)
        create = envelope("create-reminder", emulator, work)
        node = ["node", os.path.join(NODE_SKILL, "invoke.js")]
        java = ["java"] + JAVA_OPTS + ["-jar", SKILL_JAR, "invoke", "--emulator", emulator, "--data-dir", data]
        classpath = os.path.join(ROOT, "target", "test-classes") + ":" + os.path.join(ROOT, "target", "classes") + ":" \
            + open(os.path.join(ROOT, "target", "test-classpath.txt")).read().strip()
        # Before the warm runs, so the emulator holds as few reminders as for the first cold runs.
        first = primed(classpath, emulator, launch, create)
        rows = []
        for label, path, expect in [("LaunchRequest", launch, "<speak>"), ("create reminder", create, "remind you")]:
            java_cold, java_rss = cold(java + [path], expect)
            fast = cold(["java"] + FAST_START + java[1:] + [path], expect) if os.path.exists(APPCDS) else None
            node_cold, node_rss = cold(node + [path], expect)
            java_warm = warm(["java", "-cp", classpath, "com.example.reminderskill.bench.WarmSkillBenchmark", path, emulator, "--seconds", SECONDS, "--expect", expect])
            node_warm = warm(["node", os.path.join(NODE_SKILL, "warm.js"), path, "--seconds", SECONDS])
            rows.append((label, java_cold, node_cold, java_rss, node_rss, java_warm, node_warm, fast,
                         first["firstLaunchMillis" if label == "LaunchRequest" else "firstCreateMillis"]))
        counts = calls_per_turn(emulator, work, data)
    finally:
        emulator_process.kill()
        shutil.rmtree(work, ignore_errors=True)
    scores = validations()

    print()
    print(f"Java {subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.splitlines()[0]}; "
          f"Node.js {subprocess.run(['node', '--version'], capture_output=True, text=True).stdout.strip()}; "
          f"{os.cpu_count()} cores; cold = median of {RUNS} whole processes; warm = {SECONDS} s after 2 s warm-up"
          + (f"; JAVA_OPTS={' '.join(JAVA_OPTS)}" if JAVA_OPTS else ""))
    print()
    print("| request | measure | Java | Node.js | Java / Node.js |")
    print("|---|---|---|---|---|")
    for label, java_cold, node_cold, java_rss, node_rss, java_warm, node_warm, fast, first_request in rows:
        print(f"| {label} | cold start, whole process | {java_cold:.0f} ms | {node_cold:.0f} ms | {java_cold / node_cold:.1f}× |")
        if fast:
            print(f"| {label} | cold start, AppCDS + C1 + SerialGC | {fast[0]:.0f} ms ({fast[1]:.0f} MB) | {node_cold:.0f} ms | {fast[0] / node_cold:.1f}× |")
        print(f"| {label} | first request after SnapStart priming (in process) | {first_request:.0f} ms | – | |")
        print(f"| {label} | peak memory (RSS), cold | {java_rss:.0f} MB | {node_rss:.0f} MB | {java_rss / node_rss:.1f}× |")
        print(f"| {label} | warm throughput | {java_warm['throughputPerSecond']:,.0f}/s | {node_warm['throughputPerSecond']:,.0f}/s "
              f"| {java_warm['throughputPerSecond'] / node_warm['throughputPerSecond']:.2f}× |")
        print(f"| {label} | warm p50 / p99 | {java_warm['p50Micros']:,.0f} / {java_warm['p99Micros']:,.0f} µs "
              f"| {node_warm['p50Micros']:,.0f} / {node_warm['p99Micros']:,.0f} µs | |")
        if java_warm.get("errors") or node_warm.get("errors"):
            print(f"| {label} | warm errors | {java_warm.get('errors', 0)} | {node_warm.get('errors', 0)} | |")
    print()
    print(f"First request after SnapStart priming: median of {RUNS} fresh JVMs, each building the LambdaHandler "
          f"({first['constructMillis']:.0f} ms), priming it with beforeCheckpoint ({first['primeMillis']:.0f} ms), "
          f"then serving one LaunchRequest and one create reminder; JVM start, construction and priming precede the snapshot on Lambda.")
    print()
    print("| user turn | " + " | ".join(counts) + " |")
    print("|---|" + "---|" * len(counts))
    print("| outbound Alexa API calls (Java skill) | " + " | ".join(str(n) for n in counts.values()) + " |")
    print()
    print("| validation (JMH) | validations/s |")
    print("|---|---|")
    for name, score in scores.items():
        print(f"| {name} | {score:,.0f} |")


if __name__ == "__main__":
    main()
