namespace Ressourcerie.Analytics.Needs.Matching;

/// <summary>
/// Exact search for a small sub-problem: needs taken in order, each need's units spread over its
/// eligible lenders (nearest first, most units first) or left unmet, pruned by a bound that
/// prices every remaining unit at its nearest usable lender (or the unmet cost when cheaper). It
/// starts from the current allocation (the heuristic's) as incumbent, so it only ever improves it;
/// when the node budget runs out it keeps the best allocation found and reports it unproven.
/// </summary>
internal sealed class BranchAndBound
{
    private readonly CategoryState _state;
    private readonly int[] _needs;
    private readonly long[] _remainingBound;
    private readonly long _budget;
    private long _nodes;
    private long _best;
    private int[][] _bestAlloc;

    public BranchAndBound(CategoryState state, IReadOnlyList<int> needs, long nodeBudget)
    {
        _state = state;
        _needs = needs.ToArray();
        _budget = nodeBudget;
        _remainingBound = new long[_needs.Length + 1];
        for (int i = _needs.Length - 1; i >= 0; i--)
            _remainingBound[i] = _remainingBound[i + 1] + state.Quantity[_needs[i]] * CheapestUnit(_needs[i], 0);
        _bestAlloc = Snapshot();
    }

    /// <summary>Runs the search; returns true when the allocation left in the state is proven optimal.</summary>
    public bool Solve()
    {
        _best = ScalarCost();
        // The heuristic already meets the bound (every unit at its nearest usable lender): nothing to search.
        if (_best <= _remainingBound[0]) return true;
        foreach (int n in _needs)
            for (int j = 0; j < _state.Alloc[n].Length; j++)
                _state.Unassign(n, j, _state.Alloc[n][j]);

        Need(0, 0);
        bool proven = _nodes <= _budget;

        foreach (int n in _needs)
            for (int j = 0; j < _state.Alloc[n].Length; j++)
                _state.Unassign(n, j, _state.Alloc[n][j]);
        for (int i = 0; i < _needs.Length; i++)
            for (int j = 0; j < _bestAlloc[i].Length; j++)
                _state.Assign(_needs[i], j, _bestAlloc[i][j]);
        _state.Commit();
        return proven;
    }

    private void Need(int i, long cost)
    {
        if (++_nodes > _budget) return;
        _state.ForgetLog();
        if (i == _needs.Length)
        {
            if (cost < _best)
            {
                _best = cost;
                _bestAlloc = Snapshot();
            }
            return;
        }
        if (cost + _remainingBound[i] >= _best) return;
        Spread(i, 0, _state.Quantity[_needs[i]], cost);
    }

    private void Spread(int i, int slot, int remaining, long cost)
    {
        int n = _needs[i];
        var eligible = _state.Eligible[n];
        if (remaining == 0 || slot == eligible.Length || !_state.Cost.IsUsable(_state.Metres[n][slot]))
        {
            Need(i + 1, cost + remaining * _state.Cost.UnmetMetres);
            return;
        }
        if (cost + remaining * CheapestUnit(n, slot) + _remainingBound[i + 1] >= _best) return;
        int take = Math.Min(remaining, _state.Free(eligible[slot], n));
        for (; take >= 0 && _nodes <= _budget; take--)
        {
            if (take > 0) _state.Assign(n, slot, take);
            Spread(i, slot + 1, remaining - take, cost + take * _state.Metres[n][slot]);
            if (take > 0) _state.Unassign(n, slot, take);
        }
    }

    /// <summary>The least a unit of need <paramref name="n"/> can cost using slots from <paramref name="fromSlot"/> on.</summary>
    private long CheapestUnit(int n, int fromSlot)
    {
        long unmet = _state.Cost.UnmetMetres;
        return fromSlot < _state.Eligible[n].Length ? Math.Min(_state.Metres[n][fromSlot], unmet) : unmet;
    }

    private long ScalarCost()
    {
        long cost = 0;
        foreach (int n in _needs)
        {
            cost += _state.Unmet(n) * _state.Cost.UnmetMetres;
            for (int j = 0; j < _state.Alloc[n].Length; j++) cost += _state.Alloc[n][j] * _state.Metres[n][j];
        }
        return cost;
    }

    private int[][] Snapshot() => _needs.Select(n => (int[])_state.Alloc[n].Clone()).ToArray();
}
