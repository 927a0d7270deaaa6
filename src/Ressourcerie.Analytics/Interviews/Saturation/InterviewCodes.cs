namespace Ressourcerie.Analytics.Interviews.Saturation;

/// <summary>The distinct codes found in one interview: the input of a saturation analysis, in the order interviews were conducted.</summary>
public sealed record InterviewCodes(string InterviewId, DateOnly? Date, IReadOnlySet<string> Codes);
