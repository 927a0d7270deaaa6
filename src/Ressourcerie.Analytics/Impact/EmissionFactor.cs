namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// One sourced quantity of the impact model (a device's embodied footprint, the grid's carbon
/// intensity, a van's emissions per km, a refurbished purchase's saving rate…): its range, its
/// status and the source of each value, so that every number of a result can be traced.
/// </summary>
/// <param name="Id">Stable key, e.g. <c>display</c>, <c>electricity_fr</c>, <c>refurbished_saving_computer</c>.</param>
/// <param name="OverrideSource">The scenario's source text when a scenario replaced a value; null otherwise.</param>
/// <param name="ReplacedSource">The library's source of the values a scenario replaced.</param>
public sealed record EmissionFactor(
    string Id,
    string LabelFr,
    string Unit,
    FactorRange Range,
    FactorStatus Status,
    string LowSource,
    string TypicalSource,
    string HighSource,
    string? Note = null,
    string? OverrideSource = null,
    string? ReplacedSource = null)
{
    public bool IsOverridden => OverrideSource is not null;

    public bool IsMissing => Status == FactorStatus.Missing;

    /// <summary>Every value's source in one text (one source when they agree).</summary>
    public string Source
    {
        get
        {
            if (OverrideSource is not null) return OverrideSource;
            if (Range.IsFixed || (LowSource == TypicalSource && TypicalSource == HighSource) || (LowSource.Length == 0 && HighSource.Length == 0))
                return TypicalSource.Length > 0 ? TypicalSource : LowSource;
            return $"basse : {LowSource} | typique : {TypicalSource} | haute : {HighSource}";
        }
    }
}
