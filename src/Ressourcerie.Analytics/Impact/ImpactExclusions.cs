namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// What the scenario left out of its totals and why, so that nothing is dropped silently: loans
/// beyond the maximum distance (their needs are bought new instead), and needs or loans dated
/// outside the horizon.
/// </summary>
public sealed record ImpactExclusions(
    int LoansBeyondMaxDistance,
    long UnitsBeyondMaxDistance,
    int NeedsOutsideHorizon,
    long NeedUnitsOutsideHorizon,
    int LoansOutsideHorizon,
    long LoanUnitsOutsideHorizon)
{
    public bool IsEmpty => LoansBeyondMaxDistance == 0 && NeedsOutsideHorizon == 0 && LoansOutsideHorizon == 0;
}
