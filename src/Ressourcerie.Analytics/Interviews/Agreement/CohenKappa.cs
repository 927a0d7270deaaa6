namespace Ressourcerie.Analytics.Interviews.Agreement;

/// <summary>
/// Cohen's kappa for two coders (Cohen 1960, "A coefficient of agreement for nominal scales"):
/// κ = (p_o − p_e) / (1 − p_e), p_e from each coder's own category frequencies, over the units
/// both coders coded.
/// </summary>
public static class CohenKappa
{
    /// <summary>Kappa between two coders of the data (by default the first two).</summary>
    public static AgreementCoefficient Compute(ReliabilityData data, int coderA = 0, int coderB = 1)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.CoderCount < 2)
            return AgreementCoefficient.Undefined(0, "Kappa de Cohen non défini : il faut deux codeurs.");
        var a = new double?[data.UnitCount];
        var b = new double?[data.UnitCount];
        for (int u = 0; u < data.UnitCount; u++)
        {
            a[u] = data[coderA, u];
            b[u] = data[coderB, u];
        }
        return Compute(a, b);
    }

    /// <summary>Kappa between two aligned sequences of categories; units missing for either coder are left out.</summary>
    public static AgreementCoefficient Compute(IReadOnlyList<double?> coderA, IReadOnlyList<double?> coderB)
    {
        if (coderA.Count != coderB.Count)
            throw new ArgumentException($"Les deux codeurs doivent avoir autant d'unités ({coderA.Count} et {coderB.Count}).");

        var countsA = new Dictionary<double, long>();
        var countsB = new Dictionary<double, long>();
        long units = 0, agreements = 0;
        for (int u = 0; u < coderA.Count; u++)
        {
            if (coderA[u] is not { } x || coderB[u] is not { } y) continue;
            units++;
            if (x == y) agreements++;
            countsA[x] = countsA.GetValueOrDefault(x) + 1;
            countsB[y] = countsB.GetValueOrDefault(y) + 1;
        }
        if (units == 0)
            return AgreementCoefficient.Undefined(0, "Kappa de Cohen non défini : aucune unité n'a été codée par les deux codeurs.");

        // In counts rather than proportions, so that the undefined case (p_e = 1) is detected exactly:
        // κ = (N·a − Σ n_Ak n_Bk) / (N² − Σ n_Ak n_Bk).
        long chance = countsA.Sum(p => p.Value * countsB.GetValueOrDefault(p.Key));
        long denominator = units * units - chance;
        if (denominator == 0)
            return AgreementCoefficient.Undefined((int)units,
                "Kappa de Cohen non défini : les deux codeurs ont attribué une seule et même catégorie à toutes les unités (accord attendu par hasard = 1).");
        return new AgreementCoefficient((double)(units * agreements - chance) / denominator, (int)units);
    }
}
