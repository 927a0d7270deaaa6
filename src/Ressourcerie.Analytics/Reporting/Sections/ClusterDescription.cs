using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Needs;
using Ressourcerie.Analytics.Needs.Clustering;
using static Ressourcerie.Analytics.Reporting.Charts.FrenchNumberFormat;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// A need cluster in words for a ministry reader: « Groupe 2 : 14 établissements aux besoins
/// surtout vidéo (vidéoprojecteur 31 %, lecteur multimédia 23 %), surtout des musées (6) ; période
/// la plus chargée : 3e trimestre ». The theme comes from the category families of the cluster's
/// units of need (image and diffusion together make « vidéo »), the period from its unit-days by
/// calendar quarter, as the clustering's features count them.
/// </summary>
/// <param name="Theme">After « besoins » in a sentence: « surtout vidéo », « mêlant audio et vidéo », « variés ».</param>
/// <param name="ShortTheme">A chart legend's words: « vidéo », « audio et vidéo », « besoins variés ».</param>
public sealed record ClusterDescription(int ClusterId, string Theme, string ShortTheme, string Types, string BusiestQuarter, string Sentence)
{
    /// <summary>
    /// Families as a reader names the needs they hold: the words after « besoins surtout … » and
    /// after « besoins mêlant … et … ».
    /// </summary>
    private static (string Adjective, string Noun) ThemeOf(string family) => family switch
    {
        "image" or "diffusion" => ("vidéo", "vidéo"),
        "informatique" => ("informatiques", "informatique"),
        "audio" => ("audio", "audio"),
        "captation" => ("de captation (photo, vidéo)", "captation"),
        "interactif" => ("interactifs", "dispositifs interactifs"),
        "scène" => ("scéniques", "scène"),
        _ => ("divers", "divers"),
    };

    public static IReadOnlyList<ClusterDescription> Describe(NeedsClusteringResult result, IEnumerable<Need> needs, IEnumerable<Institution> institutions)
    {
        var byId = new Dictionary<string, Institution>(StringComparer.Ordinal);
        foreach (var institution in institutions) byId.TryAdd(institution.Id, institution);
        var clusterOf = result.ClusterOf;
        var themeUnits = result.Clusters.ToDictionary(c => c.Id, _ => new Dictionary<(string, string), long>());
        var quarters = result.Clusters.ToDictionary(c => c.Id, _ => new double[4]);
        foreach (var need in needs)
        {
            if (need.Quantity <= 0 || need.End < need.Start || !clusterOf.TryGetValue(need.InstitutionId, out int cluster)) continue;
            var theme = ThemeOf(InventoryAnalysis.FamilyOf(need.CategoryId));
            themeUnits[cluster][theme] = themeUnits[cluster].GetValueOrDefault(theme) + need.Quantity;
            NeedFeatureMatrix.AddQuarterDays(need, quarters[cluster]);
        }

        return [.. result.Clusters.Select(c =>
        {
            var (theme, shortTheme) = ThemeText(themeUnits[c.Id]);
            string categories = string.Join(", ", c.TopCategories.Select(t => $"{t.Label.ToLowerInvariant()} {NeedsClustering.Percent(t.Share)}"));
            string types = TypesText(c.InstitutionIds.Select(id => byId.TryGetValue(id, out var i) ? i.Type : InstitutionType.Autre).ToList());
            var q = quarters[c.Id];
            double days = q.Sum();
            int busiest = Array.IndexOf(q, q.Max());
            string quarter = days > 0 ? $"{(busiest == 0 ? "1er" : $"{busiest + 1}e")} trimestre ({NeedsClustering.Percent(q[busiest] / days)} des unités-jours)" : "sans période";
            string sentence = $"Groupe {c.Id} : {InText(c.Size)} établissement{(c.Size > 1 ? "s" : "")} aux besoins {theme} ({categories}), {types} ; période la plus chargée : {quarter}.";
            return new ClusterDescription(c.Id, theme, shortTheme, types, quarter, sentence);
        })];
    }

    /// <summary>
    /// "surtout vidéo" when one theme holds half the units, "mêlant audio et vidéo" when two hold
    /// 60 %, else "variés"; with the short form for a legend.
    /// </summary>
    private static (string Theme, string Short) ThemeText(Dictionary<(string Adjective, string Noun), long> units)
    {
        long total = units.Values.Sum();
        if (total == 0) return ("variés", "besoins variés");
        var ranked = units.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Noun, StringComparer.Ordinal).ToList();
        if (ranked[0].Value * 2 >= total) return ($"surtout {ranked[0].Key.Adjective}", ranked[0].Key.Noun);
        if (ranked.Count > 1 && (ranked[0].Value + ranked[1].Value) * 10 >= total * 6)
            return ($"mêlant {ranked[0].Key.Noun} et {ranked[1].Key.Noun}", $"{ranked[0].Key.Noun} et {ranked[1].Key.Noun}");
        return ("variés", "besoins variés");
    }

    /// <summary>"surtout des musées (8 sur 9)" when one type is a majority, else the counts by type.</summary>
    private static string TypesText(IReadOnlyList<InstitutionType> types)
    {
        var ranked = types.GroupBy(t => t).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (Type: g.Key, Count: g.Count())).ToList();
        if (types.Count == 1) return $"de type {Singular(ranked[0].Type)}";
        if (ranked.Count == 1) return $"uniquement des {Plural(ranked[0].Type)}";
        if (ranked[0].Count * 2 > types.Count) return $"surtout des {Plural(ranked[0].Type)} ({InText(ranked[0].Count)} sur {InText(types.Count)})";
        return "de types variés (" + string.Join(", ", ranked.Select(r => $"{(r.Count > 1 ? Plural(r.Type) : Singular(r.Type))} {InText(r.Count)}")) + ")";
    }

    private static string Singular(InstitutionType type) => type switch
    {
        InstitutionType.Frac => "FRAC",
        InstitutionType.Cnap => "CNAP",
        _ => type.French(),
    };

    private static string Plural(InstitutionType type) => type switch
    {
        InstitutionType.Musee => "musées",
        InstitutionType.Frac => "FRAC",
        InstitutionType.CentreDArt => "centres d'art",
        InstitutionType.EcoleDArt => "écoles d'art",
        InstitutionType.Cnap => "CNAP",
        _ => "autres établissements",
    };
}
