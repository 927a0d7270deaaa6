using Ressourcerie.Analytics.Reporting.Excel;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// The Provenance sheet: each input file with its size and SHA-256, and the run's parameters
/// (seed, iterations, scenario files, toolkit version, generation date), so that a figure of the
/// report can be traced to the exact inputs and regenerated.
/// </summary>
public sealed class ProvenanceSection : IReportSection
{
    public void Contribute(ReportContext context, ReportModel report)
    {
        var data = context.Data;
        var options = context.Options;
        var sheet = report.AddSheet(ReportSheetOrder.Provenance, "Provenance du rapport");
        sheet.Paragraph("Les fichiers d'entrée et les paramètres de ce rapport. Relancer la même commande sur des fichiers de même empreinte SHA-256, avec la même graine, redonne les mêmes valeurs.")
             .Paragraph("Commande : ressourcerie report --data <dossier> --out <dossier> --seed <graine> --iterations <nombre>");

        var files = data.InputFiles.Select(f => (File: f, Print: File.Exists(f.Path) ? FileFingerprint.Of(f.Path) : null)).ToList();
        // The scenarios run, given on the command line or found in the data folder's scenarios/.
        var scenarios = data.ScenarioFiles.Select(path => (Path: path, Print: File.Exists(path) ? FileFingerprint.Of(path) : null)).ToList();
        sheet.Table(new ReportTable(
            "fichiers d entree",
            [
                new TableColumn("Rôle"), new TableColumn("Fichier"), new TableColumn("Taille (octets)", CellFormat.Integer),
                new TableColumn("SHA-256"), new TableColumn("Lignes lues", CellFormat.Integer),
            ],
            files.Select(f => (IReadOnlyList<CellValue>)
            [
                f.File.Role, f.File.DisplayName, f.Print?.Bytes, f.Print?.Sha256 ?? "fichier introuvable",
                data.Quality.Files.TryGetValue(f.File.DisplayName, out var counts) ? counts.RowsRead : CellValue.Empty,
            ])
            .Concat(scenarios.Select(s => (IReadOnlyList<CellValue>)
            [
                "scénario", Path.GetFileName(s.Path), s.Print?.Bytes, s.Print?.Sha256 ?? "fichier introuvable", CellValue.Empty,
            ])))
        { Heading = "Fichiers d'entrée", EmptyText = "Aucun fichier d'entrée (données construites en mémoire)." });

        sheet.Table(new ReportTable(
            "parametres",
            [new TableColumn("Paramètre"), new TableColumn("Valeur")],
            [
                ["Date de génération", CellValue.Of(context.GenerationDate)],
                ["Graine aléatoire", CellValue.Integer(options.Seed)],
                ["Itérations Monte Carlo", CellValue.Integer(options.Iterations)],
                ["Version de Ressourcerie Analytics", options.ToolkitVersion],
                ["Dossier de données", data.DataDirectory is null ? CellValue.Empty : Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(data.DataDirectory)))],
            ])
        { Heading = "Paramètres", Note = "La date est celle de SOURCE_DATE_EPOCH quand cette variable est définie (constructions reproductibles)." });

        var json = report.Summary;
        json.Set("generated_on", context.GenerationDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Set("seed", (long)options.Seed)
            .Set("iterations", (long)options.Iterations)
            .Set("toolkit_version", options.ToolkitVersion)
            .Set("inputs", files.Select(f => new SummaryJson()
                .Set("role", f.File.Role).Set("file", f.File.DisplayName)
                .Set("bytes", f.Print?.Bytes ?? 0L).Set("sha256", f.Print?.Sha256))
                .Concat(scenarios.Select(s => new SummaryJson()
                    .Set("role", "scénario").Set("file", Path.GetFileName(s.Path))
                    .Set("bytes", s.Print?.Bytes ?? 0L).Set("sha256", s.Print?.Sha256))));
    }
}
