#!/usr/bin/env python3
"""Print the injected misspellings that corpus_eval's `names` part misses, with context.

    python3 scripts/names_misses.py [--bin target/release/copydesk]
"""
import argparse, importlib.util, json, os, random, re, sys, tempfile

spec = importlib.util.spec_from_file_location("ce", "/work/shared/tools/corpus_eval.py")
ce = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ce)

ap = argparse.ArgumentParser()
ap.add_argument("--bin", default="target/release/copydesk")
ap.add_argument("--false-alarms", action="store_true")
args = ap.parse_args()
ce.BIN = args.bin

if args.false_alarms:
    import glob
    paths = sorted(glob.glob(os.path.join(ce.CORPUS, "bbc/text/*/*.txt")) + glob.glob(os.path.join(ce.CORPUS, "reuters/text/*.txt"))
                   + glob.glob(os.path.join(ce.CORPUS, "quotes/polnear/text/*/*.txt")))
    files = ce.check(paths)
    for p in paths:
        for d in files.get(p, []):
            if d["code"] == "name-spelling":
                b = open(p, "rb").read()
                s, e = d["byte_range"]
                print(f"{os.path.relpath(p, ce.CORPUS)}: {d['message']}\n    ...{b[max(0,s-60):e+40].decode('utf-8','replace')!r}")
    sys.exit()

rng = random.Random(7)
recs = [json.loads(l) for l in open(os.path.join(ce.CORPUS, "quotes/polnear/polnear.jsonl"), encoding="utf-8")]
d = tempfile.mkdtemp(prefix="copydesk-misses-")
cases = []
for r in recs:
    text = r["text"]
    people = {a["source"]["text"].strip() for a in r["attributions"] if a.get("source")}
    people = sorted(p for p in people if re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]{3,}", p))
    for person in people:
        sur = person.split()[-1]
        hits = [m.start() for m in re.finditer(r"\b%s\b" % sur, text)]
        bad = ce.mutate(sur, rng)
        if len(hits) < 3 or not bad or re.search(r"\b%s\b" % bad, text):
            continue
        at = hits[rng.randrange(1, len(hits))]
        new = text[:at] + bad + text[at + len(sur):]
        p = os.path.join(d, f"{len(cases):04}.txt")
        open(p, "w", encoding="utf-8").write(new)
        s = len(new[:at].encode("utf-8"))
        cases.append((p, s, s + len(bad.encode("utf-8")), sur, bad, person, new, at, len(hits)))
        break
files = ce.check([c[0] for c in cases])
miss = 0
for p, s, e, sur, bad, person, new, at, n in cases:
    flags = [x for x in files.get(p, []) if x["code"] == "name-spelling" and x["byte_range"][0] < e and x["byte_range"][1] > s]
    if any(sur in ed["new_text"] for x in flags for f in x.get("fixes", []) for ed in f.get("edits", [])):
        continue
    miss += 1
    ctx = new[max(0, at - 70):at + len(bad) + 30].replace("\n", " ")
    other = [x["message"] for x in files.get(p, []) if x["code"] == "name-spelling"]
    print(f"{p}  {person}: {sur} -> {bad} ({n} mentions) flagged={bool(flags)} other={other}\n    ...{ctx}...")
print(f"missed {miss} of {len(cases)}")
