using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Ressourcerie.Analytics;
using Ressourcerie.Analytics.Impact;
using Ressourcerie.Analytics.Needs;
using Ressourcerie.Analytics.Needs.Clustering;

namespace Ressourcerie.Bench;

/// <summary>
/// Runs one step of the toolkit in a fresh process, for bench/compare.sh, when the command line has
/// no command for exactly that step. Prints one JSON object with the phase timings in seconds
/// (wall clock, from a <see cref="Stopwatch"/>) and the counts the script checks against the peer.
/// <list type="bullet">
/// <item><c>step load --data DIR</c>: <c>Study.Load</c> (read and validate every file), no output file.</item>
/// <item><c>step sheet --data DIR --out FILE</c>: load, then write the accepted inventory as one
/// streamed worksheet (<see cref="InventorySheet"/>).</item>
/// <item><c>step clusters --data DIR --features-out FILE</c>: load, write the needs feature matrix
/// (for the scikit-learn peer to cluster the same rows), then time <see cref="NeedsClustering"/> (k = 2..12).</item>
/// <item><c>step matching --data DIR</c>: load, then time <see cref="LoanMatcher"/>.</item>
/// <item><c>step montecarlo --data DIR --scenario FILE [--iterations N] [--seed N]</c>: load, match,
/// build the scenario's impact model, then time <see cref="MonteCarloSimulation"/>.</item>
/// </list>
/// </summary>
public static class StepRunner
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0)
        {
            error.WriteLine("Étape attendue : load, sheet, clusters, matching ou montecarlo. Exemple : ressourcerie-bench step sheet --data /tmp/national --out /tmp/inventaire.xlsx");
            return 2;
        }
        var options = Options(args[1..]);
        if (!options.TryGetValue("--data", out var data))
        {
            error.WriteLine("Option --data DOSSIER obligatoire.");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        // CPU seconds of each phase beside its wall time: on a shared machine the wall time of a
        // phase depends on the load, its CPU time much less.
        var cpu = Process.GetCurrentProcess();
        double cpuBefore;
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
                cpuBefore = CpuSeconds(cpu);
                result["sheet_rows"] = InventorySheet.Write(path, study.Inventory);
                result["write_s"] = clock.Elapsed.TotalSeconds;
                result["write_cpu_s"] = CpuSeconds(cpu) - cpuBefore;
                break;
            case "clusters":
            {
                if (options.TryGetValue("--features-out", out var matrixPath))
                    WriteMatrix(NeedFeatureMatrix.Build(study.Institutions, study.Needs, NeedsClusteringOptions.Default), matrixPath);
                clock.Restart();
                cpuBefore = CpuSeconds(cpu);
                var clusters = NeedsClustering.Run(study.Institutions, study.Needs, NeedsClusteringOptions.Default);
                result["cluster_s"] = clock.Elapsed.TotalSeconds;
                result["cluster_cpu_s"] = CpuSeconds(cpu) - cpuBefore;
                result["k"] = clusters.K;
                result["silhouette"] = clusters.Silhouette;
                result["silhouette_by_k"] = clusters.SilhouetteByK.ToDictionary(s => s.K.ToString(CultureInfo.InvariantCulture), s => s.Silhouette);
                result["institutions_clustered"] = clusters.ClusterOf.Count;
                break;
            }
            case "matching":
            {
                clock.Restart();
                cpuBefore = CpuSeconds(cpu);
                var matching = LoanMatcher.Match(study.Institutions, study.Inventory, study.Needs);
                result["matching_s"] = clock.Elapsed.TotalSeconds;
                result["matching_cpu_s"] = CpuSeconds(cpu) - cpuBefore;
                result["needs"] = study.Needs.Count;
                result["loans"] = matching.Loans.Count;
                result["units_lent"] = matching.UnitsLent;
                result["units_unmet"] = matching.UnitsUnmet;
                break;
            }
            case "montecarlo":
            {
                if (!options.TryGetValue("--scenario", out var scenarioPath))
                {
                    error.WriteLine("Option --scenario FICHIER obligatoire pour l'étape montecarlo.");
                    return 2;
                }
                int iterations = options.TryGetValue("--iterations", out var n) ? int.Parse(n, CultureInfo.InvariantCulture) : 10_000;
                int seed = options.TryGetValue("--seed", out var sd) ? int.Parse(sd, CultureInfo.InvariantCulture) : 42;
                clock.Restart();
                cpuBefore = CpuSeconds(cpu);
                var matching = LoanMatcher.Match(study.Institutions, study.Inventory, study.Needs);
                result["matching_s"] = clock.Elapsed.TotalSeconds;
                result["matching_cpu_s"] = CpuSeconds(cpu) - cpuBefore;
                clock.Restart();
                cpuBefore = CpuSeconds(cpu);
                var model = ImpactModel.Build(ImpactInputs.From(study, matching), ScenarioReader.Read(scenarioPath));
                result["model_s"] = clock.Elapsed.TotalSeconds;
                result["model_cpu_s"] = CpuSeconds(cpu) - cpuBefore;
                if (options.TryGetValue("--model-out", out var modelPath)) WriteModel(model, modelPath);
                clock.Restart();
                cpuBefore = CpuSeconds(cpu);
                var simulation = MonteCarloSimulation.Run(model, new MonteCarloOptions(iterations, seed));
                result["mc_s"] = clock.Elapsed.TotalSeconds;
                result["mc_cpu_s"] = CpuSeconds(cpu) - cpuBefore;
                result["iterations"] = iterations;
                result["parameters"] = model.Parameters.Count;
                result["categories"] = model.CategoryIds.Count;
                result["net_tco2e"] = new Dictionary<string, double>
                {
                    ["mean"] = simulation.Net.MeanTonnesCO2e,
                    ["p5"] = simulation.Net.P5TonnesCO2e,
                    ["p50"] = simulation.Net.P50TonnesCO2e,
                    ["p95"] = simulation.Net.P95TonnesCO2e,
                    ["standard_error"] = simulation.Net.StandardErrorTonnesCO2e,
                };
                break;
            }
            default:
                error.WriteLine($"Étape inconnue : {args[0]} (load, sheet, clusters, matching ou montecarlo).");
                return 2;
        }
        // What the garbage collector cost the step: the share of a million-object load that is not parsing.
        result["gc_pause_s"] = GC.GetTotalPauseDuration().TotalSeconds;
        result["gc_collections"] = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        result["allocated_mb"] = GC.GetTotalAllocatedBytes() / 1048576.0;
        output.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    /// <summary>
    /// The impact model as numbers, in the format of <c>bench/peers/montecarlo_numpy.py --model</c>:
    /// every parameter's two-piece lognormal, every category's lever quantities and factor indexes.
    /// </summary>
    private static void WriteModel(ImpactModel model, string path)
    {
        var (categories, grid, van, refurbishedShare) = model.Coefficients();
        var document = new Dictionary<string, object>
        {
            ["parameters"] = model.Parameters.Select(p => LognormalFactor.Fit(p.Range))
                .Select(f => new Dictionary<string, double> { ["median"] = f.Median, ["sigma_below"] = f.SigmaBelow, ["sigma_above"] = f.SigmaAbove })
                .ToList(),
            ["categories"] = categories.Select(c => new Dictionary<string, object>
            {
                ["id"] = c.CategoryId,
                ["embodied"] = c.EmbodiedIndex,
                ["saving"] = c.SavingIndex,
                ["avoided_units"] = c.Totals.AvoidedUnits,
                ["lifetime_units"] = c.Totals.LifetimeUnits,
                ["purchase_units"] = c.Totals.PurchaseUnits,
                ["replacement_units"] = c.Totals.ReplacementUnits,
                ["extra_kwh"] = c.Totals.ExtraKwh,
                ["vehicle_km"] = c.Totals.VehicleKm,
            }).ToList(),
            ["refurbished_share"] = refurbishedShare,
            ["grid"] = grid,
            ["van"] = van,
        };
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(document));
    }

    private static double CpuSeconds(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>The matrix as CSV (<c>;</c>, decimal point, first column the institution id), as the peer reads it.</summary>
    private static void WriteMatrix(NeedFeatureMatrix matrix, string path)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine(string.Join(';', matrix.FeatureNames.Prepend("etablissement_id").Select(n => n.Replace(';', ','))));
        for (int i = 0; i < matrix.Rows.Count; i++)
            writer.WriteLine(string.Join(';', matrix.Rows[i].Select(v => v.ToString("R", CultureInfo.InvariantCulture)).Prepend(matrix.InstitutionIds[i])));
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < args.Length; i += 2) options[args[i]] = args[i + 1];
        return options;
    }
}
