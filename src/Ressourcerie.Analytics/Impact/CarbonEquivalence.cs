namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// Equivalences that make tonnes speak, each with the figure used and its source: the French
/// per-capita footprint (9.4 tCO2e per person per year, SDES/Insee, 5 November 2024, for 2023) from
/// the factor library.
/// </summary>
public static class CarbonEquivalence
{
    /// <summary>The « large museum » quote: 9,000 tCO2e said to equal 800 French people.</summary>
    public const double QuotedMuseumTonnesCO2e = 9000;

    public const double QuotedMuseumPeople = 800;

    /// <summary>How many French people's annual footprint <paramref name="tonnesCO2e"/> represents.</summary>
    public static PeopleEquivalent FrenchPeople(double tonnesCO2e, FactorLibrary? factors = null)
    {
        var perCapita = (factors ?? FactorLibrary.Default).PerCapita;
        double perPerson = perCapita.Range.Typical;
        return new PeopleEquivalent(tonnesCO2e, tonnesCO2e / perPerson, perPerson, perCapita.Source);
    }

    /// <summary>The museum quote recomputed with the per-capita footprint of the library (≈ 957 people with 9.4 t).</summary>
    public static MuseumFootprintQuote LargeMuseumQuote(FactorLibrary? factors = null)
    {
        var people = FrenchPeople(QuotedMuseumTonnesCO2e, factors);
        return new MuseumFootprintQuote(QuotedMuseumTonnesCO2e, QuotedMuseumPeople, QuotedMuseumTonnesCO2e / QuotedMuseumPeople,
            people.TonnesPerPersonPerYear, people.People,
            $"citation courante « 9 000 tCO2e pour un grand musée = 800 Français » (elle suppose 11,25 t par personne) ; recalcul avec {people.TonnesPerPersonPerYear.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))} t : {people.Source}");
    }
}
