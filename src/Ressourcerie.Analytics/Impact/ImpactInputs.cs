using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Needs;

namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// The study objects an impact scenario runs on: the needs, the loans the matching found, the
/// inventories (the stock in service, for lifetime extension and replacements) and the institutions
/// (names and regions for the breakdowns).
/// </summary>
public sealed record ImpactInputs(
    IReadOnlyList<Need> Needs,
    MatchingResult Matching,
    IReadOnlyList<InventoryItem> Inventory,
    IReadOnlyList<Institution> Institutions)
{
    /// <summary>A loaded study and the loans its matching found.</summary>
    public static ImpactInputs From(Study study, MatchingResult matching) =>
        new(study.Needs, matching, study.Inventory, study.Institutions);

    /// <summary>Inputs with loans only, e.g. to try a lending scenario before inventories are read.</summary>
    public static ImpactInputs FromLoans(IReadOnlyList<Loan> loans, IReadOnlyList<Need>? needs = null) =>
        new(needs ?? [], new MatchingResult(loans, [], double.PositiveInfinity), [], []);
}
