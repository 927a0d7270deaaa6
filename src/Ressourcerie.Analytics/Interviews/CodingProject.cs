namespace Ressourcerie.Analytics.Interviews;

/// <summary>
/// What a codings reader returns, whatever the tool: the interviews, the codebook and every coded
/// segment, plus the format it was read as (for <c>interviews stats</c>).
/// </summary>
public sealed record CodingProject(
    string Format,
    IReadOnlyList<Interview> Interviews,
    Codebook Codebook,
    IReadOnlyList<CodedSegment> Segments)
{
    public IReadOnlyList<string> Coders => Segments.Select(s => s.Coder).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
