#!/usr/bin/env bash
# Times the toolkit against the Python stack a data team would use instead (pandas, scikit-learn,
# numpy, xlsxwriter), step by step, on the same generated data, on the same machine, in the same
# run: alternating runs (toolkit, peer, toolkit, peer…), medians, ratio toolkit/peer, peak memory
# (maximum resident set size from /usr/bin/time -v), and a check that both did the same work.
#
#   bench/compare.sh                      national scale (1,500 institutions × 700 lines), 3 runs each
#   bench/compare.sh --scale 10           10 % of national scale (while developing)
#   bench/compare.sh --scale 300 --runs 3 --sides toolkit   the toolkit alone (scaling curve)
#
# Options: --scale PCT (default 100), --runs N (default 3, at least 3 for a median), --sides both|toolkit,
# --steps LIST (comma-separated among validate,clusters,matching,montecarlo,sheet,report; default all),
# --work DIR (default /tmp/ressourcerie-bench). Results: WORK/results-SCALE.jsonl and the printed table.
# Never run by `dotnet test` or .ci/run: benchmarks are run on purpose.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SCALE=100
RUNS=3
SIDES=both
STEPS=validate,clusters,matching,montecarlo,sheet,report
WORK=/tmp/ressourcerie-bench
while [[ $# -gt 0 ]]; do
  case "$1" in
    --scale) SCALE="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --sides) SIDES="$2"; shift 2 ;;
    --steps) STEPS="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Option inconnue : $1 (voir --help)" >&2; exit 2 ;;
  esac
done
if (( RUNS < 3 )); then echo "Au moins 3 exécutions de chaque côté pour une médiane (--runs 3)." >&2; exit 2; fi
INSTITUTIONS=$(( 1500 * SCALE / 100 ))
ITEMS=700
PY=/usr/bin/python3
mkdir -p "$WORK"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
wants() { [[ ",$STEPS," == *",$1,"* ]]; }

# --- Tools -------------------------------------------------------------------------------------
if [[ ! -x /usr/bin/time ]] || ! "$PY" -c 'import pandas, sklearn, numpy, xlsxwriter' 2>/dev/null; then
  echo "Installation des paquets Debian des pairs (pandas, scikit-learn, numpy, xlsxwriter) et de time…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends time python3-pandas python3-sklearn python3-xlsxwriter python3-numpy >/dev/null
fi

# The command as published for this machine (Release, ReadyToRun, framework-dependent): the build
# the README's tables measure. `dotnet run` (Debug, JIT only) is slower; see bench/README.md.
case "$(uname -m)" in
  x86_64) RID=linux-x64 ;;
  aarch64|arm64) RID=linux-arm64 ;;
  *) echo "Architecture non prise en charge par ce script : $(uname -m)" >&2; exit 2 ;;
esac
echo "Publication Release ($RID, ReadyToRun)…" >&2
dotnet publish "$ROOT/src/Ressourcerie.Cli" -c Release -r "$RID" --self-contained false -o "$WORK/cli" -v quiet -nologo >/dev/null
dotnet publish "$ROOT/bench/Ressourcerie.Bench" -c Release -r "$RID" --self-contained false -o "$WORK/bench" -v quiet -nologo >/dev/null
CLI="$WORK/cli/ressourcerie"
BENCH="$WORK/bench/ressourcerie-bench"

# --- Data --------------------------------------------------------------------------------------
DATA="$WORK/data-${INSTITUTIONS}x${ITEMS}"
if [[ ! -f "$DATA/.complet" ]]; then
  echo "Génération des données : $INSTITUTIONS établissements × $ITEMS lignes…" >&2
  "$CLI" sample generate --institutions "$INSTITUTIONS" --items-per-institution "$ITEMS" --out "$DATA" >/dev/null
  touch "$DATA/.complet"
fi
DIRTY="$DATA-erreurs"
if [[ ! -f "$DIRTY/.complet" ]]; then
  "$PY" "$ROOT/bench/dirty_copy.py" "$DATA" "$DIRTY"
  touch "$DIRTY/.complet"
fi
LINES=$(( $(wc -l < "$DATA/inventaire.csv") - 1 ))

RESULTS="$WORK/results-$SCALE.jsonl"
RUNDIR="$WORK/runs-$SCALE"
mkdir -p "$RUNDIR"
# The steps measured now replace their earlier runs at this scale; the other steps' runs are kept.
touch "$RESULTS"
"$PY" - "$RESULTS" "$STEPS" <<'PYEOF'
import json, sys
path, steps = sys.argv[1], set(sys.argv[2].split(","))
steps |= {s + "-erreurs" for s in steps}
kept = [l for l in open(path, encoding="utf-8") if l.strip() and json.loads(l)["step"] not in steps]
open(path, "w", encoding="utf-8").writelines(kept)
PYEOF

# measure STEP SIDE RUN COMMAND…: runs the command under /usr/bin/time -v, appends one JSON line.
measure() {
  local step="$1" side="$2" run="$3"; shift 3
  local base="$RUNDIR/$step-$side-$run" code=0
  /usr/bin/time -v -o "$base.time" "$@" > "$base.out" 2> "$base.err" || code=$?
  "$PY" - "$step" "$side" "$run" "$code" "$base" >> "$RESULTS" <<'PYEOF'
import json, re, sys
step, side, run, code, base = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
t = open(base + ".time").read()
def field(label):
    m = re.search(re.escape(label) + r": (.+)", t)
    return m.group(1).strip() if m else "0"
wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
parts = [float(p) for p in wall.split(":")]
seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
try:
    out = json.loads(open(base + ".out").read())
except ValueError:
    out = None
print(json.dumps({"step": step, "side": side, "run": run, "exit": code, "wall_s": seconds,
                  "cpu_s": float(field("User time (seconds)")) + float(field("System time (seconds)")),
                  "rss_mb": int(field("Maximum resident set size (kbytes)")) / 1024, "out": out}))
PYEOF
}

# alternate STEP TOOLKIT_FN PEER_FN: toolkit, peer, toolkit, peer… RUNS times each.
alternate() {
  local step="$1" toolkit="$2" peer="$3" i
  for (( i = 1; i <= RUNS; i++ )); do
    echo "  $step : exécution $i/$RUNS" >&2
    $toolkit "$i"
    if [[ "$SIDES" == both && -n "$peer" ]]; then $peer "$i"; fi
  done
}

echo "Mesures : échelle $SCALE % ($INSTITUTIONS établissements, $LINES lignes d'inventaire), $RUNS exécutions alternées, charge : $(cut -d' ' -f1-3 /proc/loadavg)" >&2

if wants validate; then
  t_validate() { measure validate toolkit "$1" "$CLI" validate --data "$DATA" --format json; }
  p_validate() { measure validate peer "$1" "$PY" "$ROOT/bench/peers/validate_pandas.py" --data "$DATA"; }
  alternate validate t_validate p_validate
  # The same rules on data with mistakes: one run each, for the agreement check.
  measure validate-erreurs toolkit 1 "$CLI" validate --data "$DIRTY" --format json
  if [[ "$SIDES" == both ]]; then measure validate-erreurs peer 1 "$PY" "$ROOT/bench/peers/validate_pandas.py" --data "$DIRTY"; fi
fi

if wants clusters; then
  t_clusters() { measure clusters toolkit "$1" "$BENCH" step clusters --data "$DATA" --features-out "$RUNDIR/features.csv"; }
  p_clusters() { measure clusters peer "$1" "$PY" "$ROOT/bench/peers/cluster_sklearn.py" --features "$RUNDIR/features.csv" --seed 42; }
  alternate clusters t_clusters p_clusters
fi

if wants matching; then
  t_matching() { measure matching toolkit "$1" "$BENCH" step matching --data "$DATA"; }
  alternate matching t_matching ""
fi

if wants montecarlo; then
  SCENARIO="$ROOT/data/sample/scenarios/combine.yaml"
  t_mc() { measure montecarlo toolkit "$1" "$BENCH" step montecarlo --data "$DATA" --scenario "$SCENARIO" --iterations 10000 --seed 42 --model-out "$RUNDIR/impact-model.json"; }
  # The peer values the toolkit's own model (its coefficients, exported by the toolkit's run).
  p_mc() { measure montecarlo peer "$1" "$PY" "$ROOT/bench/peers/montecarlo_numpy.py" --iterations 10000 --seed 42 --model "$RUNDIR/impact-model.json"; }
  alternate montecarlo t_mc p_mc
fi

if wants sheet; then
  t_sheet() { measure sheet toolkit "$1" "$BENCH" step sheet --data "$DATA" --out "$RUNDIR/inventaire-toolkit.xlsx"; }
  p_sheet() { measure sheet peer "$1" "$PY" "$ROOT/bench/peers/sheet_xlsxwriter.py" --data "$DATA" --out "$RUNDIR/inventaire-peer.xlsx"; }
  alternate sheet t_sheet p_sheet
  "$PY" "$ROOT/bench/peers/xlsx_cells.py" "$RUNDIR/inventaire-toolkit.xlsx" > "$RUNDIR/cells-toolkit.json"
  if [[ "$SIDES" == both ]]; then "$PY" "$ROOT/bench/peers/xlsx_cells.py" "$RUNDIR/inventaire-peer.xlsx" > "$RUNDIR/cells-peer.json"; fi
fi

if wants report; then
  t_report() { measure report toolkit "$1" "$CLI" report --data "$DATA" --out "$RUNDIR/report" --seed 42; }
  alternate report t_report ""
fi

"$PY" "$ROOT/bench/summarize.py" "$RESULTS" --scale "$SCALE" --lines "$LINES" --institutions "$INSTITUTIONS" --runs-dir "$RUNDIR" \
  --load "$(cut -d' ' -f1-3 /proc/loadavg)"
