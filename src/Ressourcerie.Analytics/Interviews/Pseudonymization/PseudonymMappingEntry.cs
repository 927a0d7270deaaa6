namespace Ressourcerie.Analytics.Interviews.Pseudonymization;

/// <summary>
/// One line of the name ↔ pseudonym mapping. Personal data: only
/// <see cref="Pseudonymizer.ExportNameMapping"/> produces it, on explicit request, and no report does.
/// </summary>
/// <param name="Respondent">The name as first written, or null for an interview without a respondent's name.</param>
public sealed record PseudonymMappingEntry(string? Respondent, string Pseudonym, RespondentProfile Profile, IReadOnlyList<string> InterviewIds);
