namespace Ressourcerie.Analytics.Needs;

/// <summary>
/// Idle equipment of one institution lent to meet (part of) another institution's need: what the
/// matching produces and what the impact scenarios count as avoided purchases.
/// </summary>
public sealed record Loan(
    string LenderInstitutionId,
    string BorrowerInstitutionId,
    string CategoryId,
    int Quantity,
    double DistanceKm,
    DateOnly Start,
    DateOnly End,
    string? Project);
