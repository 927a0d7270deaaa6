namespace Ressourcerie.Analytics.Impact;

/// <summary>How much a factor can be trusted, as the factor file says (its <c>status</c> column).</summary>
public enum FactorStatus
{
    /// <summary>Every value comes from a published source.</summary>
    Sourced,

    /// <summary>Computed from sourced values by a stated assumption (e.g. scaled by screen area): an estimate.</summary>
    Derived,

    /// <summary>A sourced factor for a neighbouring device used in place of the missing one: an estimate.</summary>
    Proxy,

    /// <summary>Given by the scenario (an override), with the scenario's source text.</summary>
    Scenario,

    /// <summary>No factor was found: the category is flagged « facteur manquant » and kept out of totals.</summary>
    Missing,
}

public static class FactorStatusLabels
{
    public static string French(this FactorStatus status) => status switch
    {
        FactorStatus.Sourced => "sourcé",
        FactorStatus.Derived => "estimation (dérivé)",
        FactorStatus.Proxy => "estimation (substitut)",
        FactorStatus.Scenario => "valeur du scénario",
        _ => "facteur manquant",
    };

    /// <summary>Derived and proxy values are shown as estimates in reports.</summary>
    public static bool IsEstimate(this FactorStatus status) => status is FactorStatus.Derived or FactorStatus.Proxy;
}
