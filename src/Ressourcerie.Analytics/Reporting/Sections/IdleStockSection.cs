using System.Globalization;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Reporting.Charts;
using Ressourcerie.Analytics.Reporting.Excel;
using ScottPlot;
using static Ressourcerie.Analytics.Reporting.Charts.FrenchNumberFormat;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// The Stock dormant sheet: the rule that makes a line idle (the months threshold of
/// <see cref="ReportOptions.Matching"/>'s <see cref="IdleStockOptions"/>, the one the loan matching
/// lends from), idle units and estimated purchase value by category, region and institution, a
/// chart by category and reason; then every idle line with its reason on « Stock dormant (détail) »,
/// streamed when large.
/// </summary>
public sealed class IdleStockSection : IReportSection
{
    public const string DetailSheetName = "Stock dormant (détail)";

    /// <summary>Above this many idle lines the detail sheet is streamed.</summary>
    public const int StreamingThreshold = 20_000;

    private const int ChartCategories = 15;

    public void Contribute(ReportContext context, ReportModel report)
    {
        var data = context.Data;
        var options = context.Options.Matching.Idle;
        var summary = IdleStockSummary.Of(data.Inventory, data.Institutions, options);
        var byId = new Dictionary<string, Institution>(StringComparer.Ordinal);
        foreach (var institution in data.Institutions) byId.TryAdd(institution.Id, institution);

        var sheet = report.AddSheet(ReportSheetOrder.StockDormant, "Stock dormant : le matériel qui pourrait être prêté");
        sheet.Paragraph(RuleSentence(options))
             .Paragraph($"{InText(summary.Units)} unités dormantes sur {InText(summary.InventoryUnits)} inventoriées ({PercentInText(summary.ShareOfInventoryUnits)}) : " +
                        $"{InText(summary.UnitsInStock)} en stock et {InText(summary.UnitsRarelyUsed)} en service mais peu utilisées. Valeur d'achat estimée : {InText(summary.ValueEur)} €.")
             .Paragraph(ValueSentence(summary))
             .Paragraph($"Chaque ligne dormante, avec son motif, est listée dans la feuille « {DetailSheetName} ».");

        sheet.Table(new ReportTable(
            "stock dormant par categorie",
            [
                TableColumn.Wrapped("Catégorie", 28), TableColumn.Wrapped("Famille", 16), TableColumn.Number("Unités dormantes", CellFormat.Integer),
                TableColumn.Number("dont en stock", CellFormat.Integer), TableColumn.Number("dont peu utilisées", CellFormat.Integer),
                TableColumn.Number("Lignes", CellFormat.Integer), TableColumn.Number("Part des unités de la catégorie", CellFormat.Percent),
                TableColumn.Number("Valeur d'achat estimée (€)", CellFormat.Euros),
            ],
            summary.ByCategory.Select(g => (IReadOnlyList<CellValue>)
            [
                EquipmentTaxonomy.FrenchLabel(g.Key), InventoryAnalysis.FamilyOf(g.Key), g.Units, g.UnitsInStock, g.UnitsRarelyUsed, g.Lines,
                CellValue.Percent(g.ShareOfGroupUnits), CellValue.Of(g.ValueEur, CellFormat.Euros),
            ]))
        { Heading = "Par catégorie", EmptyText = "Aucune unité dormante selon la règle retenue." });
        sheet.FrozenTable = 0;

        sheet.Table(new ReportTable(
            "stock dormant par region",
            [
                TableColumn.Wrapped("Région", 28), TableColumn.Number("Établissements concernés", CellFormat.Integer), TableColumn.Number("Unités dormantes", CellFormat.Integer),
                TableColumn.Number("dont en stock", CellFormat.Integer), TableColumn.Number("dont peu utilisées", CellFormat.Integer),
                TableColumn.Number("Part des unités de la région", CellFormat.Percent), TableColumn.Number("Valeur d'achat estimée (€)", CellFormat.Euros),
            ],
            summary.ByRegion.Select(g => (IReadOnlyList<CellValue>)
            [
                g.Key, g.Institutions, g.Units, g.UnitsInStock, g.UnitsRarelyUsed, CellValue.Percent(g.ShareOfGroupUnits), CellValue.Of(g.ValueEur, CellFormat.Euros),
            ]))
        { Heading = "Par région", EmptyText = "Aucune unité dormante." });

        sheet.Table(new ReportTable(
            "stock dormant par etablissement",
            // The long name last: the sheet's tables share columns, and a wide second column would
            // push the counts of the tables above away from their labels.
            [
                TableColumn.Wrapped("Identifiant", 28), TableColumn.Wrapped("Type", 16), TableColumn.Number("Unités dormantes", CellFormat.Integer),
                TableColumn.Number("dont en stock", CellFormat.Integer), TableColumn.Number("dont peu utilisées", CellFormat.Integer),
                TableColumn.Number("Part de ses unités", CellFormat.Percent), TableColumn.Number("Valeur d'achat estimée (€)", CellFormat.Euros),
                TableColumn.Wrapped("Région", 24), TableColumn.Wrapped("Établissement", 36),
            ],
            summary.ByInstitution.Select(g =>
            {
                var institution = byId.GetValueOrDefault(g.Key);
                return (IReadOnlyList<CellValue>)
                [
                    g.Key, institution is null ? InventorySummary.UnknownTypeLabel : InventorySummary.TypeLabel(institution.Type),
                    g.Units, g.UnitsInStock, g.UnitsRarelyUsed, CellValue.Percent(g.ShareOfGroupUnits), CellValue.Of(g.ValueEur, CellFormat.Euros),
                    institution?.Region ?? IdleStockSummary.UnknownRegion, institution?.Name,
                ];
            }))
        { Heading = "Par établissement (les plus gros stocks dormants d'abord)", EmptyText = "Aucune unité dormante." });

        AddDetailSheet(report, summary, byId);
        AddChart(report, summary);
        AddFigures(report, summary, options, byId);
    }

    /// <summary>The rule in one sentence, with the threshold actually used.</summary>
    public static string RuleSentence(IdleStockOptions options) =>
        $"Règle retenue : une ligne d'inventaire est dormante quand elle est déclarée « en stock », ou « en service » mais utilisée au plus {Months(options.MaxMonthsUsedPerYear)} par an. " +
        "Le matériel hors service, à réparer ou déjà prêté n'est pas compté, ni une ligne en service dont la durée d'utilisation est inconnue.";

    private static string Months(double months) => months.ToString("0.#", CultureInfo.GetCultureInfo("fr-FR")) + " mois";

    private static string ValueSentence(IdleStockSummary summary)
    {
        var text = $"Valeur d'achat estimée = prix d'achat unitaire déclaré × quantité ({InText(summary.DeclaredValueEur)} € déclarés)";
        if (summary.UnitsWithImputedPrice > 0)
            text += $" ; pour {InText(summary.UnitsWithImputedPrice)} unités sans prix, le prix médian déclaré de leur catégorie";
        if (summary.UnitsWithoutPrice > 0)
            text += $" ; {InText(summary.UnitsWithoutPrice)} unités d'une catégorie sans aucun prix ne sont pas valorisées";
        return text + ". C'est une valeur à neuf, non une valeur de revente.";
    }

    private static void AddDetailSheet(ReportModel report, IdleStockSummary summary, Dictionary<string, Institution> byId)
    {
        var detail = new ReportSheet(DetailSheetName, "Stock dormant : chaque ligne et son motif");
        detail.Paragraph($"{InText(summary.Items.Count)} lignes dormantes, dans l'ordre des fichiers lus ; chaque ligne renvoie au fichier et à la ligne d'origine (en-tête = ligne 1).");
        TableColumn[] columns =
        [
            new("Identifiant établissement"), new("Établissement"), new("Catégorie"), new("Libellé"), new("Marque"), new("Modèle"),
            new("Quantité", CellFormat.Integer), new("Année d'acquisition", CellFormat.General), new("Statut"), new("Mois d'utilisation par an", CellFormat.General),
            new("Prix d'achat unitaire (€)", CellFormat.Decimal2), new("Valeur d'achat estimée (€)", CellFormat.Euros), new("Motif"),
            new("Fichier source"), new("Ligne source", CellFormat.Integer),
        ];
        detail.Table(new ReportTable("stock dormant detail", columns, summary.Items.Select(idle =>
        {
            var item = idle.Item;
            return (IReadOnlyList<CellValue>)
            [
                item.InstitutionId, byId.GetValueOrDefault(item.InstitutionId)?.Name, EquipmentTaxonomy.FrenchLabel(item.CategoryId),
                item.Label, item.Brand, item.Model, item.Quantity, item.AcquisitionYear, item.Status.French(),
                item.MonthsUsedPerYear, item.PurchasePriceEur, CellValue.Of(summary.LineValueEur(item), CellFormat.Euros), idle.Explanation,
                item.Source.File, item.Source.Row > 0 ? item.Source.Row : CellValue.Empty,
            ];
        }))
        { EmptyText = "Aucune ligne dormante selon la règle retenue." });
        detail.FrozenTable = 0;
        detail.Streamed = summary.Items.Count > StreamingThreshold;
        report.AddSheet(ReportSheetOrder.StockDormant, detail);
    }

    private static void AddChart(ReportModel report, IdleStockSummary summary)
    {
        if (summary.Units == 0) return;
        var plot = CategoryChart(summary);
        report.AddChart(new ReportChart("stock-dormant-par-categorie", plot.Axes.Title.Label.Text, plot, ReportSheetOrder.StockDormant));
    }

    /// <summary>Idle units by category (the largest first, the rest in one bar), rarely used and in stock stacked.</summary>
    public static Plot CategoryChart(IdleStockSummary summary)
    {
        var shown = summary.ByCategory.Take(ChartCategories).ToList();
        var rest = summary.ByCategory.Skip(ChartCategories).ToList();
        var labels = shown.Select(g => EquipmentTaxonomy.FrenchLabel(g.Key)).ToList();
        if (rest.Count > 0) labels.Add($"Autres catégories ({rest.Count})");
        IReadOnlyList<double> Values(Func<IdleStockSummary.Group, long> units) =>
            [.. shown.Select(g => (double)units(g)), .. rest.Count > 0 ? [rest.Sum(g => (double)units(g))] : Array.Empty<double>()];
        return StackedHorizontalBarChart.Create(
            rest.Count > 0 ? $"Unités dormantes par catégorie ({ChartCategories} premières)" : "Unités dormantes par catégorie",
            labels,
            // In the order and colours of the statuses on the Inventaire charts: in service (blue), in stock (orange).
            [("En service, peu utilisé", Values(g => g.UnitsRarelyUsed)), ("En stock", Values(g => g.UnitsInStock))],
            "Unités dormantes");
    }

    private static void AddFigures(ReportModel report, IdleStockSummary summary, IdleStockOptions options, Dictionary<string, Institution> byId)
    {
        const ReportSheetOrder sheet = ReportSheetOrder.StockDormant;
        report.AddKeyFigure(new KeyFigure("idle_units", "Unités dormantes (en stock ou peu utilisées)", summary.Units, CellFormat.Integer, sheet));
        report.AddKeyFigure(new KeyFigure("idle_units_share", "Part des unités inventoriées qui dorment", summary.ShareOfInventoryUnits, CellFormat.Percent, sheet));
        report.AddKeyFigure(new KeyFigure("idle_stock_value_eur", "Valeur d'achat estimée du stock dormant", summary.ValueEur, CellFormat.Euros, sheet));

        if (summary.Units > 0)
        {
            report.AddFinding(sheet,
                $"{InText(summary.Units)} unités dorment ({PercentInText(summary.ShareOfInventoryUnits)} du parc inventorié), pour une valeur d'achat estimée de {InText(summary.ValueEur)} € : " +
                $"{InText(summary.UnitsInStock)} sont en stock et {InText(summary.UnitsRarelyUsed)} en service mais utilisées au plus {Months(options.MaxMonthsUsedPerYear)} par an.");
            var first = summary.ByCategory[0];
            report.AddFinding(sheet,
                $"Première catégorie du stock dormant : {EquipmentTaxonomy.FrenchLabel(first.Key).ToLowerInvariant()}, avec {InText(first.Units)} unités " +
                $"({PercentInText(first.ShareOfGroupUnits)} des unités de cette catégorie) chez {InText(first.Institutions)} établissement{(first.Institutions > 1 ? "s" : "")}.");
            int holders = summary.ByInstitution.Count;
            int top = Math.Max(1, (int)Math.Ceiling(holders * 0.2));
            if (holders >= 5)
            {
                long topUnits = summary.ByInstitution.Take(top).Sum(g => g.Units);
                report.AddFinding(sheet,
                    $"Le stock dormant est concentré : {InText(top)} des {InText(holders)} établissements qui en détiennent (20 %) en ont {PercentInText((double)topUnits / summary.Units)} ; " +
                    $"le premier est {byId.GetValueOrDefault(summary.ByInstitution[0].Key)?.Name ?? summary.ByInstitution[0].Key} avec {InText(summary.ByInstitution[0].Units)} unités.");
            }
        }
        else
        {
            report.AddFinding(sheet, "Aucune unité dormante selon la règle retenue : rien n'est disponible pour des prêts.");
        }

        var json = report.Summary.Section("stock_dormant");
        json.Section("rule").Set("max_months_used_per_year", options.MaxMonthsUsedPerYear).Set("statuses", ["en stock", "en service"]);
        json.Set("lines", (long)summary.Items.Count).Set("units", summary.Units).Set("share_of_inventory_units", summary.ShareOfInventoryUnits)
            .Set("units_in_stock", summary.UnitsInStock).Set("units_rarely_used", summary.UnitsRarelyUsed)
            .Set("value_eur", summary.ValueEur).Set("declared_value_eur", summary.DeclaredValueEur)
            .Set("units_with_imputed_price", summary.UnitsWithImputedPrice).Set("units_without_price", summary.UnitsWithoutPrice)
            .Set("institutions", (long)summary.ByInstitution.Count);
        json.Set("by_category", summary.ByCategory.Select(g => new SummaryJson().Set("category", g.Key).Set("units", g.Units).Set("lines", g.Lines).Set("value_eur", g.ValueEur)));
        json.Set("by_region", summary.ByRegion.Select(g => new SummaryJson().Set("region", g.Key).Set("units", g.Units).Set("institutions", (long)g.Institutions).Set("value_eur", g.ValueEur)));
    }
}
