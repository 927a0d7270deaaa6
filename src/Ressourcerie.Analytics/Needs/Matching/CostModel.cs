namespace Ressourcerie.Analytics.Needs.Matching;

/// <summary>
/// The objective in integer metres (exact, order-independent sums). Lexicographic objective: a
/// change is better when it serves more units, or as many for fewer metres. Distance objective: a
/// change is better when metres + penalty × unmet units decreases.
/// </summary>
internal sealed class CostModel
{
    /// <summary>The weight of one unmet unit in scalar form for the lexicographic objective: more than any path of loans can cost.</summary>
    public const long LexicographicUnmetMetres = 10_000_000_000_000;

    public CostModel(MatchingOptions options)
    {
        Lexicographic = options.Objective == MatchingObjective.MaximiseNeedsMet;
        UnmetMetres = Lexicographic ? LexicographicUnmetMetres : ToMetres(options.PenaltyKm);
    }

    public bool Lexicographic { get; }

    /// <summary>Scalar cost of one unmet unit.</summary>
    public long UnmetMetres { get; }

    public static long ToMetres(double km) => (long)Math.Round(km * 1000.0, MidpointRounding.AwayFromZero);

    /// <summary>True when lending over this distance can be worth it at all.</summary>
    public bool IsUsable(long metres) => Lexicographic || metres < UnmetMetres;

    public bool IsBetter(long servedDelta, long metresDelta) => Lexicographic
        ? servedDelta > 0 || (servedDelta == 0 && metresDelta < 0)
        : metresDelta - servedDelta * UnmetMetres < 0;
}
