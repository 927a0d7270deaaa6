using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Reporting.Excel;
using static Ressourcerie.Analytics.Reporting.Charts.FrenchNumberFormat;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// The « Inventaire détaillé » sheet: every accepted inventory line with its institution, category
/// (French label), description, quantity, year, status, usage, price and the file and row it was
/// read from, as one Excel table that a reader filters. A national inventory (about a million
/// lines) is written by the streaming writer, and split over several sheets beyond Excel's
/// 1,048,576 rows per sheet.
/// </summary>
public static class InventoryDetailSheet
{
    public const string SheetName = "Inventaire détaillé";

    /// <summary>Above this many lines the sheet is streamed (ClosedXML holds every cell in memory).</summary>
    public const int StreamingThreshold = 20_000;

    /// <summary>Lines per sheet: Excel's 1,048,576 rows less room for the title and notes, rounded down.</summary>
    public const int MaxLinesPerSheet = 1_000_000;

    public static IReadOnlyList<TableColumn> Columns { get; } =
    [
        new("Identifiant établissement"), new("Établissement"), new("Catégorie"), new("Libellé"), new("Marque"), new("Modèle"),
        new("Quantité", CellFormat.Integer),
        // General: a thousands separator would print the year 2019 as "2 019", one decimal 6 months as "6,0".
        new("Année d'acquisition", CellFormat.General), new("Statut"), new("Mois d'utilisation par an", CellFormat.General),
        new("Prix d'achat unitaire (€)", CellFormat.Decimal2), new("Fichier source"), new("Ligne source", CellFormat.Integer),
    ];

    /// <param name="linesPerSheet">Lines per sheet before the next sheet starts (Excel's limit by default).</param>
    public static void Add(ReportModel report, ReportData data, int linesPerSheet = MaxLinesPerSheet)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(linesPerSheet, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(linesPerSheet, MaxLinesPerSheet);
        var inventory = data.Inventory;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var institution in data.Institutions) names.TryAdd(institution.Id, institution.Name);

        int parts = Math.Max(1, (int)Math.Ceiling(inventory.Count / (double)linesPerSheet));
        for (int part = 0; part < parts; part++)
        {
            int first = part * linesPerSheet;
            int count = Math.Min(linesPerSheet, inventory.Count - first);
            var sheet = new ReportSheet(parts == 1 ? SheetName : $"{SheetName} {part + 1}", "Inventaire détaillé : toutes les lignes acceptées");
            sheet.Paragraph(parts == 1
                    ? $"{InText(inventory.Count)} lignes, dans l'ordre des fichiers lus. Chaque ligne renvoie au fichier et à la ligne d'origine (numéro de ligne du tableur, en-tête = ligne 1)."
                    : $"Lignes {InText(first + 1)} à {InText(first + count)} sur {InText(inventory.Count)} (une feuille Excel contient au plus 1 048 576 lignes). Chaque ligne renvoie au fichier et à la ligne d'origine.")
                 .Paragraph("Catégories normalisées selon la nomenclature du projet ; le prix est le prix d'achat unitaire déclaré. Les lignes rejetées à la lecture sont dans la feuille Qualité des données.");
            sheet.Table(new ReportTable("inventaire detaille", Columns, Rows(inventory, first, count, names))
            {
                EmptyText = "Aucune ligne d'inventaire acceptée.",
            });
            sheet.FrozenTable = 0;
            sheet.Streamed = count > StreamingThreshold;
            report.AddSheet(ReportSheetOrder.Inventaire, sheet);
        }
    }

    /// <summary>
    /// One row per line, lazily: a million rows are never held at once. The writers consume each row
    /// before asking for the next one (and copy the rows they keep), so one buffer is reused.
    /// </summary>
    private static IEnumerable<IReadOnlyList<CellValue>> Rows(IReadOnlyList<InventoryItem> inventory, int first, int count, Dictionary<string, string> names)
    {
        var row = new CellValue[Columns.Count];
        var statusLabels = Enum.GetValues<EquipmentStatus>().Select(s => CellValue.Of(s.French())).ToArray();
        var categoryLabels = new Dictionary<string, CellValue>(StringComparer.Ordinal);
        for (int i = first; i < first + count; i++)
        {
            var item = inventory[i];
            if (!categoryLabels.TryGetValue(item.CategoryId, out var category))
                categoryLabels[item.CategoryId] = category = EquipmentTaxonomy.FrenchLabel(item.CategoryId);
            row[0] = item.InstitutionId;
            row[1] = names.GetValueOrDefault(item.InstitutionId);
            row[2] = category;
            row[3] = item.Label;
            row[4] = item.Brand;
            row[5] = item.Model;
            row[6] = item.Quantity;
            row[7] = item.AcquisitionYear;
            row[8] = statusLabels[(int)item.Status];
            row[9] = item.MonthsUsedPerYear;
            row[10] = item.PurchasePriceEur;
            row[11] = item.Source.File;
            row[12] = item.Source.Row > 0 ? item.Source.Row : CellValue.Empty;
            yield return row;
        }
    }
}
