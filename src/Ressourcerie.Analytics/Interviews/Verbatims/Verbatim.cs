namespace Ressourcerie.Analytics.Interviews.Verbatims;

/// <summary>
/// A quotation ready for a report: the excerpt (redacted unless asked otherwise), where it comes
/// from and who said it, as a pseudonym; never the respondent's name.
/// </summary>
/// <param name="Profile">The respondent's profile, in French.</param>
/// <param name="InstitutionType">The type of the respondent's institution, in French, or "non renseigné".</param>
/// <param name="Coders">Everyone who coded this passage with this code (one verbatim, however many coders).</param>
public sealed record Verbatim(
    string Code,
    string Excerpt,
    string InterviewId,
    string Profile,
    string InstitutionType,
    string Pseudonym,
    IReadOnlyList<string> Coders,
    int? Start,
    int? End);
