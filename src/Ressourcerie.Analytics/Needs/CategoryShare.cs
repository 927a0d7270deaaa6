namespace Ressourcerie.Analytics.Needs;

/// <summary>A category's units of need in a cluster and their share of the cluster's units.</summary>
public sealed record CategoryShare(string CategoryId, string Label, long Units, double Share);
