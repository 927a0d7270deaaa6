using System.Diagnostics;
using System.Text.Json;
using Ressourcerie.Analytics;

namespace Ressourcerie.Bench;

/// <summary>
/// Runs one step of the toolkit in a fresh process, for bench/compare.sh, when the command line has
/// no command for exactly that step. Prints one JSON object with the phase timings in seconds
/// (wall clock, from a <see cref="Stopwatch"/>) and the counts the script checks against the peer.
/// <list type="bullet">
/// <item><c>step load --data DIR</c>: <c>Study.Load</c> (read and validate every file), no output file.</item>
/// <item><c>step sheet --data DIR --out FILE</c>: load, then write the accepted inventory as one
/// streamed worksheet (<see cref="InventorySheet"/>).</item>
/// </list>
/// </summary>
public static class StepRunner
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0)
        {
            error.WriteLine("Étape attendue : load ou sheet. Exemple : ressourcerie-bench step sheet --data /tmp/national --out /tmp/inventaire.xlsx");
            return 2;
        }
        var options = Options(args[1..]);
        if (!options.TryGetValue("--data", out var data))
        {
            error.WriteLine("Option --data DOSSIER obligatoire.");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var study = Study.Load(data);
        double loadSeconds = clock.Elapsed.TotalSeconds;
        var result = new Dictionary<string, object>
        {
            ["step"] = args[0],
            ["rows_read"] = study.Quality.RowsRead,
            ["rows_accepted"] = study.Quality.RowsAccepted,
            ["rows_rejected"] = study.Quality.RowsRejected,
            ["errors"] = study.Quality.ErrorCount,
            ["warnings"] = study.Quality.WarningCount,
            ["inventory_lines"] = study.Inventory.Count,
            ["load_s"] = loadSeconds,
        };

        switch (args[0])
        {
            case "load":
                break;
            case "sheet":
                if (!options.TryGetValue("--out", out var path))
                {
                    error.WriteLine("Option --out FICHIER.xlsx obligatoire pour l'étape sheet.");
                    return 2;
                }
                clock.Restart();
                result["sheet_rows"] = InventorySheet.Write(path, study.Inventory);
                result["write_s"] = clock.Elapsed.TotalSeconds;
                break;
            default:
                error.WriteLine($"Étape inconnue : {args[0]} (load ou sheet).");
                return 2;
        }
        // What the garbage collector cost the step: the share of a million-object load that is not parsing.
        result["gc_pause_s"] = GC.GetTotalPauseDuration().TotalSeconds;
        result["gc_collections"] = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        result["allocated_mb"] = GC.GetTotalAllocatedBytes() / 1048576.0;
        output.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < args.Length; i += 2) options[args[i]] = args[i + 1];
        return options;
    }
}
