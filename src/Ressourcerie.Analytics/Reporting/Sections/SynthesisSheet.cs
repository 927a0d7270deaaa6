using Ressourcerie.Analytics.Reporting.Excel;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// The Synthèse sheet, assembled after every section has run: the principal findings (French
/// sentences contributed by the sections) and the key figures, each pointing to the sheet that
/// details it.
/// </summary>
public static class SynthesisSheet
{
    public static void Add(ReportContext context, ReportModel report)
    {
        var sheet = report.AddSheet(ReportSheetOrder.Synthese, "Ressourcerie numérique culturelle : synthèse");
        sheet.Paragraph($"Rapport généré le {context.GenerationDate:dd/MM/yyyy} à partir des données décrites dans la feuille Provenance.")
             .Paragraph("Chaque chiffre renvoie à la feuille qui le détaille ; les lignes rejetées à la lecture sont listées dans la feuille Qualité des données.");

        sheet.Table(new ReportTable(
            "constats",
            [new TableColumn("Constat", Wrap: true), new TableColumn("Feuille")],
            report.Findings.Select(f => (IReadOnlyList<CellValue>)[f.Text, f.Sheet.SheetName()]))
        { Heading = "Principaux constats", EmptyText = "Aucun constat : les données ne permettent pas encore de conclure." });

        sheet.Table(new ReportTable(
            "chiffres cles",
            [new TableColumn("Indicateur"), new TableColumn("Valeur", CellFormat.Decimal), new TableColumn("Unité"), new TableColumn("Feuille")],
            report.KeyFigures.OrderBy(k => k.Sheet).Select(k => (IReadOnlyList<CellValue>)
                [k.Label, CellValue.Of(k.Value, k.Format), k.Unit, k.Sheet.SheetName()]))
        { Heading = "Chiffres clés" });
    }
}
