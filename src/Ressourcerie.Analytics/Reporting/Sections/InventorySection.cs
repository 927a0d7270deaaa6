using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Reporting.Charts;
using Ressourcerie.Analytics.Reporting.Excel;
using static Ressourcerie.Analytics.Reporting.Charts.FrenchNumberFormat;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// The Inventaire sheet: lines and units by category and status, by institution type, by status;
/// two charts; the inventory's key figures. Counts come straight from the accepted inventory lines
/// (statuses as declared; the idle-stock analysis has its own sheet).
/// </summary>
public sealed class InventorySection : IReportSection
{
    private static readonly EquipmentStatus[] Statuses = Enum.GetValues<EquipmentStatus>();

    public void Contribute(ReportContext context, ReportModel report)
    {
        var data = context.Data;
        var summary = InventorySummary.Of(data.Inventory, data.Institutions);
        var sheet = report.AddSheet(ReportSheetOrder.Inventaire, "Inventaire du matériel multimédia");
        sheet.Paragraph($"{InText(summary.Lines)} lignes d'inventaire acceptées, soit {InText(summary.Units)} unités, déclarées par {InText(summary.InstitutionsWithInventory)} établissements.")
             .Paragraph("Une ligne décrit un ou plusieurs appareils identiques ; les unités sont la somme des quantités. Les statuts sont ceux déclarés par les établissements.");

        sheet.Table(new ReportTable(
            "inventaire par categorie",
            [
                new TableColumn("Catégorie"), new TableColumn("Famille"), new TableColumn("Lignes", CellFormat.Integer), new TableColumn("Unités", CellFormat.Integer),
                .. Statuses.Select(s => new TableColumn(Capitalized(s.French()), CellFormat.Integer)),
                new TableColumn("Part en stock", CellFormat.Percent),
            ],
            summary.ByCategory.Select(c => (IReadOnlyList<CellValue>)
            [
                c.Category.LabelFr, c.Category.Family, c.Lines, c.Units,
                .. Statuses.Select(s => CellValue.Integer(c.UnitsByStatus[(int)s])),
                CellValue.Percent(c.Units == 0 ? null : (double)c.UnitsByStatus[(int)EquipmentStatus.EnStock] / c.Units),
            ]))
        { Heading = "Par catégorie et statut (unités)", Note = "Catégories normalisées selon la nomenclature du projet ; triées par nombre d'unités." });

        sheet.Table(new ReportTable(
            "inventaire par type",
            [
                new TableColumn("Type d'établissement"), new TableColumn("Établissements", CellFormat.Integer), new TableColumn("Avec inventaire", CellFormat.Integer),
                new TableColumn("Lignes", CellFormat.Integer), new TableColumn("Unités", CellFormat.Integer), new TableColumn("Unités en stock", CellFormat.Integer),
                new TableColumn("Part en stock", CellFormat.Percent),
            ],
            summary.ByInstitutionType.Select(t => (IReadOnlyList<CellValue>)
            [
                t.Label, t.Institutions, t.InstitutionsWithInventory, t.Lines, t.Units, t.UnitsInStock,
                CellValue.Percent(t.Units == 0 ? null : (double)t.UnitsInStock / t.Units),
            ]))
        { Heading = "Par type d'établissement" });

        sheet.Table(new ReportTable(
            "inventaire par statut",
            [new TableColumn("Statut"), new TableColumn("Lignes", CellFormat.Integer), new TableColumn("Unités", CellFormat.Integer), new TableColumn("Part des unités", CellFormat.Percent)],
            Statuses.Select(s => (IReadOnlyList<CellValue>)
            [
                Capitalized(s.French()), summary.LinesByStatus[(int)s], summary.UnitsByStatus[(int)s],
                CellValue.Percent(summary.Units == 0 ? null : (double)summary.UnitsByStatus[(int)s] / summary.Units),
            ]))
        { Heading = "Par statut" });

        AddCharts(report, summary);
        AddFigures(report, summary);
    }

    private static void AddCharts(ReportModel report, InventorySummary summary)
    {
        if (summary.Units == 0) return;
        var top = summary.ByCategory.Take(15).Select(c => (c.Category.LabelFr, (double)c.Units)).ToList();
        report.AddChart(new ReportChart(
            "inventaire-unites-par-categorie",
            "Unités par catégorie (15 premières)",
            HorizontalBarChart.Create(summary.ByCategory.Count > 15 ? "Unités par catégorie (15 premières)" : "Unités par catégorie", top, "Unités"),
            ReportSheetOrder.Inventaire));

        var types = summary.ByInstitutionType.Where(t => t.Units > 0).ToList();
        report.AddChart(new ReportChart(
            "inventaire-statuts-par-type",
            "Unités par type d'établissement et statut",
            GroupedBarChart.Create(
                "Unités par type d'établissement et statut",
                [.. types.Select(t => t.Label)],
                [.. Statuses.Select(s => (Capitalized(s.French()), (IReadOnlyList<double>)[.. types.Select(t => (double)t.UnitsByStatus[(int)s])]))],
                "Unités",
                stacked: true),
            ReportSheetOrder.Inventaire));
    }

    private static void AddFigures(ReportModel report, InventorySummary summary)
    {
        const ReportSheetOrder sheet = ReportSheetOrder.Inventaire;
        long inStock = summary.UnitsByStatus[(int)EquipmentStatus.EnStock];
        long broken = summary.UnitsByStatus[(int)EquipmentStatus.HorsService] + summary.UnitsByStatus[(int)EquipmentStatus.AReparer];
        report.AddKeyFigure(new KeyFigure("institutions", "Établissements de l'étude", summary.Institutions, CellFormat.Integer, sheet));
        report.AddKeyFigure(new KeyFigure("institutions_with_inventory", "Établissements ayant fourni un inventaire", summary.InstitutionsWithInventory, CellFormat.Integer, sheet));
        report.AddKeyFigure(new KeyFigure("inventory_lines", "Lignes d'inventaire acceptées", summary.Lines, CellFormat.Integer, sheet));
        report.AddKeyFigure(new KeyFigure("inventory_units", "Unités de matériel inventoriées", summary.Units, CellFormat.Integer, sheet));
        if (summary.Units > 0)
        {
            report.AddKeyFigure(new KeyFigure("share_units_in_stock", "Part des unités déclarées en stock", (double)inStock / summary.Units, CellFormat.Percent, sheet));
            report.AddKeyFigure(new KeyFigure("share_units_broken", "Part des unités hors service ou à réparer", (double)broken / summary.Units, CellFormat.Percent, sheet));
            report.AddFinding(sheet,
                $"Sur {InText(summary.Lines)} lignes d'inventaire ({InText(summary.Units)} unités, {InText(summary.InstitutionsWithInventory)} établissements), " +
                $"{PercentInText((double)inStock / summary.Units)} des unités sont déclarées en stock et {PercentInText((double)broken / summary.Units)} hors service ou à réparer.");
            var first = summary.ByCategory[0];
            report.AddFinding(sheet,
                $"Première catégorie du parc : {first.Category.LabelFr.ToLowerInvariant()} avec {InText(first.Units)} unités ({PercentInText((double)first.Units / summary.Units)} du total).");
        }
        else
        {
            report.AddFinding(sheet, "Aucune ligne d'inventaire n'a été acceptée : les analyses du parc sont vides (voir la feuille Qualité des données).");
        }

        var json = report.Summary.Section("inventory");
        json.Set("lines", summary.Lines).Set("units", summary.Units).Set("institutions_with_inventory", summary.InstitutionsWithInventory);
        var byStatus = json.Section("units_by_status");
        foreach (var status in Statuses) byStatus.Set(StatusKey(status), summary.UnitsByStatus[(int)status]);
        json.Set("by_category", summary.ByCategory.Select(c => new SummaryJson().Set("category", c.Category.Id).Set("lines", c.Lines).Set("units", c.Units)));
    }

    private static string StatusKey(EquipmentStatus status) => status switch
    {
        EquipmentStatus.EnService => "in_service",
        EquipmentStatus.EnStock => "in_stock",
        EquipmentStatus.HorsService => "out_of_service",
        EquipmentStatus.AReparer => "to_repair",
        _ => "on_loan",
    };

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
