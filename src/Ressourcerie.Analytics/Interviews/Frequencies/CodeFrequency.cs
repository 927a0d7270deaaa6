namespace Ressourcerie.Analytics.Interviews.Frequencies;

/// <summary>
/// How often a code was applied: segments (distinct coded passages, see
/// <see cref="CodeFrequencyAnalysis"/>) and distinct interviews, counting the code alone
/// ("propre") and with its sub-codes ("avec sous-codes"). Percentages are of all the project's
/// interviews, in percent (0–100).
/// </summary>
/// <param name="Depth">0 for a top-level code.</param>
public sealed record CodeFrequency(
    string Code,
    int Depth,
    int Segments,
    int Interviews,
    double InterviewPercent,
    int SegmentsWithSubcodes,
    int InterviewsWithSubcodes,
    double InterviewPercentWithSubcodes);
