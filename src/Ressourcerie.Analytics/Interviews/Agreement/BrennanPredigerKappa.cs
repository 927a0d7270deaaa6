namespace Ressourcerie.Analytics.Interviews.Agreement;

/// <summary>
/// Brennan &amp; Prediger's kappa (1981, "Coefficient kappa: some uses, misuses, and alternatives"),
/// the one MAXQDA reports: chance agreement is 1/q for q categories, whatever the coders'
/// frequencies, so κ_n = (p_o − 1/q) / (1 − 1/q). It stays defined when every unit falls in one
/// category, where Cohen's kappa is not.
/// </summary>
public static class BrennanPredigerKappa
{
    /// <param name="observedAgreement">p_o, a proportion in [0, 1].</param>
    /// <param name="categories">q, the number of categories coders could choose from (≥ 2).</param>
    /// <param name="units">The units p_o rests on, carried into the result.</param>
    public static AgreementCoefficient FromObservedAgreement(double observedAgreement, int categories, int units)
    {
        if (double.IsNaN(observedAgreement))
            return AgreementCoefficient.Undefined(units, "Kappa de Brennan et Prediger non défini : aucun accord observé calculable.");
        if (observedAgreement is < 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(observedAgreement), observedAgreement, "L'accord observé est une proportion entre 0 et 1.");
        if (categories < 2)
            return AgreementCoefficient.Undefined(units, $"Kappa de Brennan et Prediger non défini : il faut au moins deux catégories possibles (q = {categories}).");
        double chance = 1.0 / categories;
        return new AgreementCoefficient((observedAgreement - chance) / (1 - chance), units);
    }

    /// <summary>
    /// From reliability data: p_o is the pairwise percent agreement of <see cref="PercentAgreement"/>;
    /// q is <paramref name="categories"/> when given, else the number of distinct values observed.
    /// </summary>
    public static AgreementCoefficient Compute(ReliabilityData data, int? categories = null)
    {
        var agreement = PercentAgreement.Compute(data);
        int q = categories ?? Enumerable.Range(0, data.UnitCount).SelectMany(data.ValuesOf).Distinct().Count();
        return FromObservedAgreement(agreement.Value / 100, q, agreement.Units);
    }
}
