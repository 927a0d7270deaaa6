using System.Globalization;

namespace Ressourcerie.Analytics.Interviews;

/// <summary>
/// The order in which interviews are read by every analysis (saturation curve, pseudonym numbers,
/// verbatims): by date, undated interviews last, ties broken by identifier in natural order
/// ("E2" before "E10").
/// </summary>
public static class InterviewOrder
{
    /// <summary>Identifiers compared with their numbers as numbers, then ordinally so that "E02" and "E2" never tie.</summary>
    public static IComparer<string> Identifiers { get; } = new NaturalIdComparer();

    public static IComparer<Interview> Chronological { get; } = Comparer<Interview>.Create((x, y) =>
    {
        int byDate = (x.Date, y.Date) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            ({ } a, { } b) => a.CompareTo(b),
        };
        return byDate != 0 ? byDate : Identifiers.Compare(x.Id, y.Id);
    });

    private sealed class NaturalIdComparer : IComparer<string>
    {
        private static readonly StringComparer Numeric = StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.NumericOrdering);

        public int Compare(string? x, string? y)
        {
            int natural = Numeric.Compare(x, y);
            return natural != 0 ? natural : string.CompareOrdinal(x, y);
        }
    }
}
