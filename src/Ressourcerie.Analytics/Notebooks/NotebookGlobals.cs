using Microsoft.AspNetCore.Html;

namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// The globals of every notebook run by <see cref="NotebookRunner"/>: the kernel's
/// <c>display(…)</c> and <c>HTML(…)</c>, so that cells written for Polyglot run unchanged. Roslyn
/// requires this type to live in a file-backed assembly (it does: the toolkit's).
/// </summary>
public class NotebookGlobals
{
    private readonly Func<object?, string[], DisplayHandle> _display;

    internal NotebookGlobals(Func<object?, string[], DisplayHandle> display) => _display = display;

    /// <summary>Shows a value below the cell (all its MIME types, or only those given).</summary>
#pragma warning disable IDE1006 // The kernel's name, lower case, so that notebooks run unchanged.
    public DisplayHandle display(object? value, params string[] mimeTypes) => _display(value, mimeTypes);
#pragma warning restore IDE1006

    /// <summary>Raw HTML to display or return, as the kernel's <c>HTML("…")</c>.</summary>
    public IHtmlContent HTML(string html) => new HtmlString(html);
}
