namespace Ressourcerie.Analytics.Needs;

/// <summary>
/// A group of institutions with similar needs: its members (ids, sorted), the categories that weigh
/// most in their needs, and a French description for reports.
/// </summary>
public sealed record NeedCluster(int Id, IReadOnlyList<string> InstitutionIds, IReadOnlyList<CategoryShare> TopCategories, string Description)
{
    public int Size => InstitutionIds.Count;
}

/// <summary>A category's units of need in a cluster and their share of the cluster's units.</summary>
public sealed record CategoryShare(string CategoryId, string Label, long Units, double Share);

/// <summary>The mean silhouette of the clustering with k clusters.</summary>
public sealed record SilhouetteScore(int K, double Silhouette);

/// <summary>An institution on the first two principal components of the feature vectors, with its cluster.</summary>
public sealed record InstitutionProjection(string InstitutionId, int ClusterId, double X, double Y);
