using Microsoft.Data.Analysis;
using ScottPlot;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Reporting.Charts;
using Ressourcerie.Analytics.Reporting.Excel;
using static Ressourcerie.Analytics.Reporting.Charts.FrenchNumberFormat;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// The Inventaire sheet: lines and units by category and status, by institution type, by status
/// and by age class, utilisation by institution type and by region; three charts; the inventory's
/// key figures; then the detailed inventory on its own sheet (<see cref="InventoryDetailSheet"/>).
/// Counts come straight from the accepted inventory lines (statuses as declared; the idle-stock
/// analysis has its own sheet). Ages are counted from the report's generation year.
/// </summary>
public sealed class InventorySection : IReportSection
{
    private static readonly EquipmentStatus[] Statuses = Enum.GetValues<EquipmentStatus>();

    /// <summary>Categories drawn one by one on the chart; the others share one bar.</summary>
    private const int ChartCategories = 15;

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

        int referenceYear = context.GenerationDate.Year;
        var ageClasses = InventoryAnalysis.StockByAgeClass(data.Inventory, referenceYear);
        var agePyramid = InventoryAnalysis.AgePyramid(data.Inventory, referenceYear, AgePyramidBreakdown.Status);
        sheet.Table(AgeTable(ageClasses, agePyramid, referenceYear));

        var idle = context.Options.Matching.Idle;
        var byType = InventoryAnalysis.Utilisation(data.Inventory, data.Institutions, UtilisationGrouping.InstitutionType, idle);
        var byRegion = InventoryAnalysis.Utilisation(data.Inventory, data.Institutions, UtilisationGrouping.Region, idle);
        var utilisationNote =
            $"Mois moyens pondérés par les unités, hors matériel hors service et hors lignes sans durée d'utilisation. Unités inactives : en stock, ou en service et utilisées au plus {idle.MaxMonthsUsedPerYear.ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))} mois par an (voir la feuille Stock dormant).";
        sheet.Table(UtilisationTable("utilisation par type", WithTypeLabels(byType), "Utilisation par type d'établissement", utilisationNote));
        sheet.Table(UtilisationTable("utilisation par region", byRegion, "Utilisation par région", utilisationNote));

        AddCharts(report, summary, agePyramid);
        AddFigures(report, summary, ageClasses, byType, byRegion);
        InventoryDetailSheet.Add(report, data);
    }

    private static ReportTable AgeTable(DataFrame ageClasses, DataFrame agePyramid, int referenceYear)
    {
        int rows = (int)ageClasses.Rows.Count;
        return new ReportTable(
            "inventaire par age",
            [
                new TableColumn("Classe d'âge"), new TableColumn("Lignes", CellFormat.Integer), new TableColumn("Unités", CellFormat.Integer),
                new TableColumn("Part des unités", CellFormat.Percent),
                .. Statuses.Select(s => new TableColumn(Capitalized(s.French()), CellFormat.Integer)),
            ],
            Enumerable.Range(0, rows).Select(r => (IReadOnlyList<CellValue>)
            [
                Capitalized((string)ageClasses["Classe d'âge"][r]!), (long)ageClasses["Lignes"][r]!, (long)ageClasses["Unités"][r]!,
                CellValue.Percent((double)ageClasses["Part des unités"][r]!),
                .. Statuses.Select(s => CellValue.Integer((long)agePyramid[Capitalized(s.French())][r]!)),
            ]))
        {
            Heading = "Par classe d'âge",
            Note = $"Âge = {referenceYear} (année du rapport) − année d'acquisition ; « âge inconnu » : année d'acquisition non renseignée.",
        };
    }

    private static ReportTable UtilisationTable(string name, DataFrame utilisation, string heading, string note) =>
        DataFrameTable.Create(name, utilisation, new Dictionary<string, CellFormat> { ["Part inactive"] = CellFormat.Percent }, heading, note);

    /// <summary>The utilisation table with types written as headings write them ("Musée", "FRAC").</summary>
    private static DataFrame WithTypeLabels(DataFrame byType)
    {
        var labels = Enum.GetValues<InstitutionType>().ToDictionary(t => t.French(), InventorySummary.TypeLabel, StringComparer.Ordinal);
        var column = (StringDataFrameColumn)byType.Columns[0];
        var relabelled = new StringDataFrameColumn(column.Name, column.Select(v => v is null ? null : labels.GetValueOrDefault(v, Capitalized(v))));
        var frame = byType.Clone();
        frame.Columns[0] = relabelled;
        return frame;
    }

    private static void AddCharts(ReportModel report, InventorySummary summary, DataFrame agePyramid)
    {
        if (summary.Units == 0) return;
        var byCategory = CategoryStatusChart(summary);
        report.AddChart(new ReportChart("inventaire-unites-par-categorie", byCategory.Axes.Title.Label.Text, byCategory, ReportSheetOrder.Inventaire));

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

        report.AddChart(new ReportChart(
            "inventaire-pyramide-des-ages",
            "Âge du parc : unités en service ou prêtées et unités en stock",
            AgePyramidChart(agePyramid),
            ReportSheetOrder.Inventaire));
    }

    /// <summary>Units by category (the largest first, the rest in one bar) stacked by status.</summary>
    public static Plot CategoryStatusChart(InventorySummary summary)
    {
        var shown = summary.ByCategory.Take(ChartCategories).ToList();
        var rest = summary.ByCategory.Skip(ChartCategories).ToList();
        var labels = shown.Select(c => c.Category.LabelFr).ToList();
        if (rest.Count > 0) labels.Add($"Autres catégories ({rest.Count})");
        return StackedHorizontalBarChart.Create(
            rest.Count > 0 ? $"Unités par catégorie et statut ({ChartCategories} premières catégories)" : "Unités par catégorie et statut",
            labels,
            [.. Statuses.Select(s => (Capitalized(s.French()), (IReadOnlyList<double>)
            [
                .. shown.Select(c => (double)c.UnitsByStatus[(int)s]),
                .. rest.Count > 0 ? [rest.Sum(c => (double)c.UnitsByStatus[(int)s])] : Array.Empty<double>(),
            ]))],
            "Unités");
    }

    /// <summary>
    /// The age pyramid from <see cref="InventoryAnalysis.AgePyramid"/> by status: units in service or
    /// lent on the left, in stock on the right (out-of-service and to-repair units are in the age
    /// table, not on the chart: they are neither used nor lendable). « Âge inconnu » is drawn only when
    /// it holds units.
    /// </summary>
    public static Plot AgePyramidChart(DataFrame agePyramidByStatus)
    {
        var pyramid = agePyramidByStatus;
        var classes = ((StringDataFrameColumn)pyramid["Classe d'âge"]).Select(c => Capitalized(c!)).ToList();
        var used = Enumerable.Range(0, classes.Count).Select(r => (double)((long)pyramid["En service"][r]! + (long)pyramid["Prêté"][r]!)).ToList();
        var stored = Enumerable.Range(0, classes.Count).Select(r => (double)(long)pyramid["En stock"][r]!).ToList();
        int unknown = classes.Count - 1;
        if (used[unknown] == 0 && stored[unknown] == 0)
        {
            classes.RemoveAt(unknown);
            used.RemoveAt(unknown);
            stored.RemoveAt(unknown);
        }
        return PyramidChart.Create("Âge du parc : unités utilisées et en stock", classes, ("En service ou prêté", used), ("En stock", stored), "Unités", "Âge (années depuis l'acquisition)");
    }

    private static void AddFigures(ReportModel report, InventorySummary summary, DataFrame ageClasses, DataFrame byType, DataFrame byRegion)
    {
        const ReportSheetOrder sheet = ReportSheetOrder.Inventaire;
        long inStock = summary.UnitsByStatus[(int)EquipmentStatus.EnStock];
        long broken = summary.UnitsByStatus[(int)EquipmentStatus.HorsService] + summary.UnitsByStatus[(int)EquipmentStatus.AReparer];
        var ages = Enumerable.Range(0, (int)ageClasses.Rows.Count)
            .Select(r => (Label: (string)ageClasses["Classe d'âge"][r]!, Units: (long)ageClasses["Unités"][r]!, Lines: (long)ageClasses["Lignes"][r]!))
            .ToList();
        // Ten years is the upper end of the usual lifetimes of AV and IT equipment (AgeClasses).
        int oldFrom = AgeClasses.Default.LowerBounds.ToList().FindIndex(b => b >= 10);
        long knownAge = ages.Take(ages.Count - 1).Sum(a => a.Units);
        long old = oldFrom < 0 ? 0 : ages.Skip(oldFrom).Take(ages.Count - 1 - oldFrom).Sum(a => a.Units);

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
            if (knownAge > 0 && oldFrom >= 0)
            {
                report.AddKeyFigure(new KeyFigure("share_units_aged_10_years_or_more", "Part des unités d'âge connu acquises il y a 10 ans ou plus", (double)old / knownAge, CellFormat.Percent, sheet));
                report.AddFinding(sheet,
                    $"{PercentInText((double)old / knownAge)} des unités d'âge connu ont 10 ans ou plus, au-delà de la durée de vie usuelle du matériel audiovisuel et informatique (5 à 10 ans)" +
                    (ages[^1].Units > 0 ? $" ; l'année d'acquisition manque pour {InText(ages[^1].Units)} unités." : "."));
            }
        }
        else
        {
            report.AddFinding(sheet, "Aucune ligne d'inventaire n'a été acceptée : les analyses du parc sont vides (voir la feuille Qualité des données).");
        }

        var json = report.Summary.Section("inventaire");
        json.Set("lines", summary.Lines).Set("units", summary.Units).Set("institutions_with_inventory", summary.InstitutionsWithInventory);
        var byStatus = json.Section("units_by_status");
        foreach (var status in Statuses) byStatus.Set(StatusKey(status), summary.UnitsByStatus[(int)status]);
        json.Set("by_category", summary.ByCategory.Select(c => new SummaryJson().Set("category", c.Category.Id).Set("lines", c.Lines).Set("units", c.Units)));
        json.Set("by_age_class", ages.Select(a => new SummaryJson().Set("age_class", a.Label).Set("lines", a.Lines).Set("units", a.Units)));
        json.Set("utilisation_by_institution_type", UtilisationJson(byType, "type"));
        json.Set("utilisation_by_region", UtilisationJson(byRegion, "region"));
    }

    private static IEnumerable<SummaryJson> UtilisationJson(DataFrame utilisation, string groupKey) =>
        Enumerable.Range(0, (int)utilisation.Rows.Count).Select(r =>
        {
            var item = new SummaryJson()
                .Set(groupKey, (string)utilisation.Columns[0][r]!)
                .Set("institutions", (long)(int)utilisation["Établissements"][r]!)
                .Set("units", (long)utilisation["Unités"][r]!)
                .Set("idle_units", (long)utilisation["Unités inactives"][r]!)
                .Set("idle_share", (double)utilisation["Part inactive"][r]!);
            if (utilisation["Mois d'utilisation moyens"][r] is double months) item.Set("mean_months_used_per_year", months);
            return item;
        });

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
