namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// The spread the sources give for one factor: <see cref="Low"/> and <see cref="High"/> are read as
/// the 10th and 90th percentiles (reference README), <see cref="Typical"/> is the value of the
/// deterministic result. A range with <c>Low == High</c> is a fixed value.
/// </summary>
public readonly record struct FactorRange(double Low, double Typical, double High)
{
    public static FactorRange Fixed(double value) => new(value, value, value);

    public bool IsFixed => Low == High;

    public double At(FactorLevel level) => level switch
    {
        FactorLevel.Low => Low,
        FactorLevel.High => High,
        _ => Typical,
    };

    /// <summary>Why the range cannot be used (French), or null: values must be finite, ordered, and positive when uncertain (lognormal).</summary>
    public string? Problem()
    {
        if (!double.IsFinite(Low) || !double.IsFinite(Typical) || !double.IsFinite(High))
            return "les valeurs basse, typique et haute doivent être des nombres finis";
        if (Low < 0 || Typical < 0 || High < 0)
            return "les valeurs ne peuvent pas être négatives";
        if (Low > Typical || Typical > High)
            return string.Create(French, $"il faut basse ≤ typique ≤ haute (ici {Low} ; {Typical} ; {High})");
        if (!IsFixed && Low <= 0)
            return "la valeur basse d'un facteur incertain doit être strictement positive (loi log-normale)";
        return null;
    }

    private static readonly System.Globalization.CultureInfo French = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");

    public override string ToString() => IsFixed ? $"{Typical}" : $"{Typical} [{Low} – {High}]";
}
