using System.Globalization;
using Microsoft.Data.Analysis;

namespace Ressourcerie.Analytics.Inventories;

/// <summary>
/// The inventory analyses of the study, as tables with French column names and a deterministic
/// row order: stock by category, status and age class, idle stock, utilisation by institution type
/// or region, and the age pyramid. Each takes the inventory lines (any sequence: one pass, no file
/// access) and returns a <see cref="DataFrame"/>; shares are fractions between 0 and 1.
/// </summary>
public static class InventoryAnalysis
{
    private static readonly StringComparer FrenchOrder = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: false);

    /// <summary>Units, lines and share of units per category, the largest first (ties by category id).</summary>
    public static DataFrame StockByCategory(IEnumerable<InventoryItem> items)
    {
        var units = new Dictionary<string, (long Units, long Lines)>(StringComparer.Ordinal);
        long total = 0;
        foreach (var item in items)
        {
            units.TryGetValue(item.CategoryId, out var c);
            units[item.CategoryId] = (c.Units + item.Quantity, c.Lines + 1);
            total += item.Quantity;
        }
        var rows = units.OrderByDescending(kv => kv.Value.Units).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        return new DataFrame(
            new StringDataFrameColumn("Catégorie", rows.Select(r => r.Key)),
            new StringDataFrameColumn("Libellé", rows.Select(r => EquipmentTaxonomy.FrenchLabel(r.Key))),
            new StringDataFrameColumn("Famille", rows.Select(r => FamilyOf(r.Key))),
            new Int64DataFrameColumn("Unités", rows.Select(r => r.Value.Units)),
            new Int64DataFrameColumn("Lignes", rows.Select(r => r.Value.Lines)),
            new DoubleDataFrameColumn("Part des unités", rows.Select(r => Share(r.Value.Units, total))));
    }

    /// <summary>Units, lines and share of units per status, in the order of <see cref="EquipmentStatus"/> (every status listed).</summary>
    public static DataFrame StockByStatus(IEnumerable<InventoryItem> items)
    {
        var statuses = Enum.GetValues<EquipmentStatus>();
        var units = new long[statuses.Length];
        var lines = new long[statuses.Length];
        foreach (var item in items)
        {
            units[(int)item.Status] += item.Quantity;
            lines[(int)item.Status]++;
        }
        long total = units.Sum();
        return new DataFrame(
            new StringDataFrameColumn("Statut", statuses.Select(s => s.French())),
            new Int64DataFrameColumn("Unités", units),
            new Int64DataFrameColumn("Lignes", lines),
            new DoubleDataFrameColumn("Part des unités", units.Select(u => Share(u, total))));
    }

    /// <summary>Units, lines and share of units per age class (youngest first, « âge inconnu » last).</summary>
    /// <param name="referenceYear">The year ages are counted from (the caller's clock).</param>
    public static DataFrame StockByAgeClass(IEnumerable<InventoryItem> items, int referenceYear, AgeClasses? classes = null)
    {
        classes ??= AgeClasses.Default;
        var units = new long[classes.Labels.Count];
        var lines = new long[classes.Labels.Count];
        foreach (var item in items)
        {
            int c = classes.IndexOf(item.AcquisitionYear, referenceYear);
            units[c] += item.Quantity;
            lines[c]++;
        }
        long total = units.Sum();
        return new DataFrame(
            new StringDataFrameColumn("Classe d'âge", classes.Labels),
            new Int64DataFrameColumn("Unités", units),
            new Int64DataFrameColumn("Lignes", lines),
            new DoubleDataFrameColumn("Part des unités", units.Select(u => Share(u, total))));
    }

    /// <summary>The idle lines with the reason each is idle (see <see cref="Inventories.IdleStock"/>).</summary>
    public static DataFrame IdleStock(IEnumerable<InventoryItem> items, IdleStockOptions? options = null) =>
        Inventories.IdleStock.ToDataFrame(Inventories.IdleStock.Find(items, options));

    /// <summary>
    /// Utilisation by institution type or region: institutions, units, units out of service, the
    /// mean months of use a year (weighted by units, over lines whose usage is known and that are not
    /// out of service), units whose usage is unknown, idle units and their share of the units that
    /// are not out of service. Lines of an institution missing from <paramref name="institutions"/>
    /// are grouped under « établissement inconnu ».
    /// </summary>
    public static DataFrame Utilisation(
        IEnumerable<InventoryItem> items,
        IEnumerable<Institution> institutions,
        UtilisationGrouping grouping,
        IdleStockOptions? idle = null)
    {
        const string UnknownInstitution = "établissement inconnu";
        const string UnknownRegion = "région inconnue";
        var byId = new Dictionary<string, Institution>(StringComparer.Ordinal);
        foreach (var institution in institutions) byId.TryAdd(institution.Id, institution);

        var groups = new Dictionary<string, UtilisationAccumulator>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            string key = !byId.TryGetValue(item.InstitutionId, out var institution) ? UnknownInstitution
                : grouping == UtilisationGrouping.InstitutionType ? institution.Type.French()
                : string.IsNullOrWhiteSpace(institution.Region) ? UnknownRegion : institution.Region;
            if (!groups.TryGetValue(key, out var acc)) groups[key] = acc = new UtilisationAccumulator();
            acc.Add(item, idle);
        }

        IEnumerable<string> order = grouping == UtilisationGrouping.InstitutionType
            ? Enum.GetValues<InstitutionType>().Select(t => t.French()).Where(groups.ContainsKey)
            : groups.Keys.Where(k => k is not UnknownRegion and not UnknownInstitution).Order(FrenchOrder);
        var keys = order.Concat(new[] { UnknownRegion, UnknownInstitution }.Where(groups.ContainsKey)).ToList();
        var rows = keys.Select(k => groups[k]).ToList();
        return new DataFrame(
            new StringDataFrameColumn(grouping == UtilisationGrouping.InstitutionType ? "Type d'établissement" : "Région", keys),
            new Int32DataFrameColumn("Établissements", rows.Select(r => r.Institutions.Count)),
            new Int64DataFrameColumn("Unités", rows.Select(r => r.Units)),
            new Int64DataFrameColumn("Unités hors service", rows.Select(r => r.OutOfService)),
            new DoubleDataFrameColumn("Mois d'utilisation moyens", rows.Select(r => r.MeanMonths)),
            new Int64DataFrameColumn("Unités à usage inconnu", rows.Select(r => r.UnknownUsage)),
            new Int64DataFrameColumn("Unités inactives", rows.Select(r => r.Idle)),
            new DoubleDataFrameColumn("Part inactive", rows.Select(r => Share(r.Idle, r.Units - r.OutOfService))));
    }

    /// <summary>
    /// Units by age class (rows, youngest first, « âge inconnu » last) and by family or status
    /// (columns: every family of <see cref="EquipmentTaxonomy"/> or every status, always present so
    /// that the table's shape does not depend on the data), with a « Total » column.
    /// </summary>
    /// <param name="referenceYear">The year ages are counted from (the caller's clock).</param>
    public static DataFrame AgePyramid(
        IEnumerable<InventoryItem> items,
        int referenceYear,
        AgePyramidBreakdown breakdown = AgePyramidBreakdown.Family,
        AgeClasses? classes = null)
    {
        classes ??= AgeClasses.Default;
        var columns = breakdown == AgePyramidBreakdown.Family
            ? Families
            : Enum.GetValues<EquipmentStatus>().Select(s => s.French()).ToList();
        var familyIndex = Families.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
        var counts = new long[classes.Labels.Count, columns.Count];
        foreach (var item in items)
        {
            int row = classes.IndexOf(item.AcquisitionYear, referenceYear);
            int column = breakdown == AgePyramidBreakdown.Family ? familyIndex[FamilyOf(item.CategoryId)] : (int)item.Status;
            counts[row, column] += item.Quantity;
        }
        var frame = new DataFrame(new StringDataFrameColumn("Classe d'âge", classes.Labels));
        for (int c = 0; c < columns.Count; c++)
        {
            int column = c;
            frame.Columns.Add(new Int64DataFrameColumn(Capitalise(columns[c]), Enumerable.Range(0, classes.Labels.Count).Select(r => counts[r, column])));
        }
        frame.Columns.Add(new Int64DataFrameColumn("Total",
            Enumerable.Range(0, classes.Labels.Count).Select(r => Enumerable.Range(0, columns.Count).Sum(c => counts[r, c]))));
        return frame;
    }

    /// <summary>The category families in taxonomy order.</summary>
    public static IReadOnlyList<string> Families { get; } = EquipmentTaxonomy.All.Select(c => c.Family).Distinct().ToList();

    /// <summary>The family of a category id; « autre » for an id outside the taxonomy.</summary>
    public static string FamilyOf(string categoryId) =>
        EquipmentTaxonomy.TryGet(categoryId, out var category) ? category.Family : EquipmentTaxonomy.Get(EquipmentTaxonomy.Other).Family;

    private static double Share(long part, long total) => total == 0 ? 0 : (double)part / total;

    private static string Capitalise(string label) => label.Length == 0 ? label : char.ToUpper(label[0], CultureInfo.GetCultureInfo("fr-FR")) + label[1..];

    private sealed class UtilisationAccumulator
    {
        public HashSet<string> Institutions { get; } = new(StringComparer.Ordinal);
        public long Units { get; private set; }
        public long OutOfService { get; private set; }
        public long UnknownUsage { get; private set; }
        public long Idle { get; private set; }
        private double _monthUnits;
        private long _unitsWithMonths;

        public double? MeanMonths => _unitsWithMonths == 0 ? null : _monthUnits / _unitsWithMonths;

        public void Add(InventoryItem item, IdleStockOptions? idle)
        {
            Institutions.Add(item.InstitutionId);
            Units += item.Quantity;
            if (item.Status == EquipmentStatus.HorsService)
            {
                OutOfService += item.Quantity;
                return;
            }
            if (item.MonthsUsedPerYear is { } months)
            {
                _monthUnits += months * item.Quantity;
                _unitsWithMonths += item.Quantity;
            }
            else
            {
                UnknownUsage += item.Quantity;
            }
            if (Inventories.IdleStock.IsIdle(item, idle)) Idle += item.Quantity;
        }
    }
}
