#!/usr/bin/python3
"""Peer of `ressourcerie scenario run --iterations 10000`, vectorised with numpy.

The model is the toolkit's (Impact/ImpactModel, LognormalFactor): every uncertain factor is a
two-piece lognormal through its source's low, typical and high values (P10, P50, P90), and a
scenario's avoided emissions are, per category, embodied × (avoided + lifetime-extended units)
+ embodied × min(1, saving) × refurbished share × (purchased + replaced units) + grid × extra kWh,
minus van × vehicle-km for transport. `--model FILE` reads that model as exported by the toolkit
(`ressourcerie-bench step montecarlo --model-out FILE`, what bench/compare.sh uses; JSON: `parameters` [{`median`, `sigma_below`, `sigma_above`}], `categories` [{`embodied`,
`saving` (parameter indexes or -1), `avoided_units`, `lifetime_units`, `purchase_units`,
`replacement_units`, `extra_kwh`, `vehicle_km`}], `refurbished_share`, `grid`, `van`);
without it, `--demo-categories N` draws a seeded model of that shape with N categories.
All iterations are drawn and valued at once (arrays iterations × parameters), then summarised as
the toolkit summarises them (the totals, every category, the convergence checkpoints); the timer
covers all of it, as the toolkit's does. Prints one JSON object: mean, P5, P50, P95 of the net
avoided tCO2e, the standard error, and the timings.
"""

import argparse
import json
import sys
import time

import numpy as np


def demo_model(categories, seed):
    rng = np.random.default_rng(seed)
    typical = rng.uniform(20, 600, categories)
    parameters = [{"median": t, "sigma_below": np.log(t / (t * 0.6)) / 1.2815515655446004,
                   "sigma_above": np.log(t * 2.2 / t) / 1.2815515655446004} for t in typical]
    parameters += [{"median": 0.4, "sigma_below": 0.2, "sigma_above": 0.3},
                   {"median": 0.052, "sigma_below": 0.15, "sigma_above": 0.15},
                   {"median": 0.28, "sigma_below": 0.1, "sigma_above": 0.2}]
    saving, grid, van = categories, categories + 1, categories + 2
    cats = [{"embodied": c, "saving": saving, "avoided_units": float(rng.integers(50, 3000)),
             "lifetime_units": float(rng.integers(100, 20000)), "purchase_units": float(rng.integers(100, 5000)),
             "replacement_units": float(rng.integers(0, 2000)), "extra_kwh": float(rng.uniform(0, 5e4)),
             "vehicle_km": float(rng.uniform(0, 2e4))} for c in range(categories)]
    return {"parameters": parameters, "categories": cats, "refurbished_share": 0.3, "grid": grid, "van": van}


def checkpoints(iterations):
    """10, 20, 50, 100, 200, 500… below the iteration count, then the count (MonteCarloSimulation.Checkpoints)."""
    points, decade = [], 10
    while decade < iterations:
        points += [decade * step for step in (1, 2, 5) if decade * step < iterations]
        decade *= 10
    return points + [iterations]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model")
    parser.add_argument("--demo-categories", type=int, default=35)
    parser.add_argument("--iterations", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()

    started = time.perf_counter()
    if args.model:
        with open(args.model, encoding="utf-8") as f:
            model = json.load(f)
    else:
        model = demo_model(args.demo_categories, args.seed)
    p = model["parameters"]
    median = np.array([x["median"] for x in p])
    below = np.array([x["sigma_below"] for x in p])
    above = np.array([x["sigma_above"] for x in p])
    c = model["categories"]

    def field(name):
        return np.array([x[name] for x in c], dtype=float)

    embodied = np.array([x["embodied"] for x in c])
    saving = np.array([x["saving"] for x in c])
    direct = field("avoided_units") + field("lifetime_units")
    bought = field("purchase_units") + field("replacement_units")
    kwh, km = field("extra_kwh"), field("vehicle_km")

    rng = np.random.default_rng(args.seed)
    z = rng.standard_normal((args.iterations, len(p)))
    values = median * np.exp(z * np.where(z < 0, below, above))
    e = values[:, embodied]
    s = np.where(saving >= 0, np.minimum(1.0, values[:, np.maximum(saving, 0)]), 0.0)
    # Per category, as the toolkit values it (kgCO2e): avoided = embodied × (avoided + lifetime units)
    # + embodied × saving × refurbished share × bought units + grid × extra kWh; then the totals.
    by_category = e * direct + e * s * model["refurbished_share"] * bought + values[:, [model["grid"]]] * kwh
    avoided = by_category.sum(axis=1)
    transport = values[:, model["van"]] * km.sum()
    net = avoided - transport
    # The same summaries as the toolkit's MonteCarloResult: mean, standard deviation, standard
    # error, P5, P50 and P95 (numpy's default "linear" percentile is R7, the toolkit's) of the three
    # totals and of every category, and the convergence of the net total at 10, 20, 50… draws.
    series = np.column_stack([avoided, transport, net, by_category])
    summary = {
        "mean": series.mean(axis=0),
        "sd": series.std(axis=0, ddof=1),
        "percentiles": np.percentile(series, [5, 50, 95], axis=0),
    }
    summary["standard_error"] = summary["sd"] / np.sqrt(args.iterations)
    convergence = []
    for count in checkpoints(args.iterations)[:-1]:
        head = net[:count]
        p5, p95 = np.percentile(head, [5, 95])
        sd = head.std(ddof=1) if count > 1 else 0.0
        convergence.append((count, head.mean(), p5, p95, sd / np.sqrt(count)))
    seconds = time.perf_counter() - started
    p5, p50, p95 = summary["percentiles"][:, 2] / 1000
    json.dump({"iterations": args.iterations, "model": "toolkit" if args.model else "demo",
               "categories": len(c), "series_summarised": series.shape[1],
               "convergence_points": len(convergence) + 1,
               "mean": float(summary["mean"][2] / 1000), "p5": float(p5), "p50": float(p50),
               "p95": float(p95), "standard_error": float(summary["standard_error"][2] / 1000),
               "mc_s": seconds}, sys.stdout)
    print()


if __name__ == "__main__":
    main()
