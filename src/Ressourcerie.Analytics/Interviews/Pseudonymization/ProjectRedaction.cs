namespace Ressourcerie.Analytics.Interviews.Pseudonymization;

/// <summary>
/// A coding project fit to share outside the team: every excerpt and memo goes through the
/// redactor (respondents' names become their pseudonyms; other names, e-mails and phone numbers
/// placeholders) and interviews lose their respondent's name. A segment whose text changed no
/// longer has the length its offsets say, so its offsets are dropped: a QDA tool then shows the
/// passage on its own (the segments of one passage keep sharing it, by their identical text).
/// </summary>
public static class ProjectRedaction
{
    /// <param name="changedSegments">How many segments had their text changed (and their offsets dropped).</param>
    public static CodingProject Redact(CodingProject project, ExcerptRedactor redactor, out int changedSegments)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(redactor);
        int changed = 0;
        var segments = project.Segments.Select(segment =>
        {
            var excerpt = redactor.Redact(segment.Excerpt);
            var memo = segment.Memo is null ? null : redactor.Redact(segment.Memo);
            if (string.Equals(excerpt, segment.Excerpt, StringComparison.Ordinal))
                return memo == segment.Memo ? segment : segment with { Memo = memo };
            changed++;
            return segment with { Excerpt = excerpt, Memo = memo, Start = null, End = null };
        }).ToArray();
        changedSegments = changed;
        return project with
        {
            Interviews = project.Interviews.Select(i => i.Respondent is null ? i : i with { Respondent = null }).ToArray(),
            Segments = segments,
        };
    }
}
