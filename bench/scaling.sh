#!/usr/bin/env bash
# Scaling curve: the comparison steps at 10 %, 30 %, 100 % and 300 % of national scale, then, per
# step, the time per inventory line at each scale, the slope of log(time) against log(lines), and
# whether the cost grows linearly (bench/scaling_table.py).
#
#   bench/scaling.sh                          toolkit and peers up to 100 %, the toolkit alone at 300 %
#   bench/scaling.sh --scales 10,30 --runs 3  a quick check while developing
#
# Options: --scales LIST (default 10,30,100,300), --runs N (default 3), --peers-up-to PCT (default 100:
# above it only the toolkit runs; xlsxwriter alone would take a quarter of an hour at 300 %),
# --steps LIST (passed to compare.sh), --work DIR (default /tmp/ressourcerie-bench), --reuse (keep the
# results of a scale already measured in WORK instead of measuring it again).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SCALES=10,30,100,300
RUNS=3
PEERS_UP_TO=100
WORK=/tmp/ressourcerie-bench
STEPS=validate,clusters,matching,montecarlo,sheet,report
REUSE=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --scales) SCALES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --peers-up-to) PEERS_UP_TO="$2"; shift 2 ;;
    --steps) STEPS="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    --reuse) REUSE=1; shift ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Option inconnue : $1 (voir --help)" >&2; exit 2 ;;
  esac
done

summaries=()
for scale in ${SCALES//,/ }; do
  sides=both
  if (( scale > PEERS_UP_TO )); then sides=toolkit; fi
  if (( REUSE )) && [[ -f "$WORK/results-$scale.summary.json" ]]; then
    echo "Échelle $scale % : résultats déjà mesurés, repris de $WORK/results-$scale.summary.json" >&2
  else
    "$ROOT/bench/compare.sh" --scale "$scale" --runs "$RUNS" --sides "$sides" --steps "$STEPS" --work "$WORK"
  fi
  summaries+=("$WORK/results-$scale.summary.json")
done
/usr/bin/python3 "$ROOT/bench/scaling_table.py" "${summaries[@]}"
