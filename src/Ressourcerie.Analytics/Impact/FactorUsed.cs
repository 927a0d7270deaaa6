namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// One line of the « Hypothèses et sources » sheet: a value a result used, its range, its status and
/// its source, and whether the scenario replaced the library's value (with the source it replaced).
/// </summary>
public sealed record FactorUsed(
    string FactorId,
    string? CategoryId,
    string LabelFr,
    string Unit,
    double ValueUsed,
    double Low,
    double High,
    FactorStatus Status,
    string Source,
    bool Overridden,
    string? ReplacedSource,
    string? Mapping,
    string? Note)
{
    public static FactorUsed From(EmissionFactor factor, string? categoryId = null, string? mapping = null) => new(
        factor.Id, categoryId, factor.LabelFr, factor.Unit, factor.Range.Typical, factor.Range.Low, factor.Range.High,
        factor.Status, factor.Source, factor.IsOverridden, factor.ReplacedSource, mapping, factor.Note);

    public bool IsEstimate => Status.IsEstimate();
}
