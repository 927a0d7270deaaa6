namespace Ressourcerie.Analytics.Interviews.Saturation;

/// <summary>
/// One interview on the saturation curve (Guest, Bunce &amp; Johnson 2006): how many codes it
/// holds, how many were never seen before it, and the cumulative number of unique codes.
/// </summary>
/// <param name="Position">Rank in the order of interviews, from 1.</param>
/// <param name="CumulativePercent">Cumulative unique codes as a percentage of all unique codes of the project.</param>
public sealed record SaturationCurvePoint(
    int Position,
    string InterviewId,
    DateOnly? Date,
    int Codes,
    int NewCodes,
    int CumulativeUniqueCodes,
    double CumulativePercent);
