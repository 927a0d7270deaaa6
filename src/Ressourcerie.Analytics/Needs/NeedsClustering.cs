using System.Globalization;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Needs.Clustering;

namespace Ressourcerie.Analytics.Needs;

/// <summary>
/// Groups institutions by their equipment needs. Each institution with needs becomes a feature
/// vector (<see cref="NeedFeatureMatrix"/>: needs by family or category, seasonality, size, type);
/// k-means (ML.NET, k-means++, fixed seeds, one thread per run, the k spread over the cores) is run
/// for k = 2 … min(<see cref="NeedsClusteringOptions.MaxK"/>, n − 1) and the k of highest mean
/// silhouette is kept (ties: the smaller k), unless k is given. Clusters are numbered by decreasing
/// size (ties: the smallest member id) and described by their top categories; the first two
/// principal components give the chart's plane. Institutions without needs are left out, with a note.
/// </summary>
public static class NeedsClustering
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static NeedsClusteringResult Run(IEnumerable<Institution> institutions, IEnumerable<Need> needs, NeedsClusteringOptions? options = null)
    {
        options ??= NeedsClusteringOptions.Default;
        var institutionList = institutions.ToList();
        var needList = needs.ToList();
        var matrix = NeedFeatureMatrix.Build(institutionList, needList, options);
        var rows = matrix.Rows;
        int n = rows.Count;
        if (options.K is { } fixedK)
        {
            if (fixedK < 2 || fixedK > n)
                throw new ArgumentOutOfRangeException(nameof(options), fixedK,
                    n < 2 ? $"Regroupement impossible : {n} établissement(s) seulement ont des besoins, il en faut au moins 2."
                          : $"k = {fixedK} impossible : choisissez un nombre de groupes entre 2 et {n} (établissements ayant des besoins).");
        }
        else if (n < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(needs), n,
                $"Choix automatique de k impossible : {n} établissement(s) seulement ont des besoins, il en faut au moins 3 (ou fixez k).");
        }

        var notes = new List<string>(matrix.Notes);
        List<int> candidates = options.K is { } k0 ? [k0] : Enumerable.Range(2, Math.Min(options.MaxK, n - 1) - 1).ToList();
        var kMeans = new KMeansClustering(rows);
        var labelsByK = new int[candidates.Count][];
        DistanceMatrix? distances = null;
        (double X, double Y)[]? plane = null;
        double[]? explained = null;
        // Independent work spread over the cores, the longest first: the distances (read by every
        // silhouette), the chart's plane, then one k per item from the largest (slowest); each k
        // has its own seeds, so the order in which they run changes nothing.
        CoreWorkers.Run(2 + candidates.Count, item =>
        {
            if (item == 0) distances = new DistanceMatrix(rows);
            else if (item == 1) plane = PrincipalComponents.Project(rows, out explained);
            else
            {
                int i = candidates.Count - 1 - (item - 2);
                labelsByK[i] = kMeans.Fit(candidates[i], options.Seed, options.Restarts);
            }
        });
        var silhouettes = Silhouette.Means(distances!, labelsByK);
        var byK = new List<SilhouetteScore>();
        int[]? bestLabels = null;
        int bestK = 0;
        double bestSilhouette = double.NegativeInfinity;
        for (int i = 0; i < candidates.Count; i++)
        {
            int k = candidates[i];
            var labels = labelsByK[i];
            double silhouette = silhouettes[i];
            int effective = ClusterCount(labels);
            byK.Add(new SilhouetteScore(k, silhouette));
            if (effective < k)
            {
                notes.Add($"k = {k} : k-means n'a formé que {effective} groupe(s) non vide(s) (établissements aux besoins identiques).");
                if (options.K is null) continue;
            }
            if (bestLabels is null || silhouette > bestSilhouette + 1e-12)
            {
                bestLabels = labels;
                bestK = k;
                bestSilhouette = silhouette;
            }
        }
        if (bestLabels is null)
            throw new InvalidOperationException("Aucun k n'a donné plusieurs groupes distincts : les établissements ont tous des besoins identiques.");

        var clusters = Describe(matrix, bestLabels, institutionList, needList, options);
        var indexOf = matrix.InstitutionIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var clusterOfIndex = new int[n];
        foreach (var cluster in clusters)
            foreach (var id in cluster.InstitutionIds)
                clusterOfIndex[indexOf[id]] = cluster.Id;
        var projection = matrix.InstitutionIds.Select((id, i) => new InstitutionProjection(id, clusterOfIndex[i], plane![i].X, plane[i].Y)).ToList();

        return new NeedsClusteringResult(clusters.Count, bestSilhouette, clusters, byK, projection, explained!,
            matrix.FeatureNames, matrix.ExcludedInstitutionIds, notes, options.Seed);
    }

    private static int ClusterCount(int[] labels)
    {
        var seen = new HashSet<int>();
        foreach (int label in labels) seen.Add(label);
        return seen.Count;
    }

    /// <summary>A share as French readers write it: "38 %".</summary>
    public static string Percent(double share) => Math.Round(share * 100).ToString("0", French) + " %";

    private static List<NeedCluster> Describe(NeedFeatureMatrix matrix, int[] labels, List<Institution> institutions, List<Need> needs, NeedsClusteringOptions options)
    {
        var byId = new Dictionary<string, Institution>(StringComparer.Ordinal);
        foreach (var institution in institutions) byId.TryAdd(institution.Id, institution);
        var members = labels.Distinct()
            .Select(label => Enumerable.Range(0, labels.Length).Where(i => labels[i] == label).Select(i => matrix.InstitutionIds[i]).Order(StringComparer.Ordinal).ToList())
            .OrderByDescending(m => m.Count).ThenBy(m => m[0], StringComparer.Ordinal)
            .ToList();

        var clusterOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int c = 0; c < members.Count; c++)
            foreach (var id in members[c]) clusterOf[id] = c;
        var units = members.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal)).ToList();
        var quarters = members.Select(_ => new double[4]).ToList();
        foreach (var need in needs)
        {
            if (need.Quantity <= 0 || need.End < need.Start || !clusterOf.TryGetValue(need.InstitutionId, out int c)) continue;
            units[c][need.CategoryId] = units[c].GetValueOrDefault(need.CategoryId) + need.Quantity;
            NeedFeatureMatrix.AddQuarterDays(need, quarters[c]);
        }

        var clusters = new List<NeedCluster>();
        for (int c = 0; c < members.Count; c++)
        {
            long total = units[c].Values.Sum();
            var top = units[c].OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(options.TopCategories)
                .Select(kv => new CategoryShare(kv.Key, EquipmentTaxonomy.FrenchLabel(kv.Key), kv.Value, total == 0 ? 0 : (double)kv.Value / total))
                .ToList();
            var types = members[c].GroupBy(id => byId[id].Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
                .Select(g => $"{TypeInText(g.Key)} {g.Count()}");
            double days = quarters[c].Sum();
            int busiest = Array.IndexOf(quarters[c], quarters[c].Max());
            var description =
                $"{members[c].Count} établissement{(members[c].Count > 1 ? "s" : "")} ({string.Join(", ", types)}) ; " +
                $"besoins surtout : {string.Join(", ", top.Select(t => $"{t.Label} {Percent(t.Share)}"))} ; " +
                $"période la plus chargée : {(busiest == 0 ? "1er" : $"{busiest + 1}e")} trimestre ({Percent(days > 0 ? quarters[c][busiest] / days : 0)} des unités-jours).";
            clusters.Add(new NeedCluster(c + 1, members[c], top, description));
        }
        return clusters;
    }

    /// <summary>The acronyms keep their capitals in a sentence (« FRAC 2 », « CNAP 1 »), as the report writes them.</summary>
    private static string TypeInText(InstitutionType type) => type switch
    {
        InstitutionType.Frac => "FRAC",
        InstitutionType.Cnap => "CNAP",
        _ => type.French(),
    };
}
