namespace Ressourcerie.Analytics.Needs.Matching;

/// <summary>
/// The matching of one category: lenders with their idle units, needs with their busy interval
/// (start to end + transport buffer, in day numbers) and their eligible lenders sorted by distance,
/// and the current allocation. An allocation is feasible when, for each lender, the number of its
/// units lent at any day is at most its idle units: busy intervals form an interval graph, whose
/// chromatic number is its clique number, so this depth condition is exactly "the loans can be
/// spread over the lender's units". Changes are logged so that a tentative move can be rolled back.
/// </summary>
internal sealed class CategoryState
{
    private readonly List<Entry>[] _atLender;
    private readonly List<(int Need, int Slot, int Units)> _log = [];
    private long[] _events = new long[64];

    public CategoryState(int[] capacity, int[] start, int[] busyEnd, int[] quantity, int[][] eligible, long[][] metres, CostModel cost)
    {
        Capacity = capacity;
        Start = start;
        BusyEnd = busyEnd;
        Quantity = quantity;
        Eligible = eligible;
        Metres = metres;
        Cost = cost;
        Alloc = new int[start.Length][];
        for (int n = 0; n < Alloc.Length; n++) Alloc[n] = new int[eligible[n].Length];
        Served = new int[start.Length];
        LenderChangedAt = new long[capacity.Length];
        _atLender = new List<Entry>[capacity.Length];
        for (int l = 0; l < capacity.Length; l++) _atLender[l] = [];
    }

    public int[] Capacity { get; }
    public int[] Start { get; }
    public int[] BusyEnd { get; }
    public int[] Quantity { get; }
    public int[][] Eligible { get; }
    public long[][] Metres { get; }
    public int[][] Alloc { get; }
    public int[] Served { get; }
    public CostModel Cost { get; }

    public int NeedCount => Start.Length;
    public int LenderCount => Capacity.Length;

    /// <summary>Units served, summed over all needs (maintained incrementally).</summary>
    public long TotalServed { get; private set; }

    /// <summary>Metres × units of the current loans (maintained incrementally).</summary>
    public long TotalMetres { get; private set; }

    public int Unmet(int need) => Quantity[need] - Served[need];

    public bool Overlaps(int a, int b) => Start[a] <= BusyEnd[b] && Start[b] <= BusyEnd[a];

    public IReadOnlyList<Entry> LoansOf(int lender) => _atLender[lender];

    /// <summary>Units of <paramref name="lender"/> free during the whole busy interval of <paramref name="need"/>.</summary>
    public int Free(int lender, int need)
    {
        var entries = _atLender[lender];
        int s = Start[need], e = BusyEnd[need];
        int overlapping = 0, sum = 0;
        foreach (var entry in entries)
        {
            int m = entry.Need;
            if (Start[m] > e || BusyEnd[m] < s) continue;
            overlapping++;
            sum += Alloc[m][entry.Slot];
        }
        int capacity = Capacity[lender];
        if (sum == 0 || overlapping == 1) return capacity - sum;

        // Peak load over [s, e]: sweep the clipped intervals (ends are exclusive at end + 1, so a
        // release sorts before an acquisition on the same day).
        if (_events.Length < overlapping * 2) _events = new long[overlapping * 4];
        int k = 0;
        foreach (var entry in entries)
        {
            int m = entry.Need;
            if (Start[m] > e || BusyEnd[m] < s) continue;
            int units = Alloc[m][entry.Slot];
            _events[k++] = Encode(Math.Max(Start[m], s), acquire: true, units);
            _events[k++] = Encode(Math.Min(BusyEnd[m], e) + 1, acquire: false, units);
        }
        var span = _events.AsSpan(0, k);
        span.Sort();
        int load = 0, peak = 0;
        foreach (long ev in span)
        {
            int units = (int)(ev & 0xFFFFFFFF);
            if (((ev >> 32) & 1) == 1) { load += units; if (load > peak) peak = load; }
            else load -= units;
        }
        return capacity - peak;
    }

    private static long Encode(int day, bool acquire, int units) =>
        ((long)day << 33) | ((acquire ? 1L : 0L) << 32) | (uint)units;

    public void Assign(int need, int slot, int units)
    {
        if (units == 0) return;
        Apply(need, slot, units);
        _log.Add((need, slot, units));
    }

    public void Unassign(int need, int slot, int units) => Assign(need, slot, -units);

    private void Apply(int need, int slot, int units)
    {
        int before = Alloc[need][slot];
        Alloc[need][slot] = before + units;
        Served[need] += units;
        TotalServed += units;
        TotalMetres += units * Metres[need][slot];
        var list = _atLender[Eligible[need][slot]];
        if (before == 0) list.Add(new Entry(need, slot));
        else if (before + units == 0) list.Remove(new Entry(need, slot));
    }

    /// <summary>A point to come back to with <see cref="Rollback"/>.</summary>
    public int Checkpoint() => _log.Count;

    public void Rollback(int checkpoint)
    {
        for (int i = _log.Count - 1; i >= checkpoint; i--)
        {
            var (need, slot, units) = _log[i];
            Apply(need, slot, -units);
        }
        _log.RemoveRange(checkpoint, _log.Count - checkpoint);
    }

    /// <summary>Keeps the changes since the last commit: forgets the log and stamps the lenders that changed.</summary>
    public void Commit()
    {
        if (_log.Count == 0) return;
        Clock++;
        foreach (var (need, slot, _) in _log) LenderChangedAt[Eligible[need][slot]] = Clock;
        _log.Clear();
    }

    /// <summary>Drops the log without stamping lenders (the exact search explores, it does not move).</summary>
    public void ForgetLog() => _log.Clear();

    /// <summary>Counts commits; <see cref="LenderChangedAt"/> holds, per lender, the commit that last changed its loans.</summary>
    public long Clock { get; private set; }

    public long[] LenderChangedAt { get; }

    /// <summary>The slot of <paramref name="lender"/> in the eligible list of <paramref name="need"/>, or -1.</summary>
    public int SlotOf(int need, int lender) => Array.IndexOf(Eligible[need], lender);

    internal readonly record struct Entry(int Need, int Slot);
}
