namespace Ressourcerie.Analytics.Needs;

/// <summary>The mean silhouette of the clustering with k clusters.</summary>
public sealed record SilhouetteScore(int K, double Silhouette);
