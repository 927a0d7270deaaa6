namespace Ressourcerie.Analytics.Interviews.Verbatims;

/// <summary>
/// A quotation ready for a report: the excerpt (redacted unless asked otherwise), where it comes
/// from and who said it, as a pseudonym; never the respondent's name.
/// </summary>
/// <param name="Profile">The respondent's profile, in French.</param>
/// <param name="InstitutionType">The type of the respondent's institution, in French, or "non renseigné".</param>
public sealed record Verbatim(
    string Code,
    string Excerpt,
    string InterviewId,
    string Profile,
    string InstitutionType,
    string Pseudonym,
    string? Coder,
    int? Start,
    int? End);
