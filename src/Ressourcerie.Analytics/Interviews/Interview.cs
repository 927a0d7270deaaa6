using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Interviews;

/// <summary>
/// One interview. <see cref="Respondent"/> is personal data: analyses and reports use the
/// stable pseudonym, never this name.
/// </summary>
public sealed record Interview(
    string Id,
    DateOnly? Date,
    RespondentProfile Profile,
    string? InstitutionId,
    string? Respondent,
    SourceLocation Source)
{
    /// <summary>Case or document variables carried by QDA projects (kept for filtering, never required).</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();
}
