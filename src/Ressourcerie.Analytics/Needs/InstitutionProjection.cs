namespace Ressourcerie.Analytics.Needs;

/// <summary>An institution on the first two principal components of the feature vectors, with its cluster.</summary>
public sealed record InstitutionProjection(string InstitutionId, int ClusterId, double X, double Y);
