namespace Ressourcerie.Analytics.Needs.Matching;

/// <summary>
/// Exact solution of a sub-problem whose needs all overlap in time. Intervals that pairwise
/// overlap share a common day (Helly property of intervals), so each lender's constraint reduces
/// to "units lent ≤ idle units" and the problem is a transportation problem: a minimum-cost flow
/// source → lender (capacity: idle units) → need (cost: metres per unit) → sink (capacity: quantity,
/// cost: minus the value of a met unit). Integral, optimal, polynomial.
/// </summary>
internal static class TransportationSolver
{
    public static bool AllOverlap(CategoryState state, IReadOnlyList<int> needs)
    {
        int latestStart = int.MinValue, earliestEnd = int.MaxValue;
        foreach (int n in needs)
        {
            latestStart = Math.Max(latestStart, state.Start[n]);
            earliestEnd = Math.Min(earliestEnd, state.BusyEnd[n]);
        }
        return latestStart <= earliestEnd;
    }

    /// <summary>Arcs × units: the work the successive shortest paths would do.</summary>
    public static long Work(CategoryState state, IReadOnlyList<int> needs)
    {
        long arcs = 0, units = 0;
        foreach (int n in needs)
        {
            arcs += state.Eligible[n].Length + 1;
            units += state.Quantity[n];
        }
        return arcs * units;
    }

    public static void Solve(CategoryState state, IReadOnlyList<int> needs)
    {
        foreach (int n in needs)
            for (int j = 0; j < state.Alloc[n].Length; j++)
                state.Unassign(n, j, state.Alloc[n][j]);

        var lenderNode = new Dictionary<int, int>();
        foreach (int n in needs)
            foreach (int lender in state.Eligible[n])
                lenderNode.TryAdd(lender, 0);
        var lenders = lenderNode.Keys.Order().ToArray();
        for (int i = 0; i < lenders.Length; i++) lenderNode[lenders[i]] = 2 + i;

        int source = 0, sink = 1, firstNeed = 2 + lenders.Length;
        var flow = new MinCostFlow(firstNeed + needs.Count);
        foreach (int lender in lenders) flow.AddArc(source, lenderNode[lender], state.Capacity[lender], 0);
        var arcs = new int[needs.Count][];
        for (int i = 0; i < needs.Count; i++)
        {
            int n = needs[i];
            var eligible = state.Eligible[n];
            arcs[i] = new int[eligible.Length];
            for (int j = 0; j < eligible.Length; j++)
                arcs[i][j] = state.Cost.IsUsable(state.Metres[n][j])
                    ? flow.AddArc(lenderNode[eligible[j]], firstNeed + i, state.Quantity[n], state.Metres[n][j])
                    : -1;
            flow.AddArc(firstNeed + i, sink, state.Quantity[n], -state.Cost.UnmetMetres);
        }
        flow.Solve(source, sink);

        for (int i = 0; i < needs.Count; i++)
            for (int j = 0; j < arcs[i].Length; j++)
                if (arcs[i][j] >= 0) state.Assign(needs[i], j, flow.Flow(arcs[i][j]));
        state.Commit();
    }
}
