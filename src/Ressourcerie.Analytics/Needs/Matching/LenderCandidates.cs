namespace Ressourcerie.Analytics.Needs.Matching;

/// <summary>
/// For each lender of a category, the needs that may borrow from it (usable slots), sorted by
/// start day: what the decomposition into sub-problems and the exchange moves scan.
/// </summary>
internal sealed class LenderCandidates
{
    private readonly (int Need, int Slot)[][] _byLender;
    private readonly CategoryState _state;

    public LenderCandidates(CategoryState state)
    {
        _state = state;
        // Needs in start order, appended lender by lender: each list comes out sorted without a sort.
        var byStart = Enumerable.Range(0, state.NeedCount).ToArray();
        Array.Sort(byStart, (a, b) => state.Start[a] != state.Start[b] ? state.Start[a].CompareTo(state.Start[b]) : a.CompareTo(b));
        var counts = new int[state.LenderCount];
        foreach (int n in byStart)
        {
            var eligible = state.Eligible[n];
            for (int j = 0; j < eligible.Length && state.Cost.IsUsable(state.Metres[n][j]); j++) counts[eligible[j]]++;
            MaxDuration = Math.Max(MaxDuration, state.BusyEnd[n] - state.Start[n]);
        }
        _byLender = new (int, int)[state.LenderCount][];
        for (int l = 0; l < counts.Length; l++) _byLender[l] = new (int, int)[counts[l]];
        Array.Clear(counts);
        foreach (int n in byStart)
        {
            var eligible = state.Eligible[n];
            for (int j = 0; j < eligible.Length && state.Cost.IsUsable(state.Metres[n][j]); j++)
                _byLender[eligible[j]][counts[eligible[j]]++] = (n, j);
        }
    }

    /// <summary>The longest busy interval, in days (bounds the scan for needs overlapping a day range).</summary>
    public int MaxDuration { get; }

    public ReadOnlySpan<(int Need, int Slot)> Of(int lender) => _byLender[lender];

    /// <summary>The candidates of <paramref name="lender"/> whose busy interval overlaps [<paramref name="start"/>, <paramref name="end"/>].</summary>
    public void Overlapping(int lender, int start, int end, List<(int Need, int Slot)> into)
    {
        var all = _byLender[lender];
        int from = LowerBound(all, start - MaxDuration);
        for (int i = from; i < all.Length && _state.Start[all[i].Need] <= end; i++)
            if (_state.BusyEnd[all[i].Need] >= start) into.Add(all[i]);
    }

    private int LowerBound((int Need, int Slot)[] all, int day)
    {
        int lo = 0, hi = all.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_state.Start[all[mid].Need] < day) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
