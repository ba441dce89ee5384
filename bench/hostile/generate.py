#!/usr/bin/env python3
"""Writes the large hostile inputs of docs/input-limits.md into a folder (default: /tmp/seam-hostile).

The small ones are committed in tests/model/data/hostile/. Measure each with
    /usr/bin/time -v build/app/cli/seam-cli validate FILE
"""
import os
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/seam-hostile"
os.makedirs(out, exist_ok=True)
HEADER = "seam: 1\nname: x\ncomponents: []\n"


def write(name, text):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write(text)


def components(n):
    return "".join(f"  - {{id: c{i}, kind: service}}\n" for i in range(n))


write("nested-150000.seam.yaml", HEADER + "x: " + "[" * 150000 + "]" * 150000 + "\n")
write("nested-150000.seam.json", '{"seam": 1, "name": "x", "components": [], "x": ' + "[" * 150000 + "]" * 150000 + "}\n")
write("nested-100000.seam.yaml", HEADER + "x: " + "[" * 100000 + "]" * 100000 + "\n")
write("nested-10000.seam.yaml", HEADER + "x: " + "[" * 10000 + "]" * 10000 + "\n")
write("nested-255.seam.yaml", HEADER + "x: " + "[" * 255 + "]" * 255 + "\n")
write("string-10mb.seam.yaml", HEADER + "description: " + "a" * (10 << 20) + "\n")
write("string-1mb.seam.yaml", "seam: 1\nname: x\ndescription: " + "a" * (1 << 20) + "\ncomponents: []\n")
# 100,000 components and a few references that name none of them.
write("ids-100000.seam.yaml", "seam: 1\nname: x\ncomponents:\n" + components(100000)
      + "layout:\n" + "".join(f"  unknown{i}: [0, 0]\n" for i in range(1000)))
# 20,000 unknown references checked against 2,000 components.
write("refs-20000.seam.yaml", "seam: 1\nname: x\ncomponents:\n" + components(2000)
      + "integrations:\n" + "".join(f"  - {{id: i{i}, from: c{i % 2000}, to: x{i}, pattern: rest}}\n" for i in range(20000)))
# A flow of 100,000 steps over 30,000 integrations (Model::findIntegration per step was quadratic).
write("flow-100000.seam.yaml", "seam: 1\nname: x\ncomponents:\n  - {id: a, kind: service}\nintegrations:\n"
      + "".join(f"  - {{id: i{i}, from: a, to: a, pattern: queue}}\n" for i in range(30000))
      + "flows:\n  - id: f\n    steps: [" + ", ".join(f"i{i % 30000}" for i in range(100000)) + "]\n")
# 200 MB: refused by size before reading.
with open(os.path.join(out, "big-200mb.seam.yaml"), "w") as f:
    f.write(HEADER)
    line = "# " + "x" * 97 + "\n"
    for _ in range(2 * 1000 * 1000):
        f.write(line)
# Just under the file limit, valid: 60 MiB of components' descriptions.
with open(os.path.join(out, "big-60mb.seam.yaml"), "w") as f:
    f.write("seam: 1\nname: x\ncomponents:\n")
    i = 0
    while f.tell() < 60 << 20:
        f.write(f"  - id: c{i}\n    kind: service\n    description: {'d' * 200}\n")
        i += 1
print(out)
