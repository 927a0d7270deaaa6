using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// Counts of the inventory by category, status and institution type, in one pass over the lines
/// (a national inventory has a million of them). Orders are deterministic: by units, then label.
/// </summary>
public sealed record InventorySummary(
    long Lines,
    long Units,
    int Institutions,
    int InstitutionsWithInventory,
    long[] LinesByStatus,
    long[] UnitsByStatus,
    IReadOnlyList<InventorySummary.CategoryCounts> ByCategory,
    IReadOnlyList<InventorySummary.TypeCounts> ByInstitutionType)
{
    public const string UnknownTypeLabel = "Établissement inconnu";

    /// <summary>The type as a heading shows it: "Musée", "FRAC", "École d'art".</summary>
    public static string TypeLabel(InstitutionType type) => type switch
    {
        InstitutionType.Frac => "FRAC",
        InstitutionType.Cnap => "CNAP",
        _ => char.ToUpperInvariant(type.French()[0]) + type.French()[1..],
    };

    public sealed record CategoryCounts(EquipmentCategory Category, long Lines, long Units, long[] UnitsByStatus);

    public sealed record TypeCounts(string Label, int Institutions, int InstitutionsWithInventory, long Lines, long Units, long UnitsInStock, long[] UnitsByStatus);

    public static InventorySummary Of(IReadOnlyList<InventoryItem> inventory, IReadOnlyList<Institution> institutions)
    {
        int statusCount = Enum.GetValues<EquipmentStatus>().Length;
        var typeOf = new Dictionary<string, InstitutionType>(StringComparer.Ordinal);
        foreach (var institution in institutions) typeOf.TryAdd(institution.Id, institution.Type);

        var categories = new Dictionary<string, (long Lines, long Units, long[] ByStatus)>(StringComparer.Ordinal);
        var types = new Dictionary<string, (long Lines, long Units, long[] ByStatus, HashSet<string> Holders)>(StringComparer.Ordinal);
        var linesByStatus = new long[statusCount];
        var unitsByStatus = new long[statusCount];
        var holders = new HashSet<string>(StringComparer.Ordinal);
        long lines = 0, units = 0;
        foreach (var item in inventory)
        {
            int status = (int)item.Status;
            lines++;
            units += item.Quantity;
            linesByStatus[status]++;
            unitsByStatus[status] += item.Quantity;
            holders.Add(item.InstitutionId);

            if (!categories.TryGetValue(item.CategoryId, out var c)) c = (0, 0, new long[statusCount]);
            c.ByStatus[status] += item.Quantity;
            categories[item.CategoryId] = (c.Lines + 1, c.Units + item.Quantity, c.ByStatus);

            string type = typeOf.TryGetValue(item.InstitutionId, out var t) ? TypeLabel(t) : UnknownTypeLabel;
            if (!types.TryGetValue(type, out var ty)) ty = (0, 0, new long[statusCount], new HashSet<string>(StringComparer.Ordinal));
            ty.ByStatus[status] += item.Quantity;
            ty.Holders.Add(item.InstitutionId);
            types[type] = (ty.Lines + 1, ty.Units + item.Quantity, ty.ByStatus, ty.Holders);
        }

        var byCategory = categories
            .Select(p => new CategoryCounts(EquipmentTaxonomy.TryGet(p.Key, out var category) ? category : new EquipmentCategory(p.Key, p.Key, p.Key, "autre"), p.Value.Lines, p.Value.Units, p.Value.ByStatus))
            .OrderByDescending(c => c.Units).ThenBy(c => c.Category.LabelFr, StringComparer.Ordinal)
            .ToList();

        var institutionsByType = institutions.GroupBy(i => TypeLabel(i.Type)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        int inStock = (int)EquipmentStatus.EnStock;
        var byType = Enum.GetValues<InstitutionType>().Select(TypeLabel).Append(UnknownTypeLabel)
            .Where(label => institutionsByType.ContainsKey(label) || types.ContainsKey(label))
            .Select(label =>
            {
                var counts = types.GetValueOrDefault(label);
                var byStatus = counts.ByStatus ?? new long[statusCount];
                return new TypeCounts(label, institutionsByType.GetValueOrDefault(label), counts.Holders?.Count ?? 0, counts.Lines, counts.Units, byStatus[inStock], byStatus);
            })
            .ToList();

        return new InventorySummary(lines, units, institutions.Count, holders.Count, linesByStatus, unitsByStatus, byCategory, byType);
    }
}
