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
        var candidates = new List<int>();
        if (options.K is { } k0) candidates.Add(k0);
        else
            for (int k = 2; k <= Math.Min(options.MaxK, n - 1); k++) candidates.Add(k);
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
        var clusterOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
            foreach (var id in cluster.InstitutionIds)
                clusterOfId[id] = cluster.Id;
        var projection = new List<InstitutionProjection>(n);
        for (int i = 0; i < n; i++)
            projection.Add(new InstitutionProjection(matrix.InstitutionIds[i], clusterOfId[matrix.InstitutionIds[i]], plane![i].X, plane[i].Y));

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

    // Loops over arrays rather than LINQ over numbers, as in NeedFeatureMatrix.Build: fewer generic
    // instantiations to compile at run time in a short-lived command.
    private static List<NeedCluster> Describe(NeedFeatureMatrix matrix, int[] labels, List<Institution> institutions, List<Need> needs, NeedsClusteringOptions options)
    {
        var byId = new Dictionary<string, Institution>(StringComparer.Ordinal);
        foreach (var institution in institutions) byId.TryAdd(institution.Id, institution);
        var membersOfLabel = new Dictionary<int, List<string>>();
        for (int i = 0; i < labels.Length; i++)
        {
            if (!membersOfLabel.TryGetValue(labels[i], out var list)) membersOfLabel[labels[i]] = list = [];
            list.Add(matrix.InstitutionIds[i]);
        }
        // Clusters by decreasing size, then by their smallest member id: a total order.
        var members = new List<List<string>>(membersOfLabel.Values);
        foreach (var list in members) list.Sort(StringComparer.Ordinal);
        members.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a[0], b[0]));

        var clusterOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int c = 0; c < members.Count; c++)
            foreach (var id in members[c]) clusterOf[id] = c;
        var categoryIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var categories = new List<string>();
        foreach (var need in needs)
            if (!categoryIndex.ContainsKey(need.CategoryId))
            {
                categoryIndex[need.CategoryId] = categories.Count;
                categories.Add(need.CategoryId);
            }
        var units = new long[members.Count][];
        var quarters = new double[members.Count][];
        for (int c = 0; c < members.Count; c++)
        {
            units[c] = new long[categories.Count];
            quarters[c] = new double[4];
        }
        foreach (var need in needs)
        {
            if (need.Quantity <= 0 || need.End < need.Start || !clusterOf.TryGetValue(need.InstitutionId, out int c)) continue;
            units[c][categoryIndex[need.CategoryId]] += need.Quantity;
            NeedFeatureMatrix.AddQuarterDays(need, quarters[c]);
        }

        var types = (InstitutionType[])Enum.GetValues(typeof(InstitutionType));
        int typeSlots = 0;
        foreach (var type in types) typeSlots = Math.Max(typeSlots, (int)type + 1);
        var clusters = new List<NeedCluster>();
        for (int c = 0; c < members.Count; c++)
        {
            long total = 0;
            var present = new List<string>();
            foreach (var category in categories)
                if (units[c][categoryIndex[category]] > 0)
                {
                    present.Add(category);
                    total += units[c][categoryIndex[category]];
                }
            // Most units first, then by category id: a total order.
            present.Sort((a, b) =>
            {
                long ua = units[c][categoryIndex[a]], ub = units[c][categoryIndex[b]];
                return ua != ub ? ub.CompareTo(ua) : string.CompareOrdinal(a, b);
            });
            var top = new List<CategoryShare>();
            for (int t = 0; t < Math.Min(options.TopCategories, present.Count); t++)
            {
                long value = units[c][categoryIndex[present[t]]];
                top.Add(new CategoryShare(present[t], EquipmentTaxonomy.FrenchLabel(present[t]), value, total == 0 ? 0 : (double)value / total));
            }
            var perType = new int[typeSlots];
            foreach (var id in members[c]) perType[(int)byId[id].Type]++;
            var typeParts = new List<string>();
            // Most members first, then in the order of the type: a total order.
            for (int best = MostFrequent(perType); best >= 0; best = MostFrequent(perType))
            {
                typeParts.Add($"{TypeInText((InstitutionType)best)} {perType[best]}");
                perType[best] = 0;
            }
            double days = 0;
            foreach (double d in quarters[c]) days += d;
            int busiest = 0;
            for (int q = 1; q < 4; q++)
                if (quarters[c][q] > quarters[c][busiest]) busiest = q;
            var shares = new List<string>(top.Count);
            foreach (var share in top) shares.Add($"{share.Label} {Percent(share.Share)}");
            var description =
                $"{members[c].Count} établissement{(members[c].Count > 1 ? "s" : "")} ({string.Join(", ", typeParts)}) ; " +
                $"besoins surtout : {string.Join(", ", shares)} ; " +
                $"période la plus chargée : {(busiest == 0 ? "1er" : $"{busiest + 1}e")} trimestre ({Percent(days > 0 ? quarters[c][busiest] / days : 0)} des unités-jours).";
            clusters.Add(new NeedCluster(c + 1, members[c], top, description));
        }
        return clusters;
    }

    /// <summary>The slot of the largest count (the first among equals), or −1 when all are 0.</summary>
    private static int MostFrequent(int[] counts)
    {
        int best = -1;
        for (int i = 0; i < counts.Length; i++)
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best])) best = i;
        return best;
    }

    /// <summary>The acronyms keep their capitals in a sentence (« FRAC 2 », « CNAP 1 »), as the report writes them.</summary>
    private static string TypeInText(InstitutionType type) => type switch
    {
        InstitutionType.Frac => "FRAC",
        InstitutionType.Cnap => "CNAP",
        _ => type.French(),
    };
}
