namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// One institution's part, valued with typical factors. As a borrower it avoids purchases and
/// causes the transport of what it borrows; as a lender it makes other institutions' savings
/// possible (<see cref="EnabledAsLenderKgCO2e"/>, not added to its own amounts, so that a saving is
/// never counted twice); its stock gives the lifetime and refurbished savings.
/// </summary>
public sealed record InstitutionImpact(
    string InstitutionId,
    string Name,
    string Region,
    double UnitsBorrowed,
    double UnitsLent,
    double EnabledAsLenderKgCO2e,
    ImpactAmounts Amounts);
