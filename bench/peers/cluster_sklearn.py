#!/usr/bin/python3
"""Peer of `ressourcerie clusters --data DIR --k auto`, with scikit-learn.

Clusters institutions on a feature matrix with KMeans for k = 2..12 (k-means++, 3 starts as the
toolkit's NeedsClusteringOptions.Restarts, seeded) and keeps the k of the best silhouette. The
matrix is the toolkit's own (`--features FILE`: CSV with `;` and a decimal point, first column the
institution id, one column per feature, written by `ressourcerie-bench step clusters`), or, to
time the peer alone, its own default (`--data DIR`): each institution's share of units per
equipment category, read from inventaire.csv.
Prints one JSON object: k, silhouette, the silhouette of every k, and the timings.
"""

import argparse
import json
import os
import sys
import time

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score

import frenchrules as fr


def default_features(data):
    frame = pd.read_csv(os.path.join(data, "inventaire.csv"), sep=";", dtype=str, keep_default_na=False,
                        na_filter=False, encoding="utf-8-sig", usecols=[0, 1, 5])
    frame.columns = ["institution", "category", "quantity"]
    codes, uniques = pd.factorize(frame["quantity"])
    frame["units"] = np.array([fr.parse_number(u) or 1 for u in uniques])[codes]
    units = frame.pivot_table(index="institution", columns="category", values="units", aggfunc="sum", fill_value=0)
    return units.div(units.sum(axis=1), axis=0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--features")
    parser.add_argument("--data")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()

    started = time.perf_counter()
    if args.features:
        matrix = pd.read_csv(args.features, sep=";", index_col=0)
    else:
        matrix = default_features(args.data)
    x = matrix.to_numpy(dtype=float)
    load_s = time.perf_counter() - started

    started = time.perf_counter()
    scores = {}
    for k in range(2, 13):
        labels = KMeans(n_clusters=k, n_init=3, random_state=args.seed).fit_predict(x)
        scores[k] = float(silhouette_score(x, labels))
    best = max(scores, key=scores.get)
    cluster_s = time.perf_counter() - started
    json.dump({"institutions": len(matrix), "features": matrix.shape[1], "matrix": "toolkit" if args.features else "peer",
               "k": best, "silhouette": scores[best], "silhouette_by_k": scores, "load_s": load_s, "cluster_s": cluster_s},
              sys.stdout)
    print()


if __name__ == "__main__":
    main()
