using System.Globalization;
using System.Text;
using Markdig;

namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// An executed notebook as one self-contained HTML page, readable without VS Code or a kernel: a
/// French header (title, file, date of execution, parameters), markdown rendered by Markdig, each
/// code cell with its source and outputs (tables, charts embedded as images, console text, errors).
/// The style sheet is inline and nothing is fetched from elsewhere.
/// </summary>
public static class NotebookHtml
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>MIME types shown for a display, richest first; the first present is used.</summary>
    private static readonly string[] PreferredMimeTypes =
        ["text/html", "image/svg+xml", "image/png", "image/jpeg", "image/gif", "text/markdown", "application/json", "text/plain"];

    public static string Render(Notebook notebook, string fileName, DateTimeOffset? executedAt)
    {
        var french = CultureInfo.GetCultureInfo("fr-FR");
        var title = notebook.Title ?? Path.GetFileNameWithoutExtension(fileName);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n");

        html.Append("<header class=\"notebook-header\">\n<p class=\"kicker\">Ressourcerie Analytics · notebook</p>\n<h1>").Append(Encode(title)).Append("</h1>\n<p class=\"meta\">")
            .Append("Fichier <code>").Append(Encode(Path.GetFileName(fileName))).Append("</code>");
        html.Append(executedAt is { } when
            ? $" · exécuté le {Encode(when.ToLocalTime().ToString("d MMMM yyyy 'à' HH:mm", french))}"
            : " · pas encore exécuté");
        html.Append("</p>\n");
        var parameters = NotebookParameters.Effective(notebook);
        if (parameters.Count > 0)
        {
            html.Append("<table class=\"parameters\">\n<caption>Paramètres</caption>\n<thead><tr><th>Nom</th><th>Valeur</th><th>Origine</th></tr></thead>\n<tbody>\n");
            foreach (var (name, value, injected) in parameters)
            {
                html.Append("<tr><td><code>").Append(Encode(name)).Append("</code></td><td><code>").Append(Encode(value))
                    .Append("</code></td><td>").Append(injected ? "donné par -p" : "valeur par défaut").Append("</td></tr>\n");
            }
            html.Append("</tbody>\n</table>\n");
        }
        html.Append("</header>\n");

        foreach (var cell in notebook.Cells) AppendCell(html, cell);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendCell(StringBuilder html, NotebookCell cell)
    {
        switch (cell.Kind)
        {
            case NotebookCellKind.Markdown:
                html.Append("<section class=\"cell markdown\">\n").Append(Markdig.Markdown.ToHtml(cell.Source, Markdown)).Append("</section>\n");
                return;
            case NotebookCellKind.Raw:
                html.Append("<section class=\"cell raw\"><pre>").Append(Encode(cell.Source)).Append("</pre></section>\n");
                return;
        }
        var tags = cell.Tags;
        html.Append("<section class=\"cell code").Append(tags.Contains(NotebookParameters.InjectedTag) ? " injected" : "").Append("\">\n");
        html.Append("<div class=\"source\"><span class=\"prompt\">[").Append(cell.ExecutionCount?.ToString(CultureInfo.InvariantCulture) ?? " ").Append("]</span>");
        if (tags.Contains(NotebookParameters.ParametersTag)) html.Append("<span class=\"tag\">paramètres</span>");
        if (tags.Contains(NotebookParameters.InjectedTag)) html.Append("<span class=\"tag\">paramètres injectés</span>");
        html.Append("<pre><code>").Append(Encode(cell.Source)).Append("</code></pre></div>\n");
        foreach (var output in cell.Outputs) AppendOutput(html, output);
        html.Append("</section>\n");
    }

    private static void AppendOutput(StringBuilder html, CellOutput output)
    {
        switch (output)
        {
            case StreamOutput stream:
                html.Append("<pre class=\"output stream ").Append(stream.Name == StreamOutput.StandardError ? "stderr" : "stdout").Append("\">")
                    .Append(Encode(stream.Text)).Append("</pre>\n");
                break;
            case ErrorOutput error:
                html.Append("<div class=\"output error\"><p><strong>").Append(Encode(error.Name)).Append("</strong> : ").Append(Encode(error.Value))
                    .Append("</p><pre>").Append(Encode(string.Join("\n", error.Traceback))).Append("</pre></div>\n");
                break;
            case DisplayDataOutput display:
                AppendBundle(html, display.Data);
                break;
            case ExecuteResultOutput result:
                AppendBundle(html, result.Data);
                break;
        }
    }

    private static void AppendBundle(StringBuilder html, MimeBundle data)
    {
        var mime = PreferredMimeTypes.FirstOrDefault(data.Contains);
        if (mime is null) return;
        var text = data.GetText(mime) ?? "";
        html.Append("<div class=\"output display\">");
        switch (mime)
        {
            case "text/html":
            case "image/svg+xml":
                html.Append(text);
                break;
            case "image/png":
            case "image/jpeg":
            case "image/gif":
                html.Append("<img alt=\"graphique\" src=\"data:").Append(mime).Append(";base64,").Append(text.Trim()).Append("\">");
                break;
            case "text/markdown":
                html.Append(Markdig.Markdown.ToHtml(text, Markdown));
                break;
            default:
                html.Append("<pre>").Append(Encode(text)).Append("</pre>");
                break;
        }
        html.Append("</div>\n");
    }

    private static string Encode(string text) => HtmlText.Encode(text);

    private const string Style = """
        body { margin: 0; background: #f6f5f2; color: #1e1e1e; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
        main { max-width: 980px; margin: 0 auto; padding: 24px 32px 64px; background: #fff; min-height: 100vh; box-sizing: border-box; }
        .notebook-header { border-bottom: 3px solid #000091; padding-bottom: 12px; margin-bottom: 24px; }
        .notebook-header h1 { margin: 4px 0 8px; font-size: 1.8em; }
        .kicker { margin: 0; color: #000091; font-weight: 600; text-transform: uppercase; letter-spacing: .05em; font-size: .8em; }
        .meta { margin: 0 0 8px; color: #555; }
        table { border-collapse: collapse; margin: 8px 0; font-size: .92em; }
        th, td { padding: 3px 10px; border-bottom: 1px solid #e2e2e2; vertical-align: top; }
        th { text-align: left; border-bottom: 1px solid #999; }
        caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
        .cell { margin: 14px 0; }
        .cell.markdown h1, .cell.markdown h2, .cell.markdown h3 { color: #000091; }
        .source { position: relative; }
        .prompt { position: absolute; left: -2.9em; top: 8px; width: 2.6em; text-align: right; color: #888; font: 12px monospace; }
        .tag { display: inline-block; margin-bottom: 2px; padding: 0 6px; border-radius: 3px; background: #e3e3fd; color: #000091; font-size: .75em; }
        pre { margin: 0; padding: 8px 10px; overflow-x: auto; white-space: pre-wrap; word-break: break-word; font: 13px/1.45 ui-monospace, "DejaVu Sans Mono", Consolas, monospace; }
        .source pre { background: #f3f3f8; border-left: 3px solid #b7b7e8; }
        .injected .source pre { border-left-color: #e4794a; }
        .output { margin: 6px 0 0; overflow-x: auto; }
        .stream.stdout { background: #fafafa; }
        .stream.stderr { background: #fff4e5; color: #8a4b00; }
        .error { background: #fdecec; border-left: 3px solid #c9191e; padding: 4px 10px; }
        .error p { margin: 4px 0; color: #a31217; }
        .error pre { padding: 4px 0; color: #5a1a1a; }
        img { max-width: 100%; height: auto; }
        @media print { body { background: #fff; } main { padding: 0; } .prompt { display: none; } }

        """;
}
