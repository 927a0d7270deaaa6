namespace Ressourcerie.Analytics.Inventories.Imports;

/// <summary>
/// Tells the day-month order of a file's dates from the values that cannot be read both ways: a
/// first number above 12 is a day (day first), a second number above 12 is a day (month first).
/// Dates that start with the year say nothing about it. When no value settles it, the order is
/// unknown and the caller assumes its tool's default and says so.
/// </summary>
internal sealed class DateOrderDetector
{
    public int DayFirstEvidence { get; private set; }

    public int MonthFirstEvidence { get; private set; }

    public int Observed { get; private set; }

    /// <summary>An example of a value that proved the order, for messages.</summary>
    public string? Example { get; private set; }

    public void Observe(ReadOnlySpan<char> text)
    {
        if (!AssetDate.TrySplit(text, out int a, out int b, out _, out bool yearFirst, out _) || yearFirst) return;
        Observed++;
        if (a > 12 && b <= 12)
        {
            if (DayFirstEvidence++ == 0 && MonthFirstEvidence == 0) Example = text.Trim().ToString();
        }
        else if (b > 12 && a <= 12)
        {
            if (MonthFirstEvidence++ == 0 && DayFirstEvidence == 0) Example = text.Trim().ToString();
        }
    }

    /// <summary>The order the values prove (the majority when they contradict each other), or null when none settles it.</summary>
    public DateOrder? Detected =>
        DayFirstEvidence == 0 && MonthFirstEvidence == 0 ? null
        : DayFirstEvidence >= MonthFirstEvidence ? DateOrder.DayMonthYear : DateOrder.MonthDayYear;

    public bool IsContradictory => DayFirstEvidence > 0 && MonthFirstEvidence > 0;
}
