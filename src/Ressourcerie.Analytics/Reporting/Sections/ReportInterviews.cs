using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Pseudonymization;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// The interview analysis every interview sheet uses, configured as <c>Study.Interviews</c> is:
/// institutions for institution types, and the people named in excerpts redacted along with the
/// respondents, so that the workbook's verbatims are the ones a notebook gets from the study.
/// </summary>
internal static class ReportInterviews
{
    public static InterviewAnalysis Analyse(CodingProject codings, IReadOnlyList<Institution> institutions) =>
        new(codings, institutions, namesToRedact: PersonNameFinder.NamesCitedIn(codings));
}
