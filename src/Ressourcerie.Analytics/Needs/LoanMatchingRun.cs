namespace Ressourcerie.Analytics.Needs;

/// <summary>The matching's result, the reason of each unmet need (aligned with <see cref="MatchingResult.Unmet"/>) and how it was solved.</summary>
public sealed record LoanMatchingRun(
    MatchingResult Result,
    IReadOnlyList<UnmetReason> UnmetReasons,
    MatchingDiagnostics Diagnostics,
    MatchingOptions Options);
