using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ressourcerie.Analytics;

namespace Ressourcerie.Cli.Commands;

/// <summary>
/// <c>validate</c>: reads a data folder or a list of files without analysing them and reports every
/// corrected or rejected row. Exit code 0 when nothing was rejected, 1 when a row or a file was.
/// </summary>
public sealed partial class ValidateCommand : ICliCommand
{
    /// <summary>
    /// The JSON report's serializer, generated at build time on <see cref="CliJson.Options"/>: its code is
    /// precompiled with the command instead of being built by reflection after the data is read
    /// (≈ 50 ms of every run, on one core, for a report of a few lines).
    /// </summary>
    private static readonly ValidationJsonContext Json = new(new JsonSerializerOptions(CliJson.Options));

    public Command Build(CliContext context)
    {
        var data = new Option<string?>("--data") { Description = "Dossier de données (institutions, inventaire, besoins…), comme data/sample.", HelpName = "DOSSIER" };
        var inventory = new Option<string[]>("--inventory")
        {
            Description = "Un ou plusieurs fichiers d'inventaire (CSV, TSV ou XLSX) à valider sans dossier.",
            HelpName = "FICHIER",
            AllowMultipleArgumentsPerToken = true,
        };
        var institutions = new Option<string[]>("--institutions")
        {
            Description = "Fichier(s) des établissements, pour vérifier que les établissements cités existent.",
            HelpName = "FICHIER",
            AllowMultipleArgumentsPerToken = true,
        };
        var needs = new Option<string[]>("--needs")
        {
            Description = "Fichier(s) de besoins à valider avec les inventaires.",
            HelpName = "FICHIER",
            AllowMultipleArgumentsPerToken = true,
        };
        var format = new Option<string>("--format") { Description = "Format de sortie : text (par défaut) ou json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("validate",
            "Lit les données sans les analyser et signale chaque ligne corrigée (avertissement) ou rejetée (erreur), " +
            "avec le fichier, la ligne telle qu'Excel la numérote, la colonne et la correction attendue. " +
            "Code de sortie 0 sans erreur, 1 si une ligne ou un fichier est rejeté.\n\n" +
            "Exemples :\n" +
            "  ressourcerie validate --data data/sample\n" +
            "  ressourcerie validate --inventory inventaire.csv inventaire-2024.xlsx --institutions institutions.csv --format json")
        {
            data, inventory, institutions, needs, format,
        };
        command.SetAction(parsed =>
        {
            var directory = parsed.GetValue(data);
            var files = (parsed.GetValue(institutions) ?? []).Select(p => Input(p, StudyInputRole.Institutions))
                .Concat((parsed.GetValue(inventory) ?? []).Select(p => Input(p, StudyInputRole.Inventory)))
                .Concat((parsed.GetValue(needs) ?? []).Select(p => Input(p, StudyInputRole.Needs)))
                .ToList();
            if (directory is null && files.Count == 0)
                throw new UsageException("indiquez un dossier (--data DOSSIER) ou des fichiers (--inventory FICHIER …).");
            if (directory is not null && files.Count > 0)
                throw new UsageException("--data et --inventory/--institutions/--needs s'excluent : choisissez un dossier ou une liste de fichiers.");

            context.Progress("Lecture des données…");
            Study study;
            var inputPaths = directory is not null ? StudyFolder.Find(directory).Select(f => f.Path) : files.Select(f => f.Path);
            using (NoCollectionRegion.Start(NoCollectionRegion.SizeOf(inputPaths.Distinct())))
                study = directory is not null ? Study.Load(directory) : Study.Load(files);
            var quality = study.Quality;
            if (parsed.GetValue(format) == "json") CliJson.Write(context.Out, ToJson(study), Json.ValidationJson);
            else WriteText(context.Out, study);
            return quality.ErrorCount > 0 ? ExitCodes.InputError : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A file given on the command line: named in issues as typed, so that two files of the same name stay apart.</summary>
    private static StudyInputFile Input(string path, StudyInputRole role) => new(path, role, path);

    private static ValidationJson ToJson(Study study)
    {
        var quality = study.Quality;
        var roles = study.InputFiles.GroupBy(f => f.DisplayName).ToDictionary(g => g.Key, g => g.First().Role);
        return new ValidationJson(
            quality.RowsRead,
            quality.RowsAccepted,
            quality.RowsRejected,
            quality.ErrorCount,
            quality.WarningCount,
            quality.Files.Select(f => new FileJson(
                f.Key,
                roles.TryGetValue(f.Key, out var role) ? RoleName(role) : null,
                f.Value.RowsRead,
                f.Value.RowsAccepted,
                f.Value.RowsRejected,
                study.InputFiles.FirstOrDefault(i => i.DisplayName == f.Key)?.Description)).ToList(),
            [.. quality.Issues.Select(QualityJson.Issue.From)]);
    }

    private static string RoleName(StudyInputRole role) => StudyInputRoles.NamesOf(role)[0];

    private static void WriteText(TextWriter output, Study study)
    {
        var quality = study.Quality;
        output.WriteLine($"{quality.RowsRead} lignes lues : {quality.RowsAccepted} acceptées, {quality.RowsRejected} rejetées ; {quality.ErrorCount} erreur(s), {quality.WarningCount} avertissement(s).");
        foreach (var (file, counts) in quality.Files)
            output.WriteLine($"  {file} : {counts.RowsRead} lues, {counts.RowsAccepted} acceptées, {counts.RowsRejected} rejetées");
        if (quality.Issues.Count > 0) output.WriteLine();
        foreach (var issue in quality.Issues) output.WriteLine(issue.ToString());
        output.WriteLine();
        output.WriteLine(quality.ErrorCount == 0 ? "Aucune erreur : les données peuvent être analysées." : "Des lignes ou des fichiers ont été rejetés : corrigez-les puis relancez la validation.");
        output.Flush();
    }

    private sealed record ValidationJson(
        long RowsRead,
        long RowsAccepted,
        long RowsRejected,
        int Errors,
        int Warnings,
        IReadOnlyList<FileJson> Files,
        IReadOnlyList<QualityJson.Issue> Issues);

    private sealed record FileJson(
        string File,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Role,
        long RowsRead,
        long RowsAccepted,
        long RowsRejected,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ReadAs);

    [JsonSerializable(typeof(ValidationJson))]
    private sealed partial class ValidationJsonContext : JsonSerializerContext;
}
