namespace Ressourcerie.Analytics.Needs;

/// <summary>The outcome of matching idle equipment to needs.</summary>
public sealed record MatchingResult(
    IReadOnlyList<Loan> Loans,
    IReadOnlyList<UnmetNeed> Unmet,
    double MaxDistanceKm)
{
    public int UnitsLent => Loans.Sum(l => l.Quantity);

    public int UnitsUnmet => Unmet.Sum(u => u.QuantityUnmet);

    public double TotalDistanceKm => Loans.Sum(l => l.DistanceKm * l.Quantity);
}
