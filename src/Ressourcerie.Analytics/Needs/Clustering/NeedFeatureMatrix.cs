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
    public static NeedFeatureMatrix Build(IEnumerable<Institution> institutions, IEnumerable<Need> needs, NeedsClusteringOptions options)
    {
        var byId = new Dictionary<string, Institution>(StringComparer.Ordinal);
        foreach (var institution in institutions) byId.TryAdd(institution.Id, institution);

        var groups = options.Grouping == NeedFeatureGrouping.Family
            ? EquipmentTaxonomy.All.Select(c => c.Family).Distinct().ToList()
            : EquipmentTaxonomy.All.Select(c => c.Id).ToList();
        var groupIndex = groups.Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i, StringComparer.Ordinal);
        int GroupOf(string category) => options.Grouping == NeedFeatureGrouping.Family
            ? groupIndex[EquipmentTaxonomy.TryGet(category, out var c) ? c.Family : EquipmentTaxonomy.Get(EquipmentTaxonomy.Other).Family]
            : groupIndex.GetValueOrDefault(category, groupIndex[EquipmentTaxonomy.Other]);

        var units = new SortedDictionary<string, double[]>(StringComparer.Ordinal);
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

        var ids = units.Keys.ToList();
        var notes = new List<string>();
        var excluded = byId.Keys.Where(id => !units.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        if (excluded.Count > 0)
            notes.Add($"{excluded.Count} établissement(s) sans besoin exprimé exclu(s) du regroupement : {Abbreviate(excluded)}.");
        if (unknown.Count > 0)
            notes.Add($"Besoins d'établissements absents de la liste des établissements, ignorés (type et taille inconnus) : {Abbreviate(unknown.ToList())}.");

        var staff = Scaled(ids.Select(id => byId[id].Staff).ToList(), "l'effectif", notes);
        var exhibitions = Scaled(ids.Select(id => byId[id].ExhibitionsPerYear).ToList(), "le nombre d'expositions par an", notes);
        var types = Enum.GetValues<InstitutionType>();

        var names = groups.Select(g => $"besoins : {(options.Grouping == NeedFeatureGrouping.Family ? g : EquipmentTaxonomy.FrenchLabel(g))}")
            .Concat(["saisonnalité : T1", "saisonnalité : T2", "saisonnalité : T3", "saisonnalité : T4", "taille : effectif (log)", "taille : expositions par an (log)"])
            .Concat(types.Select(t => $"type : {t.French()}"))
            .ToList();
        var rows = new List<double[]>(ids.Count);
        for (int i = 0; i < ids.Count; i++)
        {
            var row = new double[names.Count];
            int k = 0;
            var u = units[ids[i]];
            double total = u.Sum();
            foreach (double v in u) row[k++] = options.NeedsWeight * v / total;
            var q = unitDays[ids[i]];
            double days = q.Sum();
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
    private static double[] Scaled(List<int?> values, string what, List<string> notes)
    {
        var known = values.Where(v => v is not null).Select(v => Math.Log(1 + Math.Max(0, v!.Value))).Order().ToList();
        int missing = values.Count(v => v is null);
        double median = known.Count == 0 ? 0 : known.Count % 2 == 1 ? known[known.Count / 2] : (known[known.Count / 2 - 1] + known[known.Count / 2]) / 2;
        if (missing > 0)
            notes.Add($"{what[0..1].ToUpperInvariant()}{what[1..]} est inconnu pour {missing} établissement(s) : la médiane des autres est utilisée.");
        var logs = values.Select(v => v is null ? median : Math.Log(1 + Math.Max(0, v.Value))).ToArray();
        double min = logs.Length == 0 ? 0 : logs.Min(), max = logs.Length == 0 ? 0 : logs.Max();
        return logs.Select(x => max > min ? (x - min) / (max - min) : 0).ToArray();
    }

    private static string Abbreviate(List<string> ids) =>
        ids.Count <= 10 ? string.Join(", ", ids) : string.Join(", ", ids.Take(10)) + $"… (et {ids.Count - 10} autres)";
}
