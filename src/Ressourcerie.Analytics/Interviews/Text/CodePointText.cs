namespace Ressourcerie.Analytics.Interviews.Text;

/// <summary>
/// A text addressed in Unicode code points, as REFI-QDA addresses it (<c>startPosition</c>,
/// <c>endPosition</c>), over a .NET string addressed in UTF-16 units: a character outside the
/// Basic Multilingual Plane (an emoji, a rare CJK ideograph) is one code point but two
/// <see cref="char"/>s. Texts without such characters are addressed directly.
/// </summary>
public sealed class CodePointText
{
    /// <summary>UTF-16 index of each code point, plus the string's length at the end; null when both indexings agree.</summary>
    private readonly int[]? _utf16Index;

    public CodePointText(string text)
    {
        Text = text;
        int surrogates = 0;
        foreach (char c in text)
            if (char.IsHighSurrogate(c)) surrogates++;
        if (surrogates == 0)
        {
            Length = text.Length;
            return;
        }
        var index = new List<int>(text.Length - surrogates + 1);
        for (int i = 0; i < text.Length; i++)
        {
            index.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        }
        Length = index.Count;
        index.Add(text.Length);
        _utf16Index = index.ToArray();
    }

    public string Text { get; }

    /// <summary>Length in code points.</summary>
    public int Length { get; }

    /// <summary>The text between code points <paramref name="start"/> (inclusive) and <paramref name="end"/> (exclusive).</summary>
    public string Slice(int start, int end)
    {
        if (start < 0 || end < start || end > Length) throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {end}) hors du texte ({Length} points de code).");
        int from = ToUtf16(start), to = ToUtf16(end);
        return Text[from..to];
    }

    public bool Contains(int start, int end) => start >= 0 && start <= end && end <= Length;

    /// <summary>UTF-16 index of code point <paramref name="codePoint"/> (0 … <see cref="Length"/>).</summary>
    public int ToUtf16(int codePoint) => _utf16Index is null ? codePoint : _utf16Index[codePoint];

    /// <summary>Number of code points in <paramref name="text"/>.</summary>
    public static int CountCodePoints(ReadOnlySpan<char> text)
    {
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            count++;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        }
        return count;
    }
}
