using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// The idle stock (<see cref="IdleStock.Find"/>) counted by category, institution and region, with
/// its estimated purchase value: declared unit price × quantity, and for a line without a price the
/// median declared unit price of its category over the whole inventory (a purchase value, not a
/// resale value: the equipment has been written off). Orders are deterministic: by units, then key.
/// </summary>
public sealed record IdleStockSummary(
    IReadOnlyList<IdleItem> Items,
    long InventoryUnits,
    long Units,
    long UnitsInStock,
    long UnitsRarelyUsed,
    double ValueEur,
    double DeclaredValueEur,
    long UnitsWithImputedPrice,
    long UnitsWithoutPrice,
    IReadOnlyDictionary<string, double> MedianUnitPriceByCategory,
    IReadOnlyList<IdleStockSummary.Group> ByCategory,
    IReadOnlyList<IdleStockSummary.Group> ByInstitution,
    IReadOnlyList<IdleStockSummary.Group> ByRegion)
{
    public const string UnknownRegion = "région inconnue";

    /// <summary>
    /// Idle units of a category, an institution or a region. <see cref="TotalUnits"/> is every unit
    /// of the group in the inventory (idle or not), for the share; <see cref="Institutions"/> counts
    /// the institutions holding idle units.
    /// </summary>
    public sealed record Group(string Key, long Lines, long Units, long UnitsInStock, long UnitsRarelyUsed, double ValueEur, long TotalUnits, int Institutions)
    {
        public double ShareOfGroupUnits => TotalUnits == 0 ? 0 : (double)Units / TotalUnits;
    }

    public double ShareOfInventoryUnits => InventoryUnits == 0 ? 0 : (double)Units / InventoryUnits;

    /// <summary>The estimated purchase value of one idle line (null when neither it nor its category has a price).</summary>
    public double? LineValueEur(InventoryItem item) => ValueOf(item, MedianUnitPriceByCategory);

    private static double? ValueOf(InventoryItem item, IReadOnlyDictionary<string, double> medians) =>
        item.PurchasePriceEur is { } price ? (double)price * item.Quantity
        : medians.TryGetValue(item.CategoryId, out var median) ? median * item.Quantity
        : null;

    public static IdleStockSummary Of(IReadOnlyList<InventoryItem> inventory, IReadOnlyList<Institution> institutions, IdleStockOptions options)
    {
        var byId = new Dictionary<string, Institution>(StringComparer.Ordinal);
        foreach (var institution in institutions) byId.TryAdd(institution.Id, institution);
        string RegionOf(string id) => byId.TryGetValue(id, out var i) && !string.IsNullOrWhiteSpace(i.Region) ? i.Region! : UnknownRegion;

        var prices = new Dictionary<string, List<decimal>>(StringComparer.Ordinal);
        var categoryTotals = new Dictionary<string, long>(StringComparer.Ordinal);
        var institutionTotals = new Dictionary<string, long>(StringComparer.Ordinal);
        var regionTotals = new Dictionary<string, long>(StringComparer.Ordinal);
        long inventoryUnits = 0;
        foreach (var item in inventory)
        {
            inventoryUnits += item.Quantity;
            categoryTotals[item.CategoryId] = categoryTotals.GetValueOrDefault(item.CategoryId) + item.Quantity;
            institutionTotals[item.InstitutionId] = institutionTotals.GetValueOrDefault(item.InstitutionId) + item.Quantity;
            string region = RegionOf(item.InstitutionId);
            regionTotals[region] = regionTotals.GetValueOrDefault(region) + item.Quantity;
            if (item.PurchasePriceEur is { } price)
            {
                if (!prices.TryGetValue(item.CategoryId, out var list)) prices[item.CategoryId] = list = [];
                list.Add(price);
            }
        }
        var medians = prices.ToDictionary(p => p.Key, p => Median(p.Value), StringComparer.Ordinal);

        var idle = IdleStock.Find(inventory, options);
        var categories = new Accumulator(categoryTotals);
        var holders = new Accumulator(institutionTotals);
        var regions = new Accumulator(regionTotals);
        long units = 0, inStock = 0, rarely = 0, imputed = 0, unpriced = 0;
        double value = 0, declared = 0;
        foreach (var idleItem in idle)
        {
            var item = idleItem.Item;
            double? lineValue = ValueOf(item, medians);
            units += item.Quantity;
            if (idleItem.Reason == IdleReason.InStock) inStock += item.Quantity;
            else rarely += item.Quantity;
            if (item.PurchasePriceEur is { } price) declared += (double)price * item.Quantity;
            else if (lineValue is null) unpriced += item.Quantity;
            else imputed += item.Quantity;
            value += lineValue ?? 0;
            categories.Add(item.CategoryId, idleItem, lineValue, item.InstitutionId);
            holders.Add(item.InstitutionId, idleItem, lineValue, item.InstitutionId);
            regions.Add(RegionOf(item.InstitutionId), idleItem, lineValue, item.InstitutionId);
        }
        return new IdleStockSummary(idle, inventoryUnits, units, inStock, rarely, value, declared, imputed, unpriced, medians,
            categories.Groups(), holders.Groups(), regions.Groups());
    }

    private static double Median(List<decimal> values)
    {
        values.Sort();
        int middle = values.Count / 2;
        return values.Count % 2 == 1 ? (double)values[middle] : (double)(values[middle - 1] + values[middle]) / 2;
    }

    private sealed class Accumulator(Dictionary<string, long> totals)
    {
        private readonly Dictionary<string, (long Lines, long Units, long InStock, long Rarely, double Value, HashSet<string> Holders)> _groups = new(StringComparer.Ordinal);

        public void Add(string key, IdleItem idle, double? value, string institutionId)
        {
            if (!_groups.TryGetValue(key, out var g)) g = (0, 0, 0, 0, 0, new HashSet<string>(StringComparer.Ordinal));
            int quantity = idle.Item.Quantity;
            g.Holders.Add(institutionId);
            _groups[key] = (g.Lines + 1, g.Units + quantity,
                g.InStock + (idle.Reason == IdleReason.InStock ? quantity : 0),
                g.Rarely + (idle.Reason == IdleReason.RarelyUsed ? quantity : 0),
                g.Value + (value ?? 0), g.Holders);
        }

        public IReadOnlyList<Group> Groups() =>
        [
            .. _groups
                .Select(p => new Group(p.Key, p.Value.Lines, p.Value.Units, p.Value.InStock, p.Value.Rarely, p.Value.Value, totals.GetValueOrDefault(p.Key), p.Value.Holders.Count))
                .OrderByDescending(g => g.Units).ThenBy(g => g.Key, StringComparer.Ordinal),
        ];
    }
}
