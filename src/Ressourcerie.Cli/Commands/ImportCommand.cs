using System.CommandLine;
using System.Text.Json.Serialization;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Inventories.Imports;

namespace Ressourcerie.Cli.Commands;

/// <summary>
/// <c>import</c>: reads a GLPI or Snipe-IT asset export (the tool is told from the header), reports
/// every corrected or rejected row as <c>validate</c> does, and with <c>--out</c> writes the accepted
/// lines as an <c>inventaire.csv</c> of the toolkit's layout, ready for a data folder. Exit 0 when
/// the export was read (rejected rows are listed, not fatal), 1 when it could not be.
/// </summary>
public sealed class ImportCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var file = new Argument<string>("EXPORT") { Description = "L'export CSV de GLPI (liste d'ordinateurs, de moniteurs…) ou de Snipe-IT (liste des actifs)." };
        var institutions = new Option<string?>("--institutions") { Description = "Fichier des établissements : l'entité (GLPI) ou la société (Snipe-IT) de chaque ligne y est cherchée par identifiant ou par nom.", HelpName = "FICHIER" };
        var institution = new Option<string?>("--institution") { Description = "Identifiant de l'établissement de tout l'export (export d'un seul établissement).", HelpName = "ID" };
        var dateOrder = new Option<string>("--date-order") { Description = "Ordre des dates : auto (détecté d'après les valeurs), jour-mois ou mois-jour.", HelpName = "auto|jour-mois|mois-jour", DefaultValueFactory = _ => "auto" };
        dateOrder.AcceptOnlyFromAmong("auto", "jour-mois", "mois-jour");
        var itemType = new Option<string?>("--glpi-type") { Description = "Type d'objet d'un export GLPI (ordinateur, moniteur, périphérique, réseau, imprimante, téléphone) : aide à classer les libellés vagues.", HelpName = "TYPE" };
        var output = new Option<string?>("--out") { Description = "Écrit les lignes acceptées dans ce fichier, au format inventaire.csv de la boîte à outils.", HelpName = "FICHIER" };
        var format = new Option<string>("--format") { Description = "Format du compte rendu : text (par défaut) ou json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("import",
            "Importe un export GLPI ou Snipe-IT : chaque actif devient une ligne d'inventaire (catégorie normalisée, statut, année d'achat, prix, " +
            "établissement), chaque ligne corrigée ou rejetée est signalée avec sa ligne et sa colonne. L'ordre des dates (jour/mois ou mois/jour) " +
            "est détecté dans le fichier et toujours indiqué quand il a dû être supposé.\n\n" +
            "Exemples :\n" +
            "  ressourcerie import glpi.csv --institutions data/sample/institutions.csv --out inventaire-glpi.csv\n" +
            "  ressourcerie import snipeit-assets.csv --institution ETB-012 --date-order jour-mois --format json")
        {
            file, institutions, institution, dateOrder, itemType, output, format,
        };
        command.SetAction(parsed =>
        {
            var report = new DataQualityReport();
            InstitutionIndex? index = null;
            if (parsed.GetValue(institutions) is { } institutionsFile)
            {
                // The institutions file has its own checks (ressourcerie validate); here only a file that cannot be read stops the import.
                var institutionsReport = new DataQualityReport();
                var list = InstitutionReader.Read(institutionsFile, institutionsReport);
                var fileError = institutionsReport.Issues.FirstOrDefault(i => i.Severity == IssueSeverity.Error && i.Row == 0);
                if (fileError is not null) throw new InputFileException(fileError.File, 0, fileError.Column, fileError.Message);
                index = new InstitutionIndex(list);
            }
            GlpiItemType? glpiType = null;
            if (parsed.GetValue(itemType) is { } typeText)
            {
                if (!GlpiItemTypes.TryParse(typeText, out var parsedType))
                    throw new UsageException($"--glpi-type « {typeText} » inconnu : ordinateur, moniteur, périphérique, réseau, imprimante ou téléphone.");
                glpiType = parsedType;
            }
            var options = new AssetExportOptions
            {
                Institutions = index,
                InstitutionId = parsed.GetValue(institution),
                GlpiItemType = glpiType,
                DateOrder = parsed.GetValue(dateOrder) switch { "jour-mois" => DateOrder.DayMonthYear, "mois-jour" => DateOrder.MonthDayYear, _ => null },
            };
            var path = parsed.GetValue(file)!;
            context.Progress("Lecture de l'export…");
            var result = AssetExport.Read(path, report, options, path);
            var outPath = parsed.GetValue(output);
            if (outPath is not null)
            {
                try
                {
                    InventoryCsvWriter.Write(result.Items, outPath);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new InputFileException(outPath, 0, "", $"Écriture impossible de l'inventaire importé : {FileAccessProblem.Writing(e, outPath)}.", e);
                }
            }

            if (parsed.GetValue(format) == "json") CliJson.Write(context.Out, ToJson(result, report, outPath));
            else WriteText(context.Out, result, report, outPath);
            return ExitCodes.Success;
        });
        return command;
    }

    private static ImportJson ToJson(AssetExportResult result, DataQualityReport report, string? outPath) => new(
        result.Format == AssetExportFormat.Glpi ? "glpi" : "snipeit",
        report.RowsRead,
        report.RowsAccepted,
        report.RowsRejected,
        result.DateOrder switch { DateOrder.DayMonthYear => "jour-mois", DateOrder.MonthDayYear => "mois-jour", DateOrder.YearMonthDay => "annee-mois-jour", _ => null },
        result.DateOrderAssumed,
        outPath,
        [.. report.Issues.Select(QualityJson.Issue.From)]);

    private static void WriteText(TextWriter output, AssetExportResult result, DataQualityReport report, string? outPath)
    {
        output.WriteLine($"Export {(result.Format == AssetExportFormat.Glpi ? "GLPI" : "Snipe-IT")} : {report.RowsRead} lignes lues, {report.RowsAccepted} acceptées, {report.RowsRejected} rejetées ; {report.ErrorCount} erreur(s), {report.WarningCount} avertissement(s).");
        if (outPath is not null) output.WriteLine($"{result.Items.Count} lignes d'inventaire écrites dans « {outPath} ».");
        if (report.Issues.Count > 0) output.WriteLine();
        foreach (var issue in report.Issues) output.WriteLine(issue.ToString());
        output.Flush();
    }

    private sealed record ImportJson(
        string Format,
        long RowsRead,
        long RowsAccepted,
        long RowsRejected,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DateOrder,
        bool DateOrderAssumed,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Output,
        IReadOnlyList<QualityJson.Issue> Issues);
}
