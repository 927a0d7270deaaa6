using System.CommandLine;
using System.Globalization;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.SampleData;

namespace Ressourcerie.Cli.Commands;

/// <summary>
/// <c>sample generate</c>: writes a synthetic study folder of the same layout as <c>data/sample</c>,
/// of any size, for scale tests and demonstrations.
/// </summary>
public sealed class SampleCommand : ICliCommand
{
    /// <summary>The command line that regenerates the committed <c>data/sample</c> folder (its README quotes it).</summary>
    public const string SamplePresetArguments =
        "sample generate --institutions 40 --items-per-institution 55 --needs-per-institution 4 --interviews 20 --seed 2023 --out data/sample";

    public Command Build(CliContext context)
    {
        var sample = new Command("sample",
            "Jeux de données synthétiques (fictifs) au format des modèles de la boîte à outils.\n" +
            "Exemple : ressourcerie sample generate --institutions 1500 --items-per-institution 700 --out /tmp/national");
        sample.Subcommands.Add(BuildGenerate(context));
        return sample;
    }

    private static Command BuildGenerate(CliContext context)
    {
        var institutions = new Option<int>("--institutions")
        {
            HelpName = "N",
            Description = "Nombre d'établissements (≥ 1).",
            Required = true,
        };
        var items = new Option<int>("--items-per-institution")
        {
            HelpName = "N",
            Description = "Nombre moyen de lignes d'inventaire par établissement (≥ 1) ; les écoles et musées en ont plus, les centres d'art moins.",
            Required = true,
        };
        var output = new Option<string>("--out")
        {
            HelpName = "DOSSIER",
            Description = "Dossier où écrire les fichiers (créé si besoin ; les autres fichiers du dossier sont conservés).",
            Required = true,
        };
        var seed = new Option<int>("--seed")
        {
            HelpName = "N",
            Description = "Graine du tirage aléatoire : même graine, mêmes octets.",
            DefaultValueFactory = _ => SampleDataOptions.DefaultSeed,
        };
        var needs = new Option<int>("--needs-per-institution")
        {
            HelpName = "N",
            Description = "Nombre moyen de besoins par établissement (7 donnent environ 10 000 besoins pour 1 500 établissements).",
            DefaultValueFactory = _ => 7,
        };
        var interviews = new Option<int?>("--interviews")
        {
            HelpName = "N",
            Description = "Nombre d'entretiens (défaut : de 20 à 40 selon le nombre d'établissements).",
        };
        var noDefects = new Option<bool>("--no-defects")
        {
            Description = "Ne pas introduire les quelques défauts corrigibles (quantité vide, ancienne région…) qui alimentent la feuille qualité.",
        };
        var format = new Option<string>("--format")
        {
            Description = "Format du résumé sur la sortie standard : text ou json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");

        var generate = new Command("generate",
            "Écrit un dossier synthétique (institutions.csv, inventaire.csv, besoins.csv, entretiens.csv, codages.csv) " +
            "au format d'un export Excel français (UTF-8 avec BOM, « ; », virgule décimale, dates jj/mm/aaaa). " +
            "Les établissements et les personnes sont fictifs ; les communes et leurs coordonnées sont réelles.\n" +
            "Exemple (échelle nationale) : ressourcerie sample generate --institutions 1500 --items-per-institution 700 --out /tmp/national --seed 7\n" +
            "Régénérer data/sample : ressourcerie " + SamplePresetArguments)
        {
            institutions, items, output, seed, needs, interviews, noDefects, format,
        };

        generate.SetAction(parsed =>
        {
            int institutionCount = parsed.GetValue(institutions);
            var options = SampleDataOptions.ForScale(institutionCount, parsed.GetValue(items), parsed.GetValue(seed)) with
            {
                NeedsPerInstitution = parsed.GetValue(needs),
                Interviews = parsed.GetValue(interviews) ?? SampleDataOptions.InterviewsForScale(institutionCount),
                PlantDefects = !parsed.GetValue(noDefects),
            };
            var problems = options.Problems();
            if (problems.Count > 0) throw new UsageException(string.Join(" ", problems));

            string outDir = parsed.GetValue(output)!;
            SampleDataSummary summary;
            try
            {
                summary = SampleDataGenerator.Generate(options, outDir, context.ShowProgress ? context.Progress : null);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"Erreur : impossible d'écrire dans « {outDir} » : {FileAccessProblem.WritingFolder(e, outDir)}.");
                return ExitCodes.InputError;
            }

            if (parsed.GetValue(format) == "json") CliJson.Write(context.Out, Json(outDir, summary));
            else WriteText(context.Out, outDir, summary);
            return ExitCodes.Success;
        });
        return generate;
    }

    private static object Json(string outDir, SampleDataSummary summary) => new
    {
        Out = outDir,
        summary.Seed,
        summary.Institutions,
        summary.InventoryLines,
        summary.Needs,
        summary.Interviews,
        summary.CodedSegments,
        summary.Files,
        PlantedDefects = summary.PlantedDefects.Select(d => new { d.File, d.Row, d.Column, d.WrittenValue, d.Description }),
    };

    private static void WriteText(TextWriter output, string outDir, SampleDataSummary summary)
    {
        var fr = CultureInfo.GetCultureInfo("fr-FR");
        output.WriteLine($"Jeu de données synthétique écrit dans « {outDir} » (graine {summary.Seed}) :");
        output.WriteLine($"  {SampleDataGenerator.InstitutionsFile} : {summary.Institutions.ToString("N0", fr)} établissements");
        output.WriteLine($"  {SampleDataGenerator.InventoryFile} : {summary.InventoryLines.ToString("N0", fr)} lignes d'inventaire");
        output.WriteLine($"  {SampleDataGenerator.NeedsFile} : {summary.Needs.ToString("N0", fr)} besoins");
        output.WriteLine($"  {SampleDataGenerator.InterviewsFile} : {summary.Interviews.ToString("N0", fr)} entretiens");
        output.WriteLine($"  {SampleDataGenerator.CodingsFile} : {summary.CodedSegments.ToString("N0", fr)} segments codés");
        if (summary.PlantedDefects.Count == 0) return;
        output.WriteLine($"Défauts corrigibles introduits volontairement ({summary.PlantedDefects.Count}) :");
        foreach (var defect in summary.PlantedDefects)
            output.WriteLine($"  - {defect.File}, ligne {defect.Row}, colonne « {defect.Column} » : {defect.Description}");
    }
}
