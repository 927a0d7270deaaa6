namespace Ressourcerie.Analytics.Impact;

/// <summary>An amount of emissions told as the annual carbon footprint of so many French people.</summary>
public sealed record PeopleEquivalent(double TonnesCO2e, double People, double TonnesPerPersonPerYear, string Source);
