using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ressourcerie.Analytics;
using Ressourcerie.Analytics.Impact;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Reporting;
using static Ressourcerie.Analytics.Reporting.Charts.FrenchNumberFormat;

namespace Ressourcerie.Cli.Commands;

/// <summary>
/// <c>scenario run</c>: one reuse scenario on a data folder, its avoided emissions with their
/// Monte Carlo range, transport, net balance, categories and missing factors, as French text or
/// JSON (the keys of <see cref="ScenarioSummary"/>). <c>scenario compare</c>: several scenarios side
/// by side. Both run the scenario exactly as the report does (<see cref="ScenarioEvaluation"/>), so
/// that the same seed and iterations give the report's figures.
/// </summary>
public sealed class ScenarioCommand : ICliCommand
{
    private const int TopCategories = 5;

    public Command Build(CliContext context)
    {
        var command = new Command("scenario",
            "Estime les émissions de CO2e évitées par des scénarios de réemploi (prêt mutualisé, allongement de la durée de vie, " +
            "achat reconditionné), avec leur incertitude (Monte Carlo) et le transport des prêts.\n\n" +
            "Exemples :\n" +
            "  ressourcerie scenario run --scenario data/sample/scenarios/combine.yaml\n" +
            "  ressourcerie scenario compare --data data/sample");
        command.Subcommands.Add(BuildRun(context));
        command.Subcommands.Add(BuildCompare(context));
        return command;
    }

    private static Command BuildRun(CliContext context)
    {
        var options = new CommonOptions("Fichier du scénario (YAML ou JSON) : leviers et surcharges de facteurs, voir data/sample/scenarios/README.md.");
        var command = new Command("run",
            "Calcule un scénario sur un dossier de données : émissions évitées (moyenne et P5–P95 de la simulation Monte Carlo), " +
            "transport des prêts, bilan net, principales catégories, facteurs manquants et équivalence en empreinte annuelle de Français. " +
            "Les prêts viennent de l'appariement du stock dormant aux besoins, à la distance maximale du scénario. " +
            "Code de sortie 1 si le scénario ou un fichier de données est illisible, 2 si la ligne de commande est fausse.\n\n" +
            "Exemples :\n" +
            "  ressourcerie scenario run --scenario data/sample/scenarios/pret-mutualise.yaml\n" +
            "  ressourcerie scenario run --scenario mon-scenario.json --data mes-donnees --iterations 20000 --seed 7 --format json");
        options.AddTo(command);
        command.SetAction(parsed =>
        {
            var files = parsed.GetValue(options.Scenario) ?? [];
            if (files.Length == 0) throw new UsageException("donnez le fichier du scénario : --scenario FICHIER.");
            if (files.Length > 1)
                throw new UsageException($"scenario run calcule un seul scénario ({files.Length} donnés) ; pour les comparer : ressourcerie scenario compare --scenario A --scenario B.");
            var evaluations = Evaluate(context, parsed, options, files);
            if (evaluations is null) return ExitCodes.InputError;
            var evaluation = evaluations[0];
            if (options.IsJson(parsed)) CliJson.Write(context.Out, RunJson(evaluation));
            else WriteRun(context.Out, evaluation);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command BuildCompare(CliContext context)
    {
        var options = new CommonOptions("Fichiers des scénarios à comparer (répétez l'option) ; par défaut, ceux du sous-dossier scenarios/ du dossier de données.");
        var command = new Command("compare",
            "Compare plusieurs scénarios côte à côte, avec la même graine et les mêmes tirages : bilan net moyen et P5–P95, " +
            "émissions évitées, transport, équivalence en Français. Sans --scenario, compare les scénarios du dossier DOSSIER/scenarios/.\n\n" +
            "Exemples :\n" +
            "  ressourcerie scenario compare --data data/sample\n" +
            "  ressourcerie scenario compare --scenario a.yaml --scenario b.json --format json");
        options.AddTo(command);
        command.SetAction(parsed =>
        {
            var data = parsed.GetValue(options.Data)!;
            var given = parsed.GetValue(options.Scenario) ?? [];
            if (given.Length == 0 && !Directory.Exists(data))
                throw new InputFileException(data, 0, "", $"Dossier de données introuvable : « {data} ».");
            var files = given.Length > 0 ? given : ReportData.DefaultScenarioFiles(data).ToArray();
            if (files.Length == 0)
                throw new UsageException($"aucun scénario à comparer : donnez --scenario FICHIER (répétez l'option), ou placez des fichiers .yaml ou .json dans {Path.Combine(data, "scenarios")}.");
            var evaluations = Evaluate(context, parsed, options, files);
            if (evaluations is null) return ExitCodes.InputError;
            if (options.IsJson(parsed)) CliJson.Write(context.Out, CompareJson(evaluations));
            else WriteComparison(context.Out, evaluations);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Reads the scenarios then the data, and runs them; null (after the errors are written) when the data cannot be used.</summary>
    private static IReadOnlyList<ScenarioEvaluation>? Evaluate(CliContext context, ParseResult parsed, CommonOptions options, string[] files)
    {
        int iterations = parsed.GetValue(options.Iterations);
        if (iterations is < 1 or > MonteCarloOptions.MaxIterations)
            throw new UsageException($"--iterations doit être compris entre 1 et {InText(MonteCarloOptions.MaxIterations)} (reçu {iterations}).");
        // Read first: a mistake in a scenario file is reported before the data are loaded.
        foreach (var file in files)
        {
            if (!File.Exists(file)) throw new InputFileException(file, 0, "", $"Fichier de scénario introuvable : {file}");
            ScenarioReader.Read(file);
        }

        double idle = parsed.GetValue(options.IdleMonths);
        if (idle is < 0 or > 12 || double.IsNaN(idle))
            throw new UsageException($"--idle-months doit être compris entre 0 et 12 mois par an (reçu {InText(idle, 1)}).");

        var reportOptions = new ReportOptions
        {
            Seed = parsed.GetValue(options.Seed),
            Iterations = iterations,
            ScenarioFiles = files,
            Matching = new Analytics.Needs.MatchingOptions { Idle = new Analytics.Inventories.IdleStockOptions { MaxMonthsUsedPerYear = idle } },
        };
        context.Progress("Lecture des données…");
        var study = Study.Load(parsed.GetValue(options.Data)!);
        var unreadable = ReportCommand.StoppedReading(study.Quality);
        if (unreadable.Count > 0)
        {
            foreach (var issue in unreadable) context.Error.WriteLine(issue.ToString());
            context.Error.WriteLine("Scénario non calculé : corrigez ces fichiers (ressourcerie validate --data DOSSIER donne le détail).");
            return null;
        }
        if (study.Quality.RowsRejected > 0)
            context.Error.WriteLine($"{InText(study.Quality.RowsRejected)} ligne(s) rejetée(s) à la lecture ne sont pas prises en compte (ressourcerie validate --data DOSSIER donne le détail).");

        var data = ReportData.From(study, reportOptions);
        var evaluations = new List<ScenarioEvaluation>();
        foreach (var scenario in data.Scenarios)
        {
            context.Progress($"Scénario « {scenario.Title} » : appariement des prêts et simulation Monte Carlo…");
            evaluations.Add(ScenarioEvaluation.Of(data, scenario, reportOptions));
        }
        return evaluations;
    }

    /// <summary>The summary's keys (the command-line contract and more), plus the matching the loans come from.</summary>
    private static JsonObject RunJson(ScenarioEvaluation evaluation)
    {
        var json = JsonSerializer.SerializeToNode(evaluation.Summary, CliJson.Options)!.AsObject();
        json["matching"] = evaluation.Matching is { } matching
            ? new JsonObject
            {
                ["max_distance_km"] = matching.Options.MaxDistanceKm,
                ["loans"] = matching.Result.Loans.Count,
                ["loan_units"] = matching.Result.UnitsLent,
                ["unmet_needs"] = matching.Result.Unmet.Count,
                ["unmet_units"] = matching.Result.UnitsUnmet,
            }
            : null;
        return json;
    }

    private static JsonObject CompareJson(IReadOnlyList<ScenarioEvaluation> evaluations) => new()
    {
        ["comparison"] = new JsonArray([.. evaluations.Select(e => (JsonNode)new JsonObject
        {
            ["scenario"] = e.Summary.Scenario,
            ["title"] = e.Summary.Title,
            ["horizon_years"] = e.Summary.HorizonYears,
            ["avoided_tco2e"] = JsonSerializer.SerializeToNode(e.Summary.AvoidedTCO2e, CliJson.Options),
            ["transport_tco2e"] = e.Summary.TransportTCO2e,
            ["net_tco2e"] = JsonSerializer.SerializeToNode(e.Summary.NetTCO2e, CliJson.Options),
            ["equivalent_people"] = e.Summary.Equivalence.People,
            ["missing_factors"] = e.Summary.MissingFactors.Count,
        })]),
        ["scenarios"] = new JsonArray([.. evaluations.Select(e => (JsonNode)RunJson(e))]),
    };

    /// <summary>
    /// « 0,0 Français » or « -0,3 Français » reads as an error: under one person the share of one
    /// French footprint is given, and a net result that is no gain has no equivalence.
    /// </summary>
    private static string EquivalenceText(double people) => people switch
    {
        <= 0 => "aucune, le bilan net moyen n'est pas un gain",
        < 1 => $"{PercentInText(people, people < 0.1 ? 1 : 0)} de l'empreinte carbone annuelle d'un Français",
        _ => $"l'empreinte carbone annuelle de {InText(people, people < 10 ? 1 : 0)} Français",
    };


    private static void WriteRun(TextWriter output, ScenarioEvaluation evaluation)
    {
        var s = evaluation.Summary;
        var start = s.StartYear is { } year ? $" à partir de {year}" : "";
        output.WriteLine($"Scénario « {s.Title} »{(s.Title == s.Scenario ? "" : $" ({s.Scenario})")} : {s.HorizonYears} an{(s.HorizonYears > 1 ? "s" : "")}{start}, {InText(s.Iterations)} tirages Monte Carlo (graine {s.Seed}).");
        if (s.Description.Length > 0) output.WriteLine(s.Description);
        output.WriteLine();
        output.WriteLine($"Émissions évitées (brutes, avant transport) : {TonnesText.WithRange(s.AvoidedTCO2e.Mean, s.AvoidedTCO2e.P5, s.AvoidedTCO2e.P95)}, médiane {TonnesText.Number(s.AvoidedTCO2e.P50, TonnesText.Decimals(s.AvoidedTCO2e.Mean))}.");
        output.WriteLine($"Transport des prêts : {TonnesText.Amount(s.TransportTCO2e)}.");
        output.WriteLine($"Bilan net (transport déduit, moyenne Monte Carlo) : {TonnesText.WithRange(s.NetTCO2e.Mean, s.NetTCO2e.P5, s.NetTCO2e.P95)}, soit {TonnesText.Amount(s.NetTCO2e.Mean / s.HorizonYears)} par an en moyenne sur l'horizon.");
        output.WriteLine($"Équivalence : {EquivalenceText(s.Equivalence.People)} ({InText(s.Equivalence.TonnesPerPersonPerYear, 1)} tCO2e par personne et par an ; {FactorLibrary.Default.PerCapita.TypicalSource}).");

        output.WriteLine();
        output.WriteLine("Par levier (valeurs typiques des facteurs) :");
        var levers = new (string Label, double Tonnes)[]
        {
            ("Achats évités par les prêts", s.ByLever.AvoidedPurchasesTCO2e),
            ("Allongement de la durée de vie", s.ByLever.LifetimeExtensionTCO2e),
            ("Achats reconditionnés", s.ByLever.RefurbishedTCO2e),
            ("Phase d'usage", s.ByLever.UsePhaseTCO2e),
            // 0 − x rather than −x: no transport must print 0, not −0.
            ("Transport des prêts (émis)", 0 - s.ByLever.TransportTCO2e),
            // Named apart from the Monte Carlo mean above, which differs from it (lognormal factors).
            ("Bilan net aux valeurs typiques", s.ByLever.NetTCO2e),
        };
        int leverDecimals = TonnesText.Decimals([.. levers.Select(l => l.Tonnes)]);
        int leverWidth = levers.Max(l => l.Label.Length);
        int amountWidth = levers.Max(l => TonnesText.Number(l.Tonnes, leverDecimals).Length);
        foreach (var (label, tonnes) in levers)
            output.WriteLine($"  {label.PadRight(leverWidth)}  {TonnesText.Number(tonnes, leverDecimals).PadLeft(amountWidth)} tCO2e");

        var top = s.ByCategory.OrderByDescending(c => c.AvoidedTCO2e).ThenBy(c => c.Category, StringComparer.Ordinal).Take(TopCategories).ToList();
        if (top.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Principales catégories ({top.Count} sur {s.ByCategory.Count} ; émissions évitées, moyenne Monte Carlo) :");
            int width = top.Max(c => c.Label.Length);
            int decimals = TonnesText.Decimals(top[0].AvoidedTCO2e);
            foreach (var c in top)
                output.WriteLine($"  {c.Label.PadRight(width)}  {TonnesText.WithRange(c.AvoidedTCO2e, c.AvoidedP5TCO2e, c.AvoidedP95TCO2e, decimals)}, facteur : {c.FactorStatus}");
        }

        output.WriteLine();
        if (s.ByCategory.Count == 0 && s.MissingFactors.Count == 0)
            output.WriteLine("Aucune catégorie concernée : les données ne contiennent ni besoin ni matériel en service.");
        else
            WriteMissingFactors(output, s.MissingFactors);
        if (evaluation.Matching is { } matching)
            output.WriteLine($"Appariement : {InText(matching.Result.Loans.Count)} {Plural(matching.Result.Loans.Count, "prêt trouvé", "prêts trouvés")} à moins de {InText(matching.Options.MaxDistanceKm)} km " +
                $"({InText(matching.Result.UnitsLent)} {Plural(matching.Result.UnitsLent, "unité", "unités")}) ; le scénario en retient {PercentInText(evaluation.Scenario.LoanShare, 0)}.");
        // Missing factors are listed above with the loans they concern; the other warnings follow.
        foreach (var warning in s.Warnings.Where(w => !w.StartsWith("Facteur manquant", StringComparison.Ordinal)))
            output.WriteLine($"Attention : {warning}");
        output.WriteLine("Sources des facteurs : ressourcerie scenario run … --format json (clé « factors ») ou la feuille « Hypothèses et sources » du rapport.");
        output.Flush();
    }

    /// <summary>Categories with needs or loans one per line; those only in service (whose lifetime and replacements go uncounted) on one line.</summary>
    private static void WriteMissingFactors(TextWriter output, IReadOnlyList<ScenarioSummary.MissingRow> missing)
    {
        if (missing.Count == 0)
        {
            output.WriteLine("Facteurs manquants : aucun, toutes les catégories concernées ont un facteur.");
            return;
        }
        output.WriteLine($"Facteurs manquants ({missing.Count} catégorie(s), unités hors des totaux, jamais comptées pour zéro) :");
        foreach (var m in missing.Where(m => m.NeedUnits + m.LoanUnits > 0))
            output.WriteLine($"  {m.Label} : {InText(m.NeedUnits)} unité(s) de besoins, dont {InText(m.LoanUnits)} prêtée(s) ; {InText(m.StockUnits)} en service.");
        var stockOnly = missing.Where(m => m.NeedUnits + m.LoanUnits == 0).ToList();
        if (stockOnly.Count > 0)
            output.WriteLine("  Présentes seulement dans le parc en service : " +
                string.Join(", ", stockOnly.Select(m => $"{m.Label} ({InText(m.StockUnits)})")) + ".");
    }

    private static void WriteComparison(TextWriter output, IReadOnlyList<ScenarioEvaluation> evaluations)
    {
        var first = evaluations[0].Summary;
        output.WriteLine($"Comparaison de {evaluations.Count} scénario(s), {InText(first.Iterations)} tirages Monte Carlo (graine {first.Seed}).");
        output.WriteLine("Bilan net en tCO2e sur l'horizon de chaque scénario (émissions évitées moins transport des prêts) ; équivalence en empreinte carbone annuelle de Français.");
        output.WriteLine();
        string[] headers = ["Scénario", "Horizon", "Net moyen", "P5", "P50", "P95", "Évitées", "Transport", "Français"];
        var rows = evaluations.Select(e =>
        {
            var s = e.Summary;
            int d = TonnesText.Decimals(s.NetTCO2e.Mean, s.NetTCO2e.P95, s.AvoidedTCO2e.Mean);
            return new[]
            {
                s.Title, $"{s.HorizonYears} ans", TonnesText.Number(s.NetTCO2e.Mean, d), TonnesText.Number(s.NetTCO2e.P5, d),
                TonnesText.Number(s.NetTCO2e.P50, d), TonnesText.Number(s.NetTCO2e.P95, d), TonnesText.Number(s.AvoidedTCO2e.Mean, d),
                TonnesText.Number(s.TransportTCO2e, d), InText(s.Equivalence.People, 1),
            };
        }).ToList();
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
        output.WriteLine(Line(headers, widths));
        foreach (var row in rows) output.WriteLine(Line(row, widths));

        var best = evaluations.MaxBy(e => e.Summary.NetTCO2e.Mean)!;
        output.WriteLine();
        output.WriteLine($"Le scénario « {best.Summary.Title} » évite le plus : {TonnesText.WithRange(best.Summary.NetTCO2e.Mean, best.Summary.NetTCO2e.P5, best.Summary.NetTCO2e.P95)} nettes.");
        // Scenarios on the same data usually miss the same factors: each list is written once.
        foreach (var group in evaluations.Where(e => e.Summary.MissingFactors.Count > 0)
                     .GroupBy(e => string.Join(", ", e.Summary.MissingFactors.Select(m => m.Label))))
        {
            var who = group.Count() == evaluations.Count && evaluations.Count > 1
                ? "tous les scénarios"
                : string.Join(", ", group.Select(e => $"« {e.Summary.Title} »"));
            output.WriteLine($"Catégories sans facteur, hors des totaux ({who}) : {group.Key}.");
        }
        output.Flush();

        // The scenario's name left-aligned, the figures right-aligned.
        static string Line(string[] cells, int[] widths) =>
            string.Join("  ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i])));
    }

    /// <summary>The options <c>run</c> and <c>compare</c> share.</summary>
    private sealed class CommonOptions(string scenarioDescription)
    {
        public Option<string[]> Scenario { get; } = new("--scenario")
        {
            Description = scenarioDescription,
            HelpName = "FICHIER",
        };

        public Option<string> Data { get; } = new("--data") { Description = "Dossier de données (établissements, inventaire, besoins), comme data/sample.", HelpName = "DOSSIER", DefaultValueFactory = _ => "data/sample" };

        public Option<int> Iterations { get; } = new("--iterations") { Description = "Nombre de tirages Monte Carlo.", HelpName = "N", DefaultValueFactory = _ => MonteCarloOptions.DefaultIterations };

        public Option<int> Seed { get; } = new("--seed") { Description = "Graine aléatoire (mêmes données et même graine : mêmes résultats, à l'octet près en JSON).", HelpName = "N", DefaultValueFactory = _ => MonteCarloOptions.DefaultSeed };

        public Option<double> IdleMonths { get; } = new("--idle-months")
        {
            Description = "Seuil du stock dormant prêtable : un matériel en service utilisé au plus ce nombre de mois par an peut être prêté (le matériel en stock l'est toujours).",
            HelpName = "MOIS",
            DefaultValueFactory = _ => Analytics.Inventories.IdleStockOptions.Default.MaxMonthsUsedPerYear,
        };

        public Option<string> Format { get; } = CreateFormat();

        public void AddTo(Command command)
        {
            command.Options.Add(Scenario);
            command.Options.Add(Data);
            command.Options.Add(Iterations);
            command.Options.Add(Seed);
            command.Options.Add(IdleMonths);
            command.Options.Add(Format);
        }

        public bool IsJson(ParseResult parsed) => parsed.GetValue(Format) == "json";

        private static Option<string> CreateFormat()
        {
            var format = new Option<string>("--format") { Description = "Format de sortie : text (par défaut) ou json.", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "json");
            return format;
        }
    }
}
