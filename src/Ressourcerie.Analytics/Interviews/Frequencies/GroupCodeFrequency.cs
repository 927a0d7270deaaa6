namespace Ressourcerie.Analytics.Interviews.Frequencies;

/// <summary>
/// How often a code was applied within a group of interviews (a profile, an institution type):
/// counts as in <see cref="CodeFrequency"/>, percentages of the group's own interviews.
/// </summary>
/// <param name="GroupInterviews">Interviews in the group, coded or not.</param>
public sealed record GroupCodeFrequency(
    string Code,
    string Group,
    int GroupInterviews,
    int Segments,
    int Interviews,
    double InterviewPercent,
    int SegmentsWithSubcodes,
    int InterviewsWithSubcodes,
    double InterviewPercentWithSubcodes)
{
    public double Value(FrequencyMeasure measure, CodeCounting counting) => (measure, counting) switch
    {
        (FrequencyMeasure.Segments, CodeCounting.Own) => Segments,
        (FrequencyMeasure.Segments, _) => SegmentsWithSubcodes,
        (FrequencyMeasure.Interviews, CodeCounting.Own) => Interviews,
        (FrequencyMeasure.Interviews, _) => InterviewsWithSubcodes,
        (_, CodeCounting.Own) => InterviewPercent,
        _ => InterviewPercentWithSubcodes,
    };
}
