namespace Ressourcerie.Analytics.Interviews.Agreement;

/// <summary>
/// Percent agreement, in percent (0–100): among all pairs of coders who both coded a unit, the
/// share that gave it the same value. With two coders it is the familiar share of units on which
/// they agree; with more, every pair of values in a unit counts once.
/// </summary>
public static class PercentAgreement
{
    public static AgreementCoefficient Compute(ReliabilityData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        long pairs = 0, agreeing = 0;
        int units = 0;
        for (int u = 0; u < data.UnitCount; u++)
        {
            var values = data.ValuesOf(u).ToArray();
            if (values.Length < 2) continue;
            units++;
            for (int i = 0; i < values.Length; i++)
                for (int j = i + 1; j < values.Length; j++)
                {
                    pairs++;
                    if (values[i] == values[j]) agreeing++;
                }
        }
        if (pairs == 0)
            return AgreementCoefficient.Undefined(0, "Accord non défini : aucune unité n'a été codée par au moins deux codeurs.");
        return new AgreementCoefficient(100.0 * agreeing / pairs, units);
    }
}
