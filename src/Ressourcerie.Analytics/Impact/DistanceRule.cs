namespace Ressourcerie.Analytics.Impact;

/// <summary>How a loan's distance turns into vehicle-km.</summary>
public enum DistanceRule
{
    /// <summary>The van goes to the borrower and comes back (2 × distance): the usual case of a dedicated delivery.</summary>
    RoundTrip,

    /// <summary>Only the way out is counted (1 × distance): the van was going there anyway, e.g. a shared round.</summary>
    OneWay,
}
