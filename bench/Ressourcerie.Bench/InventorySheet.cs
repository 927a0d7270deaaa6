using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Reporting.Excel;

namespace Ressourcerie.Bench;

/// <summary>
/// The national inventory as streamed worksheets, one row per accepted line, at most
/// <see cref="RowsPerSheet"/> lines a sheet (Excel holds 1,048,576 rows; the national inventory has
/// more lines): the sheets the xlsxwriter peer (bench/peers/sheet_xlsxwriter.py) writes too, with
/// the same ten columns and number formats, so that both write the same cells.
/// </summary>
public static class InventorySheet
{
    public const int RowsPerSheet = 1_000_000;

    public static readonly TableColumn[] Columns =
    [
        new("Établissement"), new("Catégorie"), new("Libellé"), new("Marque"), new("Modèle"),
        new("Quantité", CellFormat.Integer), new("Année d'acquisition", CellFormat.Integer), new("Statut"),
        new("Mois d'utilisation par an", CellFormat.Decimal), new("Prix d'achat", CellFormat.Decimal2),
    ];

    public static IReadOnlyList<ReportSheet> Build(IReadOnlyList<InventoryItem> items)
    {
        int sheets = Math.Max(1, (items.Count + RowsPerSheet - 1) / RowsPerSheet);
        return [.. Enumerable.Range(0, sheets).Select(s =>
        {
            var name = sheets == 1 ? "Inventaire détaillé" : $"Inventaire détaillé {s + 1}";
            var rows = items.Skip(s * RowsPerSheet).Take(RowsPerSheet).Select(Row);
            return new ReportSheet(name, name) { Streamed = true }.Table(new ReportTable($"inventaire detaille {s + 1}", Columns, rows));
        })];
    }

    private static IReadOnlyList<CellValue> Row(InventoryItem item) =>
    [
        item.InstitutionId, item.CategoryId, item.Label, item.Brand, item.Model,
        item.Quantity, item.AcquisitionYear, item.Status.French(), item.MonthsUsedPerYear, item.PurchasePriceEur,
    ];

    /// <summary>Writes the sheets to <paramref name="path"/> and returns the number of data rows.</summary>
    public static long Write(string path, IReadOnlyList<InventoryItem> items)
    {
        WorkbookWriter.Write(path, Build(items), [], new DateTime(2025, 1, 1));
        return items.Count;
    }
}
