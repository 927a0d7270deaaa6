using System.Text;

namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// Text escaped for HTML content and attribute values: only <c>&amp; &lt; &gt; "</c> and
/// <c>'</c>. Hand-written because <c>WebUtility.HtmlEncode</c> and the default <c>HtmlEncoder</c>
/// also turn every accented letter into a numeric entity (<c>&amp;#233;</c>), which makes French
/// tables unreadable in the committed notebooks' JSON.
/// </summary>
internal static class HtmlText
{
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }
}
