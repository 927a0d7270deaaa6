namespace Ressourcerie.Analytics.Needs;

/// <summary>Parameters of <see cref="NeedsClustering"/>.</summary>
public sealed record NeedsClusteringOptions
{
    public const int DefaultSeed = 42;

    public static NeedsClusteringOptions Default { get; } = new();

    /// <summary>The number of clusters, or null to choose it by the mean silhouette over 2 … <see cref="MaxK"/>.</summary>
    public int? K { get; init; }

    /// <summary>Largest k tried when <see cref="K"/> is null (also bounded by the number of institutions − 1).</summary>
    public int MaxK { get; init; } = 12;

    /// <summary>Seed of the k-means initialisations (k-means++): same data and seed, same clusters.</summary>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>k-means runs per k (seeds <see cref="Seed"/>, <see cref="Seed"/> + 1…); the one of least inertia is kept.</summary>
    public int Restarts { get; init; } = 3;

    public NeedFeatureGrouping Grouping { get; init; } = NeedFeatureGrouping.Family;

    /// <summary>Weight of the needs block (shares of units by family or category).</summary>
    public double NeedsWeight { get; init; } = 1.0;

    /// <summary>Weight of the seasonality block (shares of unit-days per calendar quarter).</summary>
    public double SeasonWeight { get; init; } = 0.5;

    /// <summary>Weight of the size block (log staff and log exhibitions a year, scaled to 0–1).</summary>
    public double SizeWeight { get; init; } = 0.5;

    /// <summary>Weight of the institution type block (one-hot).</summary>
    public double TypeWeight { get; init; } = 0.5;

    /// <summary>Categories listed per cluster.</summary>
    public int TopCategories { get; init; } = 3;
}
