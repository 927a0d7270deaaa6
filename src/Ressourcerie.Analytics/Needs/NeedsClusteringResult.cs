using Microsoft.Data.Analysis;

namespace Ressourcerie.Analytics.Needs;

/// <summary>
/// The clustering of institutions by their needs: k, its mean silhouette (and the silhouette of
/// every k tried), the clusters, the 2-D projection for the chart, the institutions left out and
/// French notes on what was assumed.
/// </summary>
public sealed record NeedsClusteringResult(
    int K,
    double Silhouette,
    IReadOnlyList<NeedCluster> Clusters,
    IReadOnlyList<SilhouetteScore> SilhouetteByK,
    IReadOnlyList<InstitutionProjection> Projection,
    IReadOnlyList<double> ExplainedVariance,
    IReadOnlyList<string> FeatureNames,
    IReadOnlyList<string> ExcludedInstitutionIds,
    IReadOnlyList<string> Notes,
    int Seed)
{
    /// <summary>The cluster of each institution clustered.</summary>
    public IReadOnlyDictionary<string, int> ClusterOf =>
        Clusters.SelectMany(c => c.InstitutionIds.Select(i => (i, c.Id))).ToDictionary(p => p.i, p => p.Id, StringComparer.Ordinal);

    /// <summary>One row per cluster: id, size, members, top categories, description.</summary>
    public DataFrame ToDataFrame() => new(
        new Int32DataFrameColumn("Groupe", Clusters.Select(c => c.Id)),
        new Int32DataFrameColumn("Établissements", Clusters.Select(c => c.Size)),
        new StringDataFrameColumn("Membres", Clusters.Select(c => string.Join(", ", c.InstitutionIds))),
        new StringDataFrameColumn("Catégories principales", Clusters.Select(c => string.Join(", ", c.TopCategories.Select(t => $"{t.Label} ({NeedsClustering.Percent(t.Share)})")))),
        new StringDataFrameColumn("Description", Clusters.Select(c => c.Description)));

    /// <summary>One row per k tried and its mean silhouette.</summary>
    public DataFrame SilhouetteTable() => new(
        new Int32DataFrameColumn("k", SilhouetteByK.Select(s => s.K)),
        new DoubleDataFrameColumn("Silhouette moyenne", SilhouetteByK.Select(s => s.Silhouette)));
}
