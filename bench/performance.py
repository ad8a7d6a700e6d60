"""The Java skill beside a Node.js ask-sdk-core skill doing the same work, and beside an earlier build of itself, in one run.

Run by bench/performance.sh (which builds this checkout, the earlier build and the Node.js skill first). Prints
figures; asserts nothing. Beside the whole-process cold start, it measures the Java skill's first requests after
SnapStart priming: on Lambda, JVM start and LambdaHandler.beforeCheckpoint run before the snapshot, so a restored
function pays only for its first requests on primed code (PrimedFirstRequestBenchmark, one fresh JVM per run; the
restore itself is not measured). Cold runs take turns (Node.js, then each Java variant, RUNS times), so that a busy
neighbour slows all alike; compare the ratios.
Environment: RUNS (cold runs per variant, and primed runs, default 10), SECONDS_WARM (warm measurement per case,
default 5), JAVA_OPTS (extra JVM options for the `java -jar` cold runs; any option keeps `invoke` in one JVM),
BEFORE_DIR (a built checkout of the earlier build; none: no "before" column).
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
NODE_SKILL = os.path.join(ROOT, "bench", "node-skill")
REQUESTS = os.path.join(ROOT, "examples", "requests")
RUNS = int(os.environ.get("RUNS", "10"))
SECONDS = os.environ.get("SECONDS_WARM", "5")
JAVA_OPTS = os.environ.get("JAVA_OPTS", "").split()
# The levers measured beside `java -jar`: the AppCDS archive `mvn package` builds, C1 only, the serial GC.
FAST_START = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]
SCOPES = ["alexa::alerts:reminders:skill:readwrite", "alexa::alerts:timers:skill:readwrite"]


class Build:
    """A built checkout: its deployment jar, the AppCDS archive its `mvn package` made, its test classpath."""

    def __init__(self, root):
        self.root = root
        self.jar = os.path.join(root, "lambda", "lib", "reminder-skill.jar")
        self.appcds = os.path.join(root, "target", "reminder-skill.jsa")
        tests = os.path.join(root, "target", "test-classes")
        self.classpath = tests + ":" + os.path.join(root, "target", "classes") + ":" \
            + open(os.path.join(root, "target", "test-classpath.txt")).read().strip()
        # The warm benchmark moved from package bench to skill with the start-up work.
        moved = os.path.exists(os.path.join(tests, "com", "example", "reminderskill", "skill", "WarmSkillBenchmark.class"))
        self.warm_class = "com.example.reminderskill." + ("skill" if moved else "bench") + ".WarmSkillBenchmark"

    def launcher(self, emulator, data):
        return [os.path.join(self.root, "bin", "reminder-skill"), "invoke", "--emulator", emulator, "--data-dir", data]

    def java_jar(self, emulator, data):
        return ["java"] + JAVA_OPTS + ["-jar", self.jar, "invoke", "--emulator", emulator, "--data-dir", data]

    def with_archive(self, emulator, data):
        return ["java", "-XX:SharedArchiveFile=" + self.appcds] + FAST_START + ["-jar", self.jar, "invoke", "--emulator", emulator, "--data-dir", data]


NOW = Build(ROOT)
BEFORE = Build(os.environ["BEFORE_DIR"]) if os.environ.get("BEFORE_DIR") else None


def post(url, body=None):
    data = None if body is None else json.dumps(body).encode()
    with urllib.request.urlopen(urllib.request.Request(url, data=data, method="POST"), timeout=10) as answer:
        text = answer.read().decode()
        return json.loads(text) if text else {}


def get(url):
    with urllib.request.urlopen(url, timeout=10) as answer:
        return json.loads(answer.read().decode())


def start_emulator():
    process = subprocess.Popen(["java", "-jar", NOW.jar, "emulator", "--port", "0",
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


def timed(command, env=None, exit_code=0):
    """Wall time (ms) and peak RSS (MB) of one whole process (with a child JVM, the larger of the two)."""
    started = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, capture_output=True, text=True,
                            env=None if env is None else {**os.environ, **env})
    elapsed = (time.perf_counter() - started) * 1000
    if result.returncode != exit_code:
        sys.exit("failed: " + " ".join(command) + "\n" + result.stderr[-2000:])
    return elapsed, int(result.stderr.strip().splitlines()[-1]) / 1024, result.stdout


def cold(variants, path, expect):
    """Median wall time and peak RSS per variant (label -> (command, env)), the variants taking turns RUNS times."""
    # One untimed run each first: `java -jar ... invoke` creates its archive on its first run, as a user's first run does.
    for command, env in variants.values():
        timed(command + [path], env)
    runs = {label: [] for label in variants}
    for _ in range(RUNS):
        for label, (command, env) in variants.items():
            elapsed, rss, out = timed(command + [path], env)
            if expect not in out:
                sys.exit("unexpected answer from " + " ".join(command) + ": " + out[:500])
            runs[label].append((elapsed, rss))
    return {label: (statistics.median(r[0] for r in measured), max(r[1] for r in measured)) for label, measured in runs.items()}


def floor(data):
    """Median wall time of each runtime doing no turn at all: Node.js evaluating nothing, and `invoke` stopping at a
    missing file, from the launcher (one JVM) and from `java -jar` (the relaunch into the archived child JVM included),
    taking turns RUNS times."""
    missing = ["invoke", "--data-dir", data, os.path.join(data, "missing.json")]
    commands = {"node": (["node", "-e", ""], 0),
                "now, launcher": ([os.path.join(NOW.root, "bin", "reminder-skill")] + missing, 2),
                "now": (["java", "-jar", NOW.jar] + missing, 2)}
    runs = {label: [] for label in commands}
    for _ in range(RUNS + 1):
        for label, (command, exit_code) in commands.items():
            runs[label].append(timed(command, exit_code=exit_code)[0])
    return {label: statistics.median(measured[1:]) for label, measured in runs.items()}


def warm(command):
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("failed: " + " ".join(command) + "\n" + result.stderr[-2000:])
    return json.loads(result.stdout.strip().splitlines()[-1])


def primed(build, emulator, launch, create):
    """Medians over RUNS fresh JVMs of PrimedFirstRequestBenchmark: construct and prime the handler, then its first launch and create."""
    runs = [warm(["java", "-cp", build.classpath, "com.example.reminderskill.skill.PrimedFirstRequestBenchmark", emulator, launch, create])
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
        subprocess.run(["java", "-jar", NOW.jar, "invoke", "--emulator", emulator, "--data-dir", data, path],
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


def ratio(java, node):
    return f"{java / node:.2f}×" if java is not None else ""


def ms(value):
    return f"{value:.0f} ms" if value is not None else "–"


def main():
    work = tempfile.mkdtemp(prefix="perf-")
    data = os.path.join(work, "data")
    load_before = os.getloadavg()
    emulator_process, emulator = start_emulator()
    try:
        launch = envelope("launch", emulator, work)
        create = envelope("create-reminder", emulator, work)
        node = ["node", os.path.join(NODE_SKILL, "invoke.js")]
        # Before the warm runs, so the emulator holds as few reminders as for the first cold runs.
        first = {"now": primed(NOW, emulator, launch, create)}
        if BEFORE:
            first["before"] = primed(BEFORE, emulator, launch, create)
        variants = {"node": (node, None),
                    "now, launcher": (NOW.launcher(emulator, data), None),
                    "now": (NOW.java_jar(emulator, data), None),
                    "now, one JVM": (NOW.java_jar(emulator, data), {"REMINDER_SKILL_ARCHIVE": "off"})}
        if os.path.exists(NOW.appcds):
            variants["now, AppCDS"] = (NOW.with_archive(emulator, data), None)
        if BEFORE:
            variants["before"] = (BEFORE.java_jar(emulator, data), None)
            if os.path.exists(BEFORE.appcds):
                variants["before, AppCDS"] = (BEFORE.with_archive(emulator, data), None)
        rows = []
        for label, path, expect in [("LaunchRequest", launch, "<speak>"), ("create reminder", create, "remind you")]:
            cold_runs = cold(variants, path, expect)
            arguments = [path, emulator, "--seconds", SECONDS, "--expect", expect]
            warm_runs = {"now": warm(["java", "-cp", NOW.classpath, NOW.warm_class] + arguments),
                         "now, SDK handler": warm(["java", "-cp", NOW.classpath, NOW.warm_class] + arguments + ["--handler", "sdk"]),
                         "node": warm(["node", os.path.join(NODE_SKILL, "warm.js"), path, "--seconds", SECONDS])}
            if BEFORE:
                warm_runs["before"] = warm(["java", "-cp", BEFORE.classpath, BEFORE.warm_class] + arguments)
            rows.append((label, cold_runs, warm_runs, "firstLaunchMillis" if label == "LaunchRequest" else "firstCreateMillis"))
        counts = calls_per_turn(emulator, work, data)
        start_floor = floor(data)
    finally:
        emulator_process.kill()
        shutil.rmtree(work, ignore_errors=True)
    scores = validations()
    load_after = os.getloadavg()

    print()
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; "
          f"Java {subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.splitlines()[0]}; "
          f"Node.js {subprocess.run(['node', '--version'], capture_output=True, text=True).stdout.strip()}; "
          f"{os.cpu_count()} cores, load average {load_before[0]:.1f} before and {load_after[0]:.1f} after; "
          f"cold = median of {RUNS} whole processes, taking turns; warm = {SECONDS} s after 2 s warm-up"
          + (f"; JAVA_OPTS={' '.join(JAVA_OPTS)}" if JAVA_OPTS else "")
          + (f"; before = {BEFORE.root}" if BEFORE else ""))
    print()
    print("| request | measure | now | before | Node.js | now / Node.js | before / Node.js |")
    print("|---|---|---|---|---|---|---|")
    for label, runs, warm_runs, first_key in rows:
        node_ms = runs["node"][0]

        def cold_row(measure, now_label, before_label):
            now = runs.get(now_label, (None,))[0]
            before = runs.get(before_label, (None,))[0]
            print(f"| {label} | {measure} | {ms(now)} | {ms(before)} | {node_ms:.0f} ms | {ratio(now, node_ms)} | {ratio(before, node_ms)} |")

        cold_row("cold start, `bin/reminder-skill invoke` as the README runs it", "now, launcher", "before")
        cold_row("cold start, `java -jar ... invoke` (the command-line contract; a second JVM)", "now", "before")
        cold_row("cold start, one JVM without an archive (REMINDER_SKILL_ARCHIVE=off)", "now, one JVM", "before")
        cold_row("cold start, AppCDS of `mvn package` + C1 + SerialGC", "now, AppCDS", "before, AppCDS")
        before_first = first["before"][first_key] if BEFORE else None
        print(f"| {label} | first request after SnapStart priming (in process) | {first['now'][first_key]:.1f} ms | "
              f"{'–' if before_first is None else f'{before_first:.1f} ms'} | – | | |")
        before_rss = f"{runs['before'][1]:.0f} MB" if "before" in runs else "–"
        print(f"| {label} | peak memory (RSS), cold `java -jar` | {runs['now'][1]:.0f} MB | {before_rss} | {runs['node'][1]:.0f} MB "
              f"| {runs['now'][1] / runs['node'][1]:.1f}× | |")
        node_warm = warm_runs["node"]["throughputPerSecond"]
        for measure, key in [("warm throughput (LambdaHandler)", "now"), ("warm throughput, SDK SkillStreamHandler", "now, SDK handler")]:
            now = warm_runs[key]["throughputPerSecond"]
            before = warm_runs["before"]["throughputPerSecond"] if "before" in warm_runs and key == "now" else None
            print(f"| {label} | {measure} | {now:,.0f}/s | {'–' if before is None else f'{before:,.0f}/s'} | {node_warm:,.0f}/s "
                  f"| {now / node_warm:.2f}× | {'' if before is None else f'{before / node_warm:.2f}×'} |")
        before_latency = (f"{warm_runs['before']['p50Micros']:,.0f} / {warm_runs['before']['p99Micros']:,.0f} µs"
                          if "before" in warm_runs else "–")
        print(f"| {label} | warm p50 / p99 | {warm_runs['now']['p50Micros']:,.0f} / {warm_runs['now']['p99Micros']:,.0f} µs | {before_latency} "
              f"| {warm_runs['node']['p50Micros']:,.0f} / {warm_runs['node']['p99Micros']:,.0f} µs | | |")
        errors = {key: result.get("errors", 0) for key, result in warm_runs.items() if result.get("errors")}
        if errors:
            print(f"| {label} | warm errors | {errors} | | | | |")
    print(f"| no turn | start-up floor: `node -e ''`; `bin/reminder-skill invoke` on a missing file (one JVM, no turn) "
          f"| {start_floor['now, launcher']:.0f} ms | | {start_floor['node']:.0f} ms | {ratio(start_floor['now, launcher'], start_floor['node'])} | |")
    print(f"| no turn | start-up floor: `node -e ''`; `java -jar ... invoke` on a missing file (both JVMs, no turn) "
          f"| {start_floor['now']:.0f} ms | | {start_floor['node']:.0f} ms | {ratio(start_floor['now'], start_floor['node'])} | |")
    print()
    print(f"First request after SnapStart priming: median of {RUNS} fresh JVMs, each building the LambdaHandler "
          f"({first['now']['constructMillis']:.0f} ms), priming it with beforeCheckpoint ({first['now']['primeMillis']:.0f} ms), "
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
