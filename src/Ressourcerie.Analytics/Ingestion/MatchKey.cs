using System.Globalization;
using System.Text;

namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// Folds a label for matching: no accents, lower case, and only letters and digits kept
/// ("Prix d'achat (€)" and "prix_achat" fold to "prixdachat" and "prixachat"). Used for headers
/// and enumerated values typed by hand (statuts, types, profils).
/// </summary>
public static class MatchKey
{
    public static string Fold(ReadOnlySpan<char> text)
    {
        // Ligatures fold to two letters ("œ" → "oe"): room for twice the input.
        Span<char> buffer = text.Length <= 128 ? stackalloc char[text.Length * 2] : new char[text.Length * 2];
        return new string(buffer[..FoldInto(text, buffer)]);
    }

    /// <summary>
    /// <see cref="Fold"/> into a caller's buffer (at least twice the length of <paramref name="text"/>),
    /// returning the folded length: no allocation for ASCII text, for lookups on hot paths.
    /// </summary>
    public static int FoldInto(ReadOnlySpan<char> text, Span<char> buffer)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (c < 128)
            {
                if (char.IsAsciiLetterOrDigit(c)) buffer[n++] = char.ToLowerInvariant(c);
                continue;
            }
            foreach (char folded in FoldNonAscii(c))
                if (char.IsLetterOrDigit(folded) && n < buffer.Length) buffer[n++] = char.ToLowerInvariant(folded);
        }
        return n;
    }

    /// <summary>
    /// Like <see cref="Fold"/> but keeps word boundaries as single spaces, for phrase matching
    /// ("Vidéo-projecteur  Epson" → "video projecteur epson").
    /// </summary>
    public static string FoldWords(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char c in text)
        {
            var chars = c < 128 ? c.ToString() : FoldNonAscii(c);
            foreach (char folded in chars)
            {
                if (char.IsLetterOrDigit(folded))
                {
                    if (pendingSpace && sb.Length > 0) sb.Append(' ');
                    pendingSpace = false;
                    sb.Append(char.ToLowerInvariant(folded));
                }
                else
                {
                    pendingSpace = true;
                }
            }
        }
        return sb.ToString();
    }

    private static string FoldNonAscii(char c)
    {
        // Half of a character beyond U+FFFF (an emoji, a rare ideogram), or a noncharacter (U+FFFE is
        // what a byte-swapped BOM decodes to): no accent to remove, and normalising it alone throws;
        // it separates words like any other symbol.
        if (char.IsSurrogate(c) || c >= '\uFFFE' || c is >= '\uFDD0' and <= '\uFDEF') return " ";
        switch (c)
        {
            case 'œ': return "oe";
            case 'Œ': return "OE";
            case 'æ': return "ae";
            case 'Æ': return "AE";
            case 'ß': return "ss";
        }
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (char d in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark) sb.Append(d);
        return sb.ToString();
    }
}
