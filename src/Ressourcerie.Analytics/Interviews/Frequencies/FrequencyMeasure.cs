namespace Ressourcerie.Analytics.Interviews.Frequencies;

/// <summary>The value a code × group matrix shows.</summary>
public enum FrequencyMeasure
{
    /// <summary>Number of coded segments (distinct passages).</summary>
    Segments,

    /// <summary>Number of distinct interviews where the code appears.</summary>
    Interviews,

    /// <summary>Share of the group's interviews where the code appears, in percent.</summary>
    InterviewPercent,
}
