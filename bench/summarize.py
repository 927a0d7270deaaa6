#!/usr/bin/python3
"""Turns the runs recorded by bench/compare.sh (one JSON line per run) into the comparison table:
per step, medians of wall time, CPU time (user + system) and peak memory of each side, the ratio
toolkit/peer, the target and whether it is met, and whether both sides did the same work.
Writes the table (Markdown) to stdout and RESULTS with .jsonl replaced by .summary.json beside it.
"""

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
from collections import defaultdict

# step: (target ratio or None, what is compared, French label)
STEPS = {
    "validate": "Lecture + validation (3 fichiers, ~700 lignes/établissement)",
    "clusters": "Clustering des établissements, k = 2..12 (silhouette)",
    "matching": "Appariement prêts ↔ besoins",
    "montecarlo": "Monte Carlo, 10 000 itérations d'un scénario national",
    "sheet": "Écriture de la feuille d'inventaire (xlsx)",
    "report": "`report` de bout en bout",
}
# The step's own timer (the work of the step alone, reading its inputs excluded), where it has one.
INNER = {"clusters": "cluster_s", "matching": "matching_s", "montecarlo": "mc_s", "sheet": "write_s"}
PEERS = {"validate": "pandas", "clusters": "scikit-learn", "montecarlo": "numpy", "sheet": "xlsxwriter"}


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def fmt(value, digits=2):
    if value is None:
        return "–"
    return f"{value:,.{digits}f}".replace(",", " ").replace(".", ",")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("results")
    parser.add_argument("--scale", type=int, required=True)
    parser.add_argument("--lines", type=int, required=True)
    parser.add_argument("--institutions", type=int, required=True)
    parser.add_argument("--runs-dir", required=True)
    parser.add_argument("--load", default="")
    args = parser.parse_args()

    runs = defaultdict(list)
    with open(args.results, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            runs[(r["step"], r["side"])].append(r)

    def stat(step, side, key):
        return median([r[key] for r in runs.get((step, side), [])])

    def inner(step, side, key):
        return median([(r["out"] or {}).get(key) for r in runs.get((step, side), [])])

    def first_out(step, side):
        found = runs.get((step, side))
        return found[0]["out"] if found and found[0]["out"] else None

    validate_wall = stat("validate", "toolkit", "wall_s")
    validate_cpu = stat("validate", "toolkit", "cpu_s")
    rows, summary = [], {"scale": args.scale, "lines": args.lines, "institutions": args.institutions, "steps": {}}
    for step, label in STEPS.items():
        t = {k: stat(step, "toolkit", k) for k in ("wall_s", "cpu_s", "rss_mb")}
        p = {k: stat(step, "peer", k) for k in ("wall_s", "cpu_s", "rss_mb")}
        if step in INNER:
            t["inner_s"] = inner(step, "toolkit", INNER[step])
            p["inner_s"] = inner(step, "peer", INNER[step])
            t["inner_cpu_s"] = inner(step, "toolkit", INNER[step][:-2] + "_cpu_s")
        summary["steps"][step] = {"toolkit": t, "peer": p}
        compared, target, verdict, agreement = "", "", "", ""
        ratio = cpu_ratio = None
        if step == "validate":
            target = "≤ 0,5 × pandas ; mémoire ≤ 1 Go"
            if t["wall_s"] and p["wall_s"]:
                ratio, cpu_ratio = t["wall_s"] / p["wall_s"], t["cpu_s"] / p["cpu_s"]
                verdict = "atteinte" if ratio <= 0.5 and t["rss_mb"] <= 1024 else "manquée"
            compared = "processus entier"
            agreement = agree_validate(first_out("validate", "toolkit"), first_out("validate", "peer"), "données générées")
            agreement += " ; " + agree_validate(first_out("validate-erreurs", "toolkit"), first_out("validate-erreurs", "peer"), "copie avec erreurs")
        elif step == "clusters":
            target = "≤ 0,5 × scikit-learn"
            tc, pc = inner("clusters", "toolkit", "cluster_s"), inner("clusters", "peer", "cluster_s")
            if tc and pc:
                ratio = tc / pc
                verdict = "atteinte" if ratio <= 0.5 else "manquée"
            compared = f"clustering seul, chronomètres internes (outil {fmt(tc)} s, pair {fmt(pc)} s), même matrice de besoins"
            agreement = agree_clusters(first_out("clusters", "toolkit"), first_out("clusters", "peer"))
        elif step == "montecarlo":
            target = "≤ 1 × numpy vectorisé"
            tm, pm = inner("montecarlo", "toolkit", "mc_s"), inner("montecarlo", "peer", "mc_s")
            if tm and pm:
                ratio = tm / pm
                verdict = "atteinte" if ratio <= 1 else "manquée"
            compared = f"simulation seule, chronomètres internes (outil {fmt(tm, 3)} s, pair {fmt(pm, 3)} s)"
            agreement = agree_montecarlo(first_out("montecarlo", "toolkit"), first_out("montecarlo", "peer"))
        elif step == "sheet":
            target = "≤ 1 × xlsxwriter (constant_memory)"
            tw, pw = inner("sheet", "toolkit", "write_s"), inner("sheet", "peer", "write_s")
            if tw and pw:
                ratio = tw / pw
                if t["cpu_s"] and p["cpu_s"]:
                    cpu_ratio = t["cpu_s"] / p["cpu_s"]
                verdict = "atteinte" if ratio <= 1 else "manquée"
            compared = "écriture seule (chronomètre interne, hors lecture du CSV)"
            agreement = agree_cells(args.runs_dir)
        elif step == "report":
            target = "< 60 s ; mémoire ≤ 2 Go"
            if t["wall_s"]:
                verdict = "atteinte" if t["wall_s"] < 60 and t["rss_mb"] <= 2048 else "manquée"
            compared = "processus entier"
        elif step == "matching":
            target = "quelques secondes"
            tm = inner("matching", "toolkit", "matching_s")
            if tm:
                verdict = "atteinte" if tm < 10 else "manquée"
                out = first_out("matching", "toolkit") or {}
                compared = f"appariement seul, chronomètre interne : {fmt(tm)} s pour {out.get('needs')} besoins, {out.get('loans')} prêts ({out.get('units_lent')} unités prêtées, {out.get('units_unmet')} non couvertes)"
        # validate exits 1 when it rejects rows; any other step that fails is said, not timed.
        failed = [r for side in ("toolkit", "peer") for r in runs.get((step, side), []) if r["exit"] != 0 and step != "validate"]
        if failed:
            verdict = f"ÉCHEC : code de sortie {failed[0]['exit']} ({failed[0]['side']}, voir {args.runs_dir}/{step}-{failed[0]['side']}-{failed[0]['run']}.err)"
        summary["steps"][step].update({"ratio": ratio, "cpu_ratio": cpu_ratio, "verdict": verdict, "agreement": agreement})
        rows.append((label, step, t, p, ratio, cpu_ratio, target, verdict, compared, agreement))

    print(f"## Échelle {args.scale} % : {args.institutions} établissements, {args.lines:,} lignes d'inventaire".replace(",", " "))
    print()
    print(f"Machine : {machine()} ; charge (uptime) pendant la mesure : {args.load}")
    print()
    print("| Étape | Outil : médiane (CPU) s, mémoire Mo | Pair : médiane (CPU) s, mémoire Mo | Ratio outil/pair (CPU) | Cible | Verdict |")
    print("|---|---|---|---|---|---|")
    for label, step, t, p, ratio, cpu_ratio, target, verdict, _, _ in rows:
        tool = "–" if t["wall_s"] is None else f"{fmt(t['wall_s'])} ({fmt(t['cpu_s'])}), {fmt(t['rss_mb'], 0)}"
        peer = "–" if p["wall_s"] is None else f"{PEERS.get(step, '')} {fmt(p['wall_s'])} ({fmt(p['cpu_s'])}), {fmt(p['rss_mb'], 0)}"
        r = "–" if ratio is None else f"{fmt(ratio)}" + ("" if cpu_ratio is None else f" ({fmt(cpu_ratio)})")
        print(f"| {label} | {tool} | {peer} | {r} | {target} | {verdict or '–'} |")
    print()
    print("Ce que compare le ratio, et l'accord entre l'outil et son pair :")
    for label, step, t, p, ratio, _, _, _, compared, agreement in rows:
        if compared or agreement:
            extra = ""
            if step == "sheet":
                extra = f" écriture outil {fmt(inner('sheet', 'toolkit', 'write_s'))} s, pair {fmt(inner('sheet', 'peer', 'write_s'))} s ;"
            if step == "validate" and validate_cpu:
                extra = f" {fmt(args.lines / validate_wall / 1000, 0)} k lignes/s (mur) ;"
            print(f"- {label} : {compared};{extra} {agreement}".rstrip(" ;"))
    out = os.path.splitext(args.results)[0] + ".summary.json"
    with open(out, "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1)


def agree_validate(t, p, what):
    """Counts file by file for the files the peer reads; the toolkit's other files (interviews, codings) are named."""
    if not t:
        return f"{what} : pas de résultat de l'outil"
    if not p:
        return f"{what} : pair non exécuté"
    toolkit = {f["file"]: dict(f) for f in t.get("files", [])}
    for issue in t.get("issues", []):
        counts = toolkit.setdefault(issue["file"], {})
        key = "errors" if issue["severity"] == "error" else "warnings"
        counts[key] = counts.get(key, 0) + 1
    keys = ("rows_read", "rows_accepted", "rows_rejected", "errors", "warnings")
    shown, same = [], True
    for file, peer in p["files"].items():
        mine = toolkit.get(file, {})
        differences = [f"{k} {mine.get(k, 0)} ≠ {peer.get(k, 0)}" for k in keys if mine.get(k, 0) != peer.get(k, 0)]
        same &= not differences
        shown.append(f"{file} " + (", ".join(differences) if differences else
                                   f"{peer['rows_read']} lues, {peer['rows_rejected']} rejetées, {peer['errors']} erreurs, {peer['warnings']} avertissements"))
    others = [f"{f} ({c.get('rows_read', 0)} lignes)" for f, c in toolkit.items() if f not in p["files"]]
    extra = f" ; lus par l'outil seul : {', '.join(others)}" if others else ""
    return f"{what} : {'mêmes comptes' if same else 'COMPTES DIFFÉRENTS'} ({'; '.join(shown)}){extra}"


def agree_clusters(t, p):
    if not t or not p:
        return "pas de comparaison (un côté manque)" if p is None or t is None else ""
    same_k = t.get("k") == p.get("k")
    close = abs((t.get("silhouette") or 0) - (p.get("silhouette") or 0)) <= 0.05
    caveat = "" if p.get("matrix") == "toolkit" else " (le pair a utilisé sa propre matrice)"
    return f"k outil {t.get('k')}, pair {p.get('k')} ; silhouette {fmt(t.get('silhouette'), 3)} / {fmt(p.get('silhouette'), 3)} : {'accord' if same_k or close else 'DÉSACCORD'}{caveat}"


def agree_montecarlo(t, p):
    if not t:
        return ""
    net = t.get("net_tco2e") or {}
    tp50, se = net.get("p50"), net.get("standard_error")
    own = f"P50 net de l'outil {fmt(tp50, 0)} tCO2e (± {fmt(se, 1)} d'erreur type sur la moyenne)"
    if not p or p.get("model") != "toolkit" or tp50 is None or p.get("p50") is None:
        return own + " ; P50 non comparée (le pair n'a pas valué le modèle de l'outil)"
    gap = abs(tp50 - p["p50"])
    # Two independent 10 000-draw estimates of the same median: their gap is within a few
    # standard errors (the median's is ≈ 1.25 × the mean's for a bell-shaped distribution).
    tolerance = 4 * 1.25 * (se or 0) * 2 ** 0.5
    verdict = "accord" if gap <= max(tolerance, 1e-9 * abs(tp50)) else "DÉSACCORD"
    return f"{own} ; pair, même modèle ({t.get('categories')} catégories, {t.get('parameters')} facteurs) : {fmt(p['p50'], 0)} tCO2e, écart {fmt(gap, 0)} : {verdict}"


def agree_cells(runs_dir):
    try:
        with open(os.path.join(runs_dir, "cells-toolkit.json")) as f:
            t = json.load(f)
        with open(os.path.join(runs_dir, "cells-peer.json")) as f:
            p = json.load(f)
    except OSError:
        return "pas de comparaison (un côté manque)"
    same = t == p
    return f"lignes {t['rows']} / {p['rows']}, cellules {t['cells']} / {p['cells']} : {'mêmes cellules écrites' if same else 'DIFFÉRENCE'}"


def machine():
    try:
        with open("/proc/cpuinfo") as f:
            model = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        model = platform.processor()
    memory = ""
    try:
        with open("/proc/meminfo") as f:
            memory = f"{int(f.readline().split()[1]) / 1024 / 1024:.0f} Go"
    except OSError:
        pass
    dotnet = subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip()
    return f"{os.cpu_count()} cœurs ({model}), {memory}, .NET {dotnet}, Python {platform.python_version()}"


if __name__ == "__main__":
    main()
