namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// The often quoted « 9 000 tCO2e for a large museum = 800 French people », checked: the quote
/// implies <see cref="ImpliedTonnesPerPerson"/> (11.25 t); with the per-capita footprint used here it
/// is <see cref="RecomputedPeople"/> people.
/// </summary>
public sealed record MuseumFootprintQuote(
    double MuseumTonnesCO2e,
    double QuotedPeople,
    double ImpliedTonnesPerPerson,
    double TonnesPerPersonUsed,
    double RecomputedPeople,
    string Source);
