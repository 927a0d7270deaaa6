using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Needs;

/// <summary>The rules of the loan matching (see <see cref="LoanMatcher"/>).</summary>
public sealed record MatchingOptions
{
    public static MatchingOptions Default { get; } = new();

    /// <summary>Loans farther than this (haversine, between the institutions' coordinates) are not made. Default 300 km, a day's return trip by van.</summary>
    public double MaxDistanceKm { get; init; } = 300;

    /// <summary>
    /// Free days an item needs between two loans (transport, checks). An item that served a need
    /// ending on day E can serve a need starting on day E + <see cref="TransportBufferDays"/> + 1.
    /// </summary>
    public int TransportBufferDays { get; init; } = 2;

    public MatchingObjective Objective { get; init; } = MatchingObjective.MaximiseNeedsMet;

    /// <summary>For <see cref="MatchingObjective.MinimiseDistance"/>: the km one unmet unit costs; by default <see cref="MaxDistanceKm"/>.</summary>
    public double? UnmetPenaltyKm { get; init; }

    /// <summary>Which inventory lines are idle, hence lendable.</summary>
    public IdleStockOptions Idle { get; init; } = IdleStockOptions.Default;

    /// <summary>Independent sub-problems with at most this many needs are solved exactly by branch and bound.</summary>
    public int ExactSearchMaxNeeds { get; init; } = 12;

    /// <summary>
    /// Nodes the branch and bound may explore per sub-problem before it keeps the best solution found
    /// so far (unproven). On a national data set (1,500 institutions, 10,600 needs, 100 km), 500,000
    /// nodes took fourteen times as long as 20,000 and found the same total distance.
    /// </summary>
    public long ExactSearchNodeBudget { get; init; } = 20_000;

    /// <summary>
    /// Work allowed to the exact transportation solver (arcs × units of need) on a sub-problem whose
    /// needs all overlap in time; beyond it, the local search is used.
    /// </summary>
    public long TransportationWorkBudget { get; init; } = 50_000_000;

    /// <summary>Passes of local improvement after the greedy assignment (each pass stops early when nothing improves).</summary>
    public int LocalSearchPasses { get; init; } = 10;

    /// <summary>The nearest usable lenders of a need that the improving moves consider (all of them are used by the greedy pass and the exact methods).</summary>
    public int LocalSearchNeighbours { get; init; } = 8;

    internal double PenaltyKm => UnmetPenaltyKm ?? MaxDistanceKm;

    internal void Validate()
    {
        if (!(MaxDistanceKm > 0)) throw new ArgumentOutOfRangeException(nameof(MaxDistanceKm), MaxDistanceKm, "La distance maximale doit être positive.");
        if (TransportBufferDays < 0) throw new ArgumentOutOfRangeException(nameof(TransportBufferDays), TransportBufferDays, "Le délai de transport ne peut pas être négatif.");
        if (UnmetPenaltyKm is { } p && !(p > 0)) throw new ArgumentOutOfRangeException(nameof(UnmetPenaltyKm), p, "La pénalité d'un besoin non couvert doit être positive.");
        if (ExactSearchMaxNeeds < 0 || ExactSearchNodeBudget < 0 || TransportationWorkBudget < 0 || LocalSearchPasses < 0 || LocalSearchNeighbours < 0)
            throw new ArgumentOutOfRangeException(nameof(ExactSearchMaxNeeds), "Les budgets de calcul ne peuvent pas être négatifs.");
    }
}
