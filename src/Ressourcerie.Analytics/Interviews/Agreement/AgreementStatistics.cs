namespace Ressourcerie.Analytics.Interviews.Agreement;

/// <summary>
/// The agreement coefficients over a set of units, ready to serialise: a coefficient that is
/// undefined for the data is null, and <see cref="Notes"/> says why (in French).
/// </summary>
/// <param name="Units">Units coded by at least two coders.</param>
/// <param name="PercentAgreement">In percent (0–100).</param>
/// <param name="CohenKappa">Only with exactly two coders.</param>
/// <param name="BrennanPredigerKappa">Chance agreement 1/q; q is given by the unit level.</param>
/// <param name="KrippendorffAlpha">Nominal alpha of the presence (1) / absence (0) values.</param>
public sealed record AgreementStatistics(
    int Units,
    double? PercentAgreement,
    double? CohenKappa,
    double? BrennanPredigerKappa,
    double? KrippendorffAlpha,
    IReadOnlyList<string> Notes)
{
    /// <summary>All four coefficients of a reliability matrix of presence (1) / absence (0) values.</summary>
    /// <param name="jointAbsences">
    /// False when the units exist only where some coder coded (segment level): with no unit that
    /// every coder left uncoded, Cohen's kappa and alpha are at most 0 whatever the agreement, so
    /// they are not reported (null, with a note), as MAXQDA reports only Brennan &amp; Prediger's kappa there.
    /// </param>
    public static AgreementStatistics Of(ReliabilityData data, int brennanPredigerCategories, bool jointAbsences = true)
    {
        var percent = Agreement.PercentAgreement.Compute(data);
        var brennanPrediger = Agreement.BrennanPredigerKappa.FromObservedAgreement(percent.Value / 100, brennanPredigerCategories, percent.Units);
        AgreementCoefficient cohen;
        AlphaResult? alpha = null;
        string? withoutJointAbsences = null;
        if (!jointAbsences)
        {
            withoutJointAbsences = "Kappa de Cohen et alpha de Krippendorff non calculés au niveau des segments : aucune unité n'y est laissée " +
                                   "sans code par tous les codeurs, ce qui les rend négatifs ou nuls par construction ; lisez l'accord en % " +
                                   "et le kappa de Brennan et Prediger (comme MAXQDA).";
            cohen = AgreementCoefficient.Undefined(percent.Units, withoutJointAbsences);
        }
        else
        {
            cohen = data.CoderCount == 2
                ? Agreement.CohenKappa.Compute(data)
                : AgreementCoefficient.Undefined(percent.Units, $"Kappa de Cohen non calculé : il est défini pour deux codeurs ({data.CoderCount} comparés).");
            alpha = Agreement.KrippendorffAlpha.Compute(data, MeasurementLevel.Nominal);
        }
        var notes = new[] { percent.Explanation, cohen.Explanation, brennanPrediger.Explanation, alpha?.Explanation }
            .OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        return new AgreementStatistics(percent.Units, percent.ValueOrNull, cohen.ValueOrNull, brennanPrediger.ValueOrNull, alpha?.AlphaOrNull, notes);
    }
}
