#!/usr/bin/env python3
"""Summarises `jfr print --events jdk.ExecutionSample --stack-depth 96 FILE` (stdin) by top frames.

Usage: jfr print --events jdk.ExecutionSample --stack-depth 96 target/bench.jfr \
         | bench/jfr-top.py [--tail FRACTION] [THREAD-PREFIX ...]
Prints, for the sampled threads whose name starts with a prefix (default: the server's request
threads), the hottest self frames and the share of samples under each of a few known callers.
--tail 0.5 keeps only the last half of the samples (after the JIT has settled).
"""
import re
import sys
from collections import Counter

args = sys.argv[1:]
tail = 1.0
if args[:1] == ["--tail"]:
    tail, args = float(args[1]), args[2:]
prefixes = args or ["io-executor-thread", "default-eventLoopGroup"]
# Inclusive buckets: a sample counts in the first bucket (in this order) whose pattern is on its stack.
BUCKETS = [
    ("session liveness read (SessionRevocationFilter)", r"SessionRevocationFilter"),
    ("idempotency claim (first write, with its response)", r"IdempotencyClaims\.insert"),
    ("action transaction (answer, due, audit, FIT look-up)", r"IdempotencyStore\.once"),
    ("participant lookup (ParticipantService.own)", r"ParticipantService\.own"),
    ("security: token, JWT, rules", r"io\.micronaut\.security|com\.nimbusds"),
    ("other application code (controller, json)", r"se\.stegvis"),
    ("other JDBC / Micronaut Data", r"io\.micronaut\.data|com\.mysql\.cj|com\.zaxxer"),
    ("micronaut http (routing, binding, filters)", r"io\.micronaut\.http"),
    ("netty (HTTP codec, sockets)", r"io\.netty"),
]

samples, cur, thread, start = [], None, None, ""
for line in sys.stdin:
    line = line.rstrip()
    m = re.match(r'\s*startTime = (\S+)', line)
    if m:
        start = m.group(1)
        continue
    m = re.match(r'\s*sampledThread = "([^"]*)"', line)
    if m:
        thread = m.group(1)
        continue
    if line.strip() == "stackTrace = [":
        cur = []
        continue
    if cur is not None:
        if line.strip() == "]":
            samples.append((start, thread, cur))
            cur = None
        elif line.strip() != "...":
            cur.append(re.sub(r"\s+line:.*$", "", line.strip()))

samples.sort(key=lambda s: s[0])  # HH:MM:SS.mmm; a run does not pass midnight
samples = [(t, f) for _, t, f in samples[int(len(samples) * (1 - tail)):]]
chosen = [s for s in samples if any(s[0].startswith(p) for p in prefixes)]
print(f"{len(chosen)} samples of {len(samples)} on threads {prefixes}")
if not chosen:
    sys.exit()
selfs = Counter(frames[0] for _, frames in chosen if frames)
print("\nhottest self frames:")
for f, n in selfs.most_common(25):
    print(f"  {100.0 * n / len(chosen):5.1f}%  {f}")
print("\ninclusive (first matching bucket):")
bucket = Counter()
for _, frames in chosen:
    stack = "\n".join(frames)
    for name, pattern in BUCKETS:
        if re.search(pattern, stack):
            bucket[name] += 1
            break
    else:
        bucket["other"] += 1
for name, n in bucket.most_common():
    print(f"  {100.0 * n / len(chosen):5.1f}%  {name}")
pkg = Counter()
for _, frames in chosen:
    if frames:
        parts = frames[0].split(".")
        pkg[".".join(parts[:3])] += 1
print("\nself time by package:")
for p, n in pkg.most_common(15):
    print(f"  {100.0 * n / len(chosen):5.1f}%  {p}")
