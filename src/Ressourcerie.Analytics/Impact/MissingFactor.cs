namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// A category the scenario concerns but no factor covers: « facteur manquant ». Its units are
/// listed here and kept out of every total (its savings and its loans' transport alike), never
/// counted as zero.
/// </summary>
public sealed record MissingFactor(
    string CategoryId,
    string LabelFr,
    string Reason,
    double NeedUnits,
    double LoanUnits,
    double StockUnits,
    double ExcludedTransportVehicleKm)
{
    public string StatusLabel => "facteur manquant";
}
