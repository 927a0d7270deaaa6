using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Reporting.Excel;

namespace Ressourcerie.Bench;

/// <summary>
/// The national inventory as one streamed worksheet, one row per accepted line: the sheet the
/// xlsxwriter peer (bench/peers/sheet_xlsxwriter.py) writes too, with the same ten columns and
/// number formats, so that both write the same cells.
/// </summary>
public static class InventorySheet
{
    public static readonly TableColumn[] Columns =
    [
        new("Établissement"), new("Catégorie"), new("Libellé"), new("Marque"), new("Modèle"),
        new("Quantité", CellFormat.Integer), new("Année d'acquisition", CellFormat.Integer), new("Statut"),
        new("Mois d'utilisation par an", CellFormat.Decimal), new("Prix d'achat", CellFormat.Decimal2),
    ];

    public static ReportSheet Build(IEnumerable<InventoryItem> items) =>
        new ReportSheet("Inventaire détaillé", "Inventaire détaillé")
        {
            Streamed = true,
        }.Table(new ReportTable("inventaire detaille", Columns, items.Select(Row)));

    private static IReadOnlyList<CellValue> Row(InventoryItem item) =>
    [
        item.InstitutionId, item.CategoryId, item.Label, item.Brand, item.Model,
        item.Quantity, item.AcquisitionYear, item.Status.French(), item.MonthsUsedPerYear, item.PurchasePriceEur,
    ];

    /// <summary>Writes the sheet to <paramref name="path"/> and returns the number of data rows.</summary>
    public static long Write(string path, IReadOnlyList<InventoryItem> items)
    {
        WorkbookWriter.Write(path, [Build(items)], [], new DateTime(2025, 1, 1));
        return items.Count;
    }
}
