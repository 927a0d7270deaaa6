#!/usr/bin/python3
"""Reads the summaries compare.sh wrote at several scales and prints, per step and side, the time
at each scale and per inventory line, the slope of log(time) against log(lines) between the two
largest scales and over all scales (least squares), and a verdict: linear when the slope between
the two largest scales is at most 1.15 (a fixed start-up cost makes small scales look sub-linear;
what must not happen is a cost that grows faster than the data).
The time is the step's own CPU time where the step reports it (clustering, matching, Monte Carlo,
sheet writing: the work of the step alone, reading its inputs excluded), else its own wall-clock
timer (the peers), else the process's CPU time (user + system): on a shared machine CPU time is far
steadier than wall time.
"""

import json
import math
import sys

LABELS = {"validate": "Lecture + validation", "clusters": "Clustering", "matching": "Appariement",
          "montecarlo": "Monte Carlo", "sheet": "Feuille d'inventaire xlsx", "report": "report"}
LINEAR_MAX = 1.15


def slope(points):
    xs = [math.log(x) for x, _ in points]
    ys = [math.log(y) for _, y in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / den if den else float("nan")


def fmt(v, d=2):
    return "–" if v is None else f"{v:,.{d}f}".replace(",", " ").replace(".", ",")


def main(paths):
    summaries = sorted((json.load(open(p, encoding="utf-8")) for p in paths), key=lambda s: s["lines"])
    scales = [s["scale"] for s in summaries]
    print("| Étape (temps mesuré) | Côté | " + " | ".join(f"{s} % : s ; µs/ligne" for s in scales) + " | Pente log-log (deux plus grandes / toutes) | Verdict |")
    print("|---|---|" + "---|" * len(scales) + "---|---|")
    for step, label in LABELS.items():
        for side in ("toolkit", "peer"):
            points, cells = [], []
            timer = "CPU du processus"
            for s in summaries:
                m = s["steps"].get(step, {}).get(side) or {}
                seconds = m.get("inner_cpu_s") or m.get("inner_s") or m.get("cpu_s")
                if m.get("inner_cpu_s"):
                    timer = "CPU de l'étape"
                elif m.get("inner_s"):
                    timer = "chronomètre de l'étape"
                if seconds:
                    points.append((s["lines"], seconds))
                    cells.append(f"{fmt(seconds, 3 if seconds < 1 else 2)} ; {fmt(seconds / s['lines'] * 1e6, 2)}")
                else:
                    cells.append("–")
            if len(points) < 2:
                continue
            last = slope(points[-2:])
            overall = slope(points)
            verdict = "linéaire" if last <= LINEAR_MAX else "SUR-LINÉAIRE"
            who = "outil" if side == "toolkit" else "pair"
            print(f"| {label} ({timer}) | {who} | " + " | ".join(cells) + f" | {fmt(last)} / {fmt(overall)} | {verdict} |")


if __name__ == "__main__":
    main(sys.argv[1:])
