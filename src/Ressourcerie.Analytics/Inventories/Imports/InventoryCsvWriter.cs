using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.SampleData;

namespace Ressourcerie.Analytics.Inventories.Imports;

/// <summary>
/// Writes inventory lines in the toolkit's own <c>inventaire.csv</c> layout (French headers,
/// <c>;</c>, UTF-8 with BOM, decimal commas), so that an imported GLPI or Snipe-IT export can join
/// a data folder and be read back by <see cref="InventoryReader"/> like any institution's file.
/// </summary>
public static class InventoryCsvWriter
{
    public static void Write(IEnumerable<InventoryItem> items, string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Write(items, stream);
    }

    public static void Write(IEnumerable<InventoryItem> items, Stream stream)
    {
        using var csv = new FrenchCsvWriter(stream);
        csv.Header("Identifiant établissement", "Catégorie", "Libellé", "Marque", "Modèle", "Quantité", "Année d'acquisition", "Statut", "Mois d'utilisation par an", "Prix d'achat (€)");
        foreach (var item in items)
        {
            csv.Text(item.InstitutionId);
            csv.Text(item.CategoryId);
            csv.Text(item.Label);
            csv.Text(item.Brand);
            csv.Text(item.Model);
            csv.Integer(item.Quantity);
            if (item.AcquisitionYear is { } year) csv.Integer(year); else csv.Empty();
            csv.Text(item.Status.French());
            if (item.MonthsUsedPerYear is { } months) csv.Fixed((long)Math.Round(months * 10), 1); else csv.Empty();
            if (item.PurchasePriceEur is { } price) csv.Fixed((long)Math.Round(price * 100), 2); else csv.Empty();
            csv.EndRow();
        }
    }
}
