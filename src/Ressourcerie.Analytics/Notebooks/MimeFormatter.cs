using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;

namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// Turns a value shown in a notebook into its MIME bundle. Formatters registered through
/// Microsoft.DotNet.Interactive.Formatting (<c>Formatter.Register&lt;T&gt;(…, "text/html")</c>, as
/// <see cref="NotebookFormatters"/> does for DataFrame and ScottPlot) give their MIME types;
/// <c>text/plain</c> is always there: a registered plain formatter, else <c>ToString()</c> when the
/// type writes one, else Formatting's plain formatter (<c>[ 1, 2, 3 ]</c> for a list). Formatting's
/// default HTML (a reflected table followed by a style sheet) is left out on purpose: it is heavy,
/// and the committed notebooks would carry it in every output.
/// </summary>
public static class MimeFormatter
{
    public const string PlainText = "text/plain";

    public const string Html = "text/html";

    public static MimeBundle Format(object? value)
    {
        var bundle = new MimeBundle();
        if (value is null) return bundle.Set(PlainText, Formatter.NullString);
        var type = value.GetType();
        foreach (var mimeType in RegisteredMimeTypes(type)) bundle.Set(mimeType, Formatter.ToDisplayString(value, mimeType));
        if (value is IHtmlContent && !bundle.Contains(Html)) bundle.Set(Html, Formatter.ToDisplayString(value, Html));
        if (!bundle.Contains(PlainText)) bundle.Set(PlainText, Plain(value, type));
        return bundle;
    }

    /// <summary>The bundle for explicitly requested MIME types (<c>display(x, "text/html")</c>).</summary>
    public static MimeBundle Format(object? value, IReadOnlyCollection<string> mimeTypes)
    {
        if (mimeTypes.Count == 0) return Format(value);
        var bundle = new MimeBundle();
        foreach (var mimeType in mimeTypes)
        {
            bundle.Set(mimeType, mimeType == PlainText && value is not null && !RegisteredMimeTypes(value.GetType()).Contains(PlainText)
                ? Plain(value, value.GetType())
                : value is string text && mimeType != PlainText ? text : Formatter.ToDisplayString(value, mimeType));
        }
        return bundle;
    }

    private static string Plain(object value, Type type)
    {
        if (value is string text) return text;
        var toString = type.GetMethod(nameof(ToString), Type.EmptyTypes);
        bool writesItsOwn = toString is not null && toString.DeclaringType != typeof(object) && toString.DeclaringType != typeof(ValueType);
        return writesItsOwn ? value.ToString() ?? "" : Formatter.ToDisplayString(value, PlainText);
    }

    private static IReadOnlyCollection<string> RegisteredMimeTypes(Type type) =>
        Formatter.RegisteredFormatters(includeDefaults: false)
            .Where(f => Matches(f.Type, type))
            .Select(f => f.MimeType)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static bool Matches(Type formatted, Type actual)
    {
        if (formatted.IsAssignableFrom(actual)) return true;
        if (!formatted.IsGenericTypeDefinition) return false;
        for (var t = actual; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == formatted) return true;
        }
        return actual.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == formatted);
    }
}
