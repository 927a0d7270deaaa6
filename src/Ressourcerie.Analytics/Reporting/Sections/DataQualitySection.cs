using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Reporting.Excel;
using static Ressourcerie.Analytics.Reporting.Charts.FrenchNumberFormat;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// The Qualité des données sheet: rows read, accepted and rejected per file, then every rejected or
/// corrected row with file, row (as a spreadsheet shows it), column, severity, message and
/// suggestion. Nothing read is left out of the report.
/// </summary>
public sealed class DataQualitySection : IReportSection
{
    /// <summary>Above this many issues the sheet is streamed (ClosedXML would hold them all in memory).</summary>
    public const int StreamingThreshold = 20_000;

    public void Contribute(ReportContext context, ReportModel report)
    {
        var quality = context.Data.Quality;
        var sheet = report.AddSheet(ReportSheetOrder.QualiteDesDonnees, "Qualité des données");
        sheet.Paragraph($"{InText(quality.RowsRead)} lignes lues : {InText(quality.RowsAccepted)} acceptées, {InText(quality.RowsRejected)} rejetées. {InText(quality.ErrorCount)} erreurs et {InText(quality.WarningCount)} avertissements.")
             .Paragraph("Une erreur rejette la ligne (ou le fichier entier quand la ligne est vide) ; un avertissement signale une correction appliquée à une ligne conservée. Les numéros de ligne sont ceux du tableur (en-tête = ligne 1).");
        sheet.Streamed = quality.Issues.Count > StreamingThreshold;

        sheet.Table(new ReportTable(
            "qualite par fichier",
            [
                new TableColumn("Fichier"), new TableColumn("Lignes lues", CellFormat.Integer), new TableColumn("Acceptées", CellFormat.Integer),
                new TableColumn("Rejetées", CellFormat.Integer),
            ],
            quality.Files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f =>
                (IReadOnlyList<CellValue>)[f.Key, f.Value.RowsRead, f.Value.RowsAccepted, f.Value.RowsRejected]))
        // Four columns only: the issues table below shares the sheet's columns, and its wide
        // Message column would otherwise stretch a column of counts.
        { Heading = "Par fichier" });

        sheet.Table(new ReportTable(
            "anomalies",
            [
                new TableColumn("Fichier"), new TableColumn("Ligne", CellFormat.Integer), new TableColumn("Colonne"), new TableColumn("Gravité"),
                new TableColumn("Message", Wrap: true), new TableColumn("Suggestion", Wrap: true),
            ],
            Ordered(quality.Issues).Select(i => (IReadOnlyList<CellValue>)
            [
                i.File, i.Row > 0 ? i.Row : CellValue.Of("fichier entier"), i.Column.Length > 0 ? i.Column : CellValue.Empty,
                i.Severity == IssueSeverity.Error ? "erreur" : "avertissement", i.Message, i.Suggestion,
            ]))
        { Heading = "Lignes rejetées ou corrigées", EmptyText = "Aucune anomalie : toutes les lignes ont été acceptées sans correction." });
        sheet.FrozenTable = 1;

        if (quality.RowsRejected > 0 || quality.HasFileErrors)
            report.AddFinding(ReportSheetOrder.QualiteDesDonnees,
                $"{InText(quality.RowsRejected)} lignes sur {InText(quality.RowsRead)} ont été rejetées{(quality.HasFileErrors ? " et au moins un fichier n'a pas pu être lu" : "")} : elles sont listées dans la feuille Qualité des données avec la correction à apporter.");
        else if (quality.WarningCount > 0)
            report.AddFinding(ReportSheetOrder.QualiteDesDonnees,
                $"Toutes les lignes lues ont été acceptées ; {InText(quality.WarningCount)} corrections automatiques sont signalées dans la feuille Qualité des données.");

        report.AddKeyFigure(new KeyFigure("rows_rejected", "Lignes rejetées à la lecture", quality.RowsRejected, CellFormat.Integer, ReportSheetOrder.QualiteDesDonnees));
        report.Summary.Section("quality")
            .Set("rows_read", quality.RowsRead).Set("rows_accepted", quality.RowsAccepted).Set("rows_rejected", quality.RowsRejected)
            .Set("errors", (long)quality.ErrorCount).Set("warnings", (long)quality.WarningCount).Set("file_errors", quality.HasFileErrors);
    }

    /// <summary>File, then row, then the order issues were found: the order a person fixes them in.</summary>
    private static IEnumerable<DataIssue> Ordered(IReadOnlyList<DataIssue> issues) =>
        issues.Select((issue, index) => (issue, index))
            .OrderBy(p => p.issue.File, StringComparer.Ordinal).ThenBy(p => p.issue.Row).ThenBy(p => p.index)
            .Select(p => p.issue);
}
