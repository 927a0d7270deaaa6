namespace Ressourcerie.Analytics.Impact;

/// <summary>One category's avoided emissions (before transport) across the Monte Carlo draws.</summary>
public sealed record CategoryDistribution(string CategoryId, string LabelFr, DistributionSummary Avoided);
