using System.Globalization;
using Ressourcerie.Analytics.Needs;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// The needs over time, by calendar quarter or month, from the first need's start to the last
/// need's end (empty periods included, so that a gap shows): needs starting in the period, their
/// units and institutions, and the mean units needed per day (unit-days of every need overlapping
/// the period ÷ days of the period), which measures the load a pool of loanable equipment must bear.
/// </summary>
public static class NeedPeriods
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <param name="Key">Sortable ASCII key: <c>2024-T3</c>, <c>2024-07</c>.</param>
    /// <param name="Label">French label: « T3 2024 », « juillet 2024 ».</param>
    public sealed record Period(string Key, string Label, DateOnly Start, DateOnly End, int NeedsStarting, long UnitsStarting, int InstitutionsStarting, double MeanUnitsPerDay);

    public static IReadOnlyList<Period> ByQuarter(IEnumerable<Need> needs) =>
        Build(needs, 3, start => ($"{start.Year}-T{(start.Month + 2) / 3}", $"T{(start.Month + 2) / 3} {start.Year}"));

    public static IReadOnlyList<Period> ByMonth(IEnumerable<Need> needs) =>
        Build(needs, 1, start => ($"{start.Year}-{start.Month:00}", start.ToString("MMMM yyyy", French)));

    private static IReadOnlyList<Period> Build(IEnumerable<Need> needs, int months, Func<DateOnly, (string Key, string Label)> name)
    {
        var valid = needs.Where(n => n.Quantity > 0 && n.End >= n.Start).ToList();
        if (valid.Count == 0) return [];
        DateOnly PeriodStart(DateOnly day) => new(day.Year, (day.Month - 1) / months * months + 1, 1);
        var first = PeriodStart(valid.Min(n => n.Start));
        var last = PeriodStart(valid.Max(n => n.End));

        var starts = new List<DateOnly>();
        for (var start = first; start <= last; start = start.AddMonths(months)) starts.Add(start);
        var index = starts.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i);
        var needCount = new int[starts.Count];
        var units = new long[starts.Count];
        var holders = starts.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        var unitDays = new double[starts.Count];
        foreach (var need in valid)
        {
            int i = index[PeriodStart(need.Start)];
            needCount[i]++;
            units[i] += need.Quantity;
            holders[i].Add(need.InstitutionId);
            for (int p = i; p < starts.Count && starts[p] <= need.End; p++)
            {
                var periodEnd = starts[p].AddMonths(months).AddDays(-1);
                var from = need.Start > starts[p] ? need.Start : starts[p];
                var to = need.End < periodEnd ? need.End : periodEnd;
                unitDays[p] += (double)need.Quantity * (to.DayNumber - from.DayNumber + 1);
            }
        }

        return [.. starts.Select((start, i) =>
        {
            var end = start.AddMonths(months).AddDays(-1);
            var (key, label) = name(start);
            return new Period(key, label, start, end, needCount[i], units[i], holders[i].Count, unitDays[i] / (end.DayNumber - start.DayNumber + 1));
        })];
    }
}
