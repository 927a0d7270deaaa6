using System.Globalization;
using Microsoft.Data.Analysis;

namespace Ressourcerie.Analytics.Inventories;

/// <summary>
/// Finds the equipment that could be lent: lines « en stock », and lines « en service » used at
/// most N months a year (<see cref="IdleStockOptions.MaxMonthsUsedPerYear"/>, 2 by default).
/// Lines « hors service » are never idle (they are waste, not a resource); lines « à réparer »
/// cannot be lent before a repair and lines « prêté » are already in use elsewhere, so neither is
/// counted; an in-service line whose usage is unknown is not assumed idle.
/// </summary>
public static class IdleStock
{
    /// <summary>The reason a line is idle, or null when it is not.</summary>
    public static IdleReason? Classify(InventoryItem item, IdleStockOptions? options = null)
    {
        options ??= IdleStockOptions.Default;
        return item.Status switch
        {
            EquipmentStatus.EnStock => IdleReason.InStock,
            EquipmentStatus.EnService when item.MonthsUsedPerYear is { } months && months <= options.MaxMonthsUsedPerYear => IdleReason.RarelyUsed,
            _ => null,
        };
    }

    public static bool IsIdle(InventoryItem item, IdleStockOptions? options = null) => Classify(item, options) is not null;

    /// <summary>The idle lines, in input order, each with its reason in French.</summary>
    public static IReadOnlyList<IdleItem> Find(IEnumerable<InventoryItem> items, IdleStockOptions? options = null)
    {
        options ??= IdleStockOptions.Default;
        var idle = new List<IdleItem>();
        foreach (var item in items)
            if (Classify(item, options) is { } reason) idle.Add(new IdleItem(item, reason, Explain(item, reason, options)));
        return idle;
    }

    /// <summary>One row per idle line: institution, category, label, quantity, status, usage and reason.</summary>
    public static DataFrame ToDataFrame(IReadOnlyList<IdleItem> idle)
    {
        return new DataFrame(
            new StringDataFrameColumn("Établissement", idle.Select(i => i.Item.InstitutionId)),
            new StringDataFrameColumn("Catégorie", idle.Select(i => i.Item.CategoryId)),
            new StringDataFrameColumn("Libellé catégorie", idle.Select(i => EquipmentTaxonomy.FrenchLabel(i.Item.CategoryId))),
            new StringDataFrameColumn("Libellé", idle.Select(i => i.Item.Label ?? "")),
            new StringDataFrameColumn("Marque", idle.Select(i => i.Item.Brand ?? "")),
            new StringDataFrameColumn("Modèle", idle.Select(i => i.Item.Model ?? "")),
            new Int32DataFrameColumn("Quantité", idle.Select(i => i.Item.Quantity)),
            new Int32DataFrameColumn("Année d'acquisition", idle.Select(i => i.Item.AcquisitionYear)),
            new StringDataFrameColumn("Statut", idle.Select(i => i.Item.Status.French())),
            new DoubleDataFrameColumn("Mois d'utilisation par an", idle.Select(i => i.Item.MonthsUsedPerYear)),
            new StringDataFrameColumn("Motif", idle.Select(i => i.Explanation)),
            new StringDataFrameColumn("Source", idle.Select(i => i.Item.Source.ToString())));
    }

    private static string Explain(InventoryItem item, IdleReason reason, IdleStockOptions options)
    {
        var fr = CultureInfo.GetCultureInfo("fr-FR");
        string Months(double m) => m.ToString("0.#", fr) + " mois par an";
        return reason switch
        {
            IdleReason.InStock when item.MonthsUsedPerYear is 0 => "en stock, jamais utilisé (0 mois par an)",
            IdleReason.InStock when item.MonthsUsedPerYear is { } m => $"en stock (utilisé {Months(m)})",
            IdleReason.InStock => "en stock",
            _ => $"en service mais utilisé {Months(item.MonthsUsedPerYear ?? 0)} (seuil : {Months(options.MaxMonthsUsedPerYear)} au plus)",
        };
    }
}
