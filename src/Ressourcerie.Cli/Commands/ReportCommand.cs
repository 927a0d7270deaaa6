using System.CommandLine;
using Ressourcerie.Analytics;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Reporting;
using static Ressourcerie.Analytics.Reporting.Charts.FrenchNumberFormat;

namespace Ressourcerie.Cli.Commands;

/// <summary>
/// <c>report</c>: the main job. Reads a data folder and writes the ministry workbook, the charts
/// and <c>summary.json</c>. Rejected rows do not stop it (the quality sheet lists them); a file
/// that cannot be read at all does (exit 1), since a report silently missing a whole file would
/// mislead its readers.
/// </summary>
public sealed class ReportCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var data = new Option<string>("--data") { Description = "Dossier de données (institutions, inventaire, besoins…).", HelpName = "DOSSIER", DefaultValueFactory = _ => "data/sample" };
        var output = new Option<string>("--out") { Description = "Dossier où écrire le classeur, les graphiques et summary.json.", HelpName = "DOSSIER", DefaultValueFactory = _ => "out" };
        var scenarios = new Option<string[]>("--scenarios")
        {
            Description = "Un ou plusieurs fichiers de scénarios de réemploi (JSON ou YAML).",
            HelpName = "FICHIER",
            AllowMultipleArgumentsPerToken = true,
        };
        var seed = new Option<int>("--seed") { Description = "Graine aléatoire (mêmes données et même graine : mêmes résultats).", HelpName = "N", DefaultValueFactory = _ => ReportOptions.DefaultSeed };
        var iterations = new Option<int>("--iterations") { Description = "Nombre de tirages Monte Carlo des scénarios.", HelpName = "N", DefaultValueFactory = _ => ReportOptions.DefaultIterations };

        var command = new Command("report",
            "Produit le rapport pour le ministère : OUT/rapport-ressourcerie.xlsx, les graphiques OUT/charts/*.png et *.svg, " +
            "et les chiffres clés OUT/summary.json. Les lignes rejetées à la lecture sont listées dans la feuille « Qualité des données ». " +
            "Code de sortie 1 si un fichier d'entrée est illisible.\n\n" +
            "Exemples :\n" +
            "  ressourcerie report\n" +
            "  ressourcerie report --data data/sample --out out --scenarios scenarios/central.yaml --seed 42 --iterations 10000")
        {
            data, output, scenarios, seed, iterations,
        };
        command.SetAction(parsed =>
        {
            int iterationCount = parsed.GetValue(iterations);
            if (iterationCount is < 1 or > Analytics.Impact.MonteCarloOptions.MaxIterations)
                throw new UsageException($"--iterations doit être compris entre 1 et {InText(Analytics.Impact.MonteCarloOptions.MaxIterations)} (reçu {iterationCount}).");
            var scenarioFiles = parsed.GetValue(scenarios) ?? [];
            foreach (var file in scenarioFiles.Where(f => !File.Exists(f)))
                throw new InputFileException(file, 0, "", $"Fichier de scénario introuvable : {file}");

            var options = new ReportOptions { Seed = parsed.GetValue(seed), Iterations = iterationCount, ScenarioFiles = scenarioFiles };
            context.Progress("Lecture des données…");
            var study = Study.Load(parsed.GetValue(data)!, new StudyOptions { Clock = options.Clock });
            var unreadable = StoppedReading(study.Quality);
            if (unreadable.Count > 0)
            {
                foreach (var issue in unreadable) context.Error.WriteLine(issue.ToString());
                context.Error.WriteLine("Rapport non produit : corrigez ces fichiers (ressourcerie validate --data DOSSIER donne le détail).");
                return ExitCodes.InputError;
            }

            context.Progress("Calcul du rapport…");
            var report = MinistryReport.Build(ReportData.From(study, options), options);
            context.Progress("Écriture du classeur et des graphiques…");
            var outDirectory = parsed.GetValue(output)!;
            ReportOutput written;
            try
            {
                written = ReportWriter.Write(report, outDirectory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"Erreur : impossible d'écrire le rapport dans « {outDirectory} » : {FileAccessProblem.WritingFolder(e, outDirectory)}.");
                if (parsed.GetValue(context.Verbose)) context.Error.WriteLine(e);
                return ExitCodes.InputError;
            }
            WriteSummary(context.Out, written, study, report);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Errors that stopped the reading of a file: those of the whole file (row 0), and those of a
    /// file that could not be read past a row. The latter are told apart by the readers' invariant:
    /// every row-level error rejects its row, so a file with more rows in error than rows rejected
    /// has an error that rejected nothing, i.e. one that ended the reading.
    /// </summary>
    internal static List<DataIssue> StoppedReading(DataQualityReport quality)
    {
        var stopped = new List<DataIssue>();
        foreach (var file in quality.Issues.Where(i => i.Severity == IssueSeverity.Error).GroupBy(i => i.File))
        {
            stopped.AddRange(file.Where(i => i.Row == 0));
            long rowsInError = file.Where(i => i.Row > 0).Select(i => i.Row).Distinct().LongCount();
            long rejected = quality.Files.TryGetValue(file.Key, out var counts) ? counts.RowsRejected : 0;
            if (rowsInError > rejected) stopped.Add(file.Where(i => i.Row > 0).MaxBy(i => i.Row)!);
        }
        return stopped;
    }

    private static void WriteSummary(TextWriter output, ReportOutput written, Study study, ReportModel report)
    {
        var quality = study.Quality;
        long units = study.Inventory.Sum(i => (long)i.Quantity);
        output.WriteLine($"Classeur : {written.WorkbookPath}");
        output.WriteLine($"Graphiques : {Path.Combine(Path.GetDirectoryName(written.WorkbookPath)!, ReportWriter.ChartsFolderName)} ({written.Charts.Count} graphiques, PNG et SVG)");
        output.WriteLine($"Chiffres clés : {written.SummaryPath}");
        output.WriteLine();
        output.WriteLine($"{InText(study.Institutions.Count)} établissements, {InText(study.Inventory.Count)} lignes d'inventaire ({InText(units)} unités), {InText(study.Needs.Count)} besoins.");
        output.WriteLine(quality.RowsRejected > 0
            ? $"{InText(quality.RowsRejected)} lignes rejetées sur {InText(quality.RowsRead)} lues : voir la feuille « Qualité des données »."
            : $"{InText(quality.RowsRead)} lignes lues, aucune rejetée ({InText(quality.WarningCount)} corrections signalées).");
        var headlines = ReportHeadlines.Of(report);
        if (headlines.Count > 0)
        {
            output.WriteLine();
            foreach (var line in headlines) output.WriteLine(line);
        }
        output.Flush();
    }
}
