namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// One category's part of a scenario over the horizon: the units each lever concerns and the
/// emissions they avoid, valued with the category's typical factors. The stock's annualised
/// footprint (embodied ÷ lifetime, and electricity × grid) is given for scale: in France the
/// use phase weighs little next to manufacture.
/// </summary>
/// <param name="NeedUnits">Units needed over the horizon (the baseline buys them all new).</param>
/// <param name="AvoidedUnits">Units lent instead of bought (loan share applied).</param>
/// <param name="PurchaseUnits">Needed units still bought.</param>
/// <param name="StockUnits">Units in service (statut « en service » or « prêté »).</param>
/// <param name="ReplacementUnits">End-of-life replacements of the stock over the horizon, at the extended lifetime.</param>
/// <param name="TransportVehicleKm">Vehicle-km of the loans, shared by the items a trip carries.</param>
public sealed record CategoryImpact(
    string CategoryId,
    string LabelFr,
    FactorStatus Status,
    double EmbodiedKgCO2ePerUnit,
    double LifetimeYears,
    double ExtendedLifetimeYears,
    double NeedUnits,
    double AvoidedUnits,
    double PurchaseUnits,
    double StockUnits,
    double ReplacementUnits,
    double TransportVehicleKm,
    double StockAnnualEmbodiedKgCO2e,
    double StockAnnualUseKgCO2e,
    ImpactAmounts Amounts)
{
    public bool IsEstimate => Status.IsEstimate();
}
