namespace Ressourcerie.Analytics.Needs;

/// <summary>
/// How the matching was solved. The problem splits into independent sub-problems (a category, and
/// within it the needs linked by a shared lender and overlapping periods); each is solved exactly
/// when it can be (<see cref="ExactSubProblems"/>), otherwise by greedy assignment and local search.
/// <see cref="IdleUnitsNotLendable"/> counts idle units whose institution is unknown or has no coordinates.
/// </summary>
public sealed record MatchingDiagnostics(
    int Categories,
    int SubProblems,
    int ExactSubProblems,
    int HeuristicSubProblems,
    long IdleUnits,
    long IdleUnitsNotLendable,
    long NeedUnits)
{
    /// <summary>True when every sub-problem was solved to proven optimality, hence the whole matching is optimal.</summary>
    public bool IsProvenOptimal => HeuristicSubProblems == 0;
}
