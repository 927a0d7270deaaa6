using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Needs.Clustering;

/// <summary>
/// One feature vector per institution with needs: needs by family or category (shares of units),
/// seasonality (shares of unit-days per calendar quarter), size (log(1 + staff) and
/// log(1 + exhibitions a year), scaled to 0–1 over the institutions clustered; a missing value takes
/// the median), institution type (one-hot). Each block is multiplied by its weight, so that its
/// influence on Euclidean distances can be tuned (<see cref="NeedsClusteringOptions"/>).
/// </summary>
public sealed record NeedFeatureMatrix(
    IReadOnlyList<string> InstitutionIds,
    IReadOnlyList<string> FeatureNames,
    IReadOnlyList<double[]> Rows,
    IReadOnlyList<string> ExcludedInstitutionIds,
    IReadOnlyList<string> Notes)
{
    // Loops over arrays rather than LINQ over numbers: each LINQ operator over a value type is a
    // generic instantiation that ReadyToRun cannot precompile, compiled at run time on every call of
    // a short-lived command (a third of this method's time in a new process).
    public static NeedFeatureMatrix Build(IEnumerable<Institution> institutions, IEnumerable<Need> needs, NeedsClusteringOptions options)
    {
        var byId = new Dictionary<string, Institution>(StringComparer.Ordinal);
        foreach (var institution in institutions) byId.TryAdd(institution.Id, institution);

        var groups = options.Grouping == NeedFeatureGrouping.Family
            ? EquipmentTaxonomy.All.Select(c => c.Family).Distinct().ToList()
            : EquipmentTaxonomy.All.Select(c => c.Id).ToList();
        var groupIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int g = 0; g < groups.Count; g++) groupIndex[groups[g]] = g;
        int GroupOf(string category) => options.Grouping == NeedFeatureGrouping.Family
            ? groupIndex[EquipmentTaxonomy.TryGet(category, out var c) ? c.Family : EquipmentTaxonomy.Get(EquipmentTaxonomy.Other).Family]
            : groupIndex.GetValueOrDefault(category, groupIndex[EquipmentTaxonomy.Other]);

        var units = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var unitDays = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var need in needs)
        {
            if (need.Quantity <= 0 || need.End < need.Start) continue;
            if (!byId.ContainsKey(need.InstitutionId))
            {
                unknown.Add(need.InstitutionId);
                continue;
            }
            if (!units.TryGetValue(need.InstitutionId, out var u))
            {
                units[need.InstitutionId] = u = new double[groups.Count];
                unitDays[need.InstitutionId] = new double[4];
            }
            u[GroupOf(need.CategoryId)] += need.Quantity;
            AddQuarterDays(need, unitDays[need.InstitutionId]);
        }

        var ids = new List<string>(units.Keys);
        ids.Sort(StringComparer.Ordinal);
        var notes = new List<string>();
        var excluded = new List<string>();
        foreach (var id in byId.Keys)
            if (!units.ContainsKey(id)) excluded.Add(id);
        excluded.Sort(StringComparer.Ordinal);
        if (excluded.Count > 0)
            notes.Add($"{excluded.Count} établissement(s) sans besoin exprimé exclu(s) du regroupement : {Abbreviate(excluded)}.");
        if (unknown.Count > 0)
            notes.Add($"Besoins d'établissements absents de la liste des établissements, ignorés (type et taille inconnus) : {Abbreviate(new List<string>(unknown))}.");

        var staffValues = new int?[ids.Count];
        var exhibitionValues = new int?[ids.Count];
        for (int i = 0; i < ids.Count; i++)
        {
            staffValues[i] = byId[ids[i]].Staff;
            exhibitionValues[i] = byId[ids[i]].ExhibitionsPerYear;
        }
        var staff = Scaled(staffValues, "l'effectif", notes);
        var exhibitions = Scaled(exhibitionValues, "le nombre d'expositions par an", notes);
        var types = (InstitutionType[])Enum.GetValues(typeof(InstitutionType));

        var names = new List<string>(groups.Count + 6 + types.Length);
        foreach (var g in groups) names.Add($"besoins : {(options.Grouping == NeedFeatureGrouping.Family ? g : EquipmentTaxonomy.FrenchLabel(g))}");
        names.AddRange(["saisonnalité : T1", "saisonnalité : T2", "saisonnalité : T3", "saisonnalité : T4", "taille : effectif (log)", "taille : expositions par an (log)"]);
        foreach (var type in types) names.Add($"type : {type.French()}");
        var rows = new List<double[]>(ids.Count);
        for (int i = 0; i < ids.Count; i++)
        {
            var row = new double[names.Count];
            int k = 0;
            var u = units[ids[i]];
            double total = 0;
            foreach (double v in u) total += v;
            foreach (double v in u) row[k++] = options.NeedsWeight * v / total;
            var q = unitDays[ids[i]];
            double days = 0;
            foreach (double v in q) days += v;
            foreach (double v in q) row[k++] = days > 0 ? options.SeasonWeight * v / days : 0;
            row[k++] = options.SizeWeight * staff[i];
            row[k++] = options.SizeWeight * exhibitions[i];
            foreach (var type in types) row[k++] = byId[ids[i]].Type == type ? options.TypeWeight : 0;
            rows.Add(row);
        }
        return new NeedFeatureMatrix(ids, names, rows, excluded, notes);
    }

    /// <summary>Adds quantity × days of the need falling in each calendar quarter, whatever the year.</summary>
    internal static void AddQuarterDays(Need need, double[] quarters)
    {
        var day = need.Start;
        while (day <= need.End)
        {
            int quarter = (day.Month - 1) / 3;
            var quarterEnd = new DateOnly(day.Year, quarter * 3 + 3, 1).AddMonths(1).AddDays(-1);
            var until = quarterEnd < need.End ? quarterEnd : need.End;
            quarters[quarter] += need.Quantity * (until.DayNumber - day.DayNumber + 1);
            day = until.AddDays(1);
        }
    }

    /// <summary>log(1 + x) scaled to 0–1 (min–max); missing values take the median; all equal → 0.</summary>
    private static double[] Scaled(int?[] values, string what, List<string> notes)
    {
        var logs = new double[values.Length];
        var known = new double[values.Length];
        int count = 0;
        for (int i = 0; i < values.Length; i++)
            if (values[i] is { } v) known[count++] = logs[i] = Math.Log(1 + Math.Max(0, v));
        int missing = values.Length - count;
        Array.Sort(known, 0, count);
        double median = count == 0 ? 0 : count % 2 == 1 ? known[count / 2] : (known[count / 2 - 1] + known[count / 2]) / 2;
        if (missing > 0)
            notes.Add($"{what[0..1].ToUpperInvariant()}{what[1..]} est inconnu pour {missing} établissement(s) : la médiane des autres est utilisée.");
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] is null) logs[i] = median;
            min = Math.Min(min, logs[i]);
            max = Math.Max(max, logs[i]);
        }
        var scaled = new double[values.Length];
        for (int i = 0; i < values.Length; i++) scaled[i] = max > min ? (logs[i] - min) / (max - min) : 0;
        return scaled;
    }

    private static string Abbreviate(List<string> ids) =>
        ids.Count <= 10 ? string.Join(", ", ids) : string.Join(", ", ids.Take(10)) + $"… (et {ids.Count - 10} autres)";
}
