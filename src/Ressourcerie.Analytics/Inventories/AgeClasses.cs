namespace Ressourcerie.Analytics.Inventories;

/// <summary>
/// Age classes of equipment, in years since acquisition, bounded by <see cref="LowerBounds"/>
/// (default 0, 3, 6, 10, 15: the usual lifetimes of AV and IT equipment are 5 to 10 years).
/// Age is reference year − acquisition year, the reference year coming from the caller's clock so
/// that a report of 2025 reads the same in 2027. A line acquired after the reference year counts as
/// age 0; a line without a year goes to « âge inconnu ».
/// </summary>
public sealed class AgeClasses
{
    public const string UnknownLabel = "âge inconnu";

    public static AgeClasses Default { get; } = new(0, 3, 6, 10, 15);

    public AgeClasses(params int[] lowerBounds)
    {
        if (lowerBounds.Length == 0 || lowerBounds[0] != 0)
            throw new ArgumentException("La première classe d'âge doit commencer à 0 an.", nameof(lowerBounds));
        for (int i = 1; i < lowerBounds.Length; i++)
            if (lowerBounds[i] <= lowerBounds[i - 1])
                throw new ArgumentException("Les bornes des classes d'âge doivent être croissantes.", nameof(lowerBounds));
        LowerBounds = lowerBounds;
        Labels = lowerBounds.Select((lower, i) => i + 1 < lowerBounds.Length
                ? lowerBounds[i + 1] - 1 == lower ? $"{lower} an{(lower > 1 ? "s" : "")}" : $"{lower} à {lowerBounds[i + 1] - 1} ans"
                : $"{lower} ans et plus")
            .Append(UnknownLabel)
            .ToArray();
    }

    public IReadOnlyList<int> LowerBounds { get; }

    /// <summary>The French label of each class, in order, ending with « âge inconnu ».</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Index into <see cref="Labels"/> of the class of a line acquired in <paramref name="acquisitionYear"/>.</summary>
    public int IndexOf(int? acquisitionYear, int referenceYear)
    {
        if (acquisitionYear is not { } year) return Labels.Count - 1;
        int age = Math.Max(0, referenceYear - year);
        int index = 0;
        while (index + 1 < LowerBounds.Count && age >= LowerBounds[index + 1]) index++;
        return index;
    }
}
