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
    /// <summary>All four coefficients of a reliability matrix of presence/absence values.</summary>
    public static AgreementStatistics Of(ReliabilityData data, int brennanPredigerCategories)
    {
        var percent = Agreement.PercentAgreement.Compute(data);
        var cohen = data.CoderCount == 2
            ? Agreement.CohenKappa.Compute(data)
            : AgreementCoefficient.Undefined(percent.Units, $"Kappa de Cohen non calculé : il est défini pour deux codeurs ({data.CoderCount} comparés).");
        var brennanPrediger = Agreement.BrennanPredigerKappa.FromObservedAgreement(percent.Value / 100, brennanPredigerCategories, percent.Units);
        var alpha = Agreement.KrippendorffAlpha.Compute(data, MeasurementLevel.Nominal);
        var notes = new[] { percent.Explanation, cohen.Explanation, brennanPrediger.Explanation, alpha.Explanation }
            .OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        return new AgreementStatistics(percent.Units, percent.ValueOrNull, cohen.ValueOrNull, brennanPrediger.ValueOrNull, alpha.AlphaOrNull, notes);
    }
}
