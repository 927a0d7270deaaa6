namespace Ressourcerie.Analytics.Interviews.Agreement;

/// <summary>
/// Krippendorff's alpha and what it was computed from. <see cref="Alpha"/> is
/// <see cref="double.NaN"/> when alpha is undefined (no pairable value, or no variation at all:
/// expected disagreement 0), with <see cref="Explanation"/> saying why.
/// </summary>
/// <param name="Units">Units (columns) in the data, pairable or not.</param>
/// <param name="PairableUnits">Units coded by at least two coders: the only ones alpha uses.</param>
/// <param name="PairableValues">n in Krippendorff (2011): the values in pairable units.</param>
/// <param name="ObservedDisagreement">D_o = (1/n) Σ o_ck δ²_ck.</param>
/// <param name="ExpectedDisagreement">D_e = 1/(n(n−1)) Σ n_c n_k δ²_ck.</param>
public sealed record AlphaResult(
    double Alpha,
    MeasurementLevel Level,
    int Coders,
    int Units,
    int PairableUnits,
    int PairableValues,
    double ObservedDisagreement,
    double ExpectedDisagreement,
    string? Explanation = null)
{
    public bool IsDefined => !double.IsNaN(Alpha);

    /// <summary>The value, or null when undefined (for JSON, which has no NaN).</summary>
    public double? AlphaOrNull => IsDefined ? Alpha : null;
}
