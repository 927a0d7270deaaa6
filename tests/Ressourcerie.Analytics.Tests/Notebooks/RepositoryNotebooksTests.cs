using System.Net;
using System.Text.RegularExpressions;
using Ressourcerie.Analytics.Notebooks;

namespace Ressourcerie.Analytics.Tests.Notebooks;

/// <summary>
/// Every notebook of <c>notebooks/</c>, executed by the toolkit's runner as CI and the team run
/// them: it succeeds, shows tables and charts, renders to an HTML page, and never shows a respondent.
/// </summary>
public partial class RepositoryNotebooksTests
{
    public static TheoryData<string> Names => RepositoryNotebooks.Names;

    [GeneratedRegex(@"data:image/[a-z+]+;base64,[A-Za-z0-9+/=]+")]
    private static partial Regex EmbeddedImage();

    [Fact]
    public void The_repository_has_the_five_notebooks_of_the_team()
    {
        Assert.Equal(
            ["00-prise-en-main.ipynb", "01-entretiens.ipynb", "02-inventaires-et-besoins.ipynb", "03-scenarios-impact.ipynb", "04-rapport-ministere.ipynb"],
            ((IEnumerable<object[]>)Names).Select(n => (string)n[0]));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task The_notebook_runs_to_the_end_with_tables_and_charts(string name)
    {
        var run = await RepositoryNotebooks.RunAsync(name);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"{name} : ", run.Output);
        var code = run.Notebook.Cells.Where(c => c.Kind == NotebookCellKind.Code && !string.IsNullOrWhiteSpace(c.Source)).ToList();
        Assert.All(code, c => Assert.True(c.ExecutionCount is not null, $"cellule « {c.FirstLine} » non exécutée"));
        Assert.DoesNotContain(run.Outputs, o => o is ErrorOutput);
        Assert.DoesNotContain(run.Outputs, o => o is StreamOutput { Name: StreamOutput.StandardError });
        Assert.Contains(run.Outputs, o => (ExecutedNotebook.Data(o)?.GetText("text/html") ?? "").Contains("<table class=\"ressourcerie-table\""));

        var charts = run.Outputs.Select(ExecutedNotebook.Data).OfType<MimeBundle>().Where(d => d.Contains("image/png")).ToList();
        Assert.NotEmpty(charts);
        Assert.All(charts, chart =>
        {
            var png = Convert.FromBase64String(chart.GetText("image/png")!);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
            Assert.StartsWith("<img", chart.GetText("text/html"));
            Assert.StartsWith("Graphique", chart.GetText("text/plain"));
        });
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task The_notebook_renders_to_a_self_contained_HTML_page(string name)
    {
        var run = await RepositoryNotebooks.RunAsync(name);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(run.Notebook.Title, WebUtility.HtmlDecode(Regex.Match(run.Html, "<title>(.*?)</title>").Groups[1].Value));
        Assert.Contains("<table", run.Html);
        Assert.Contains("src=\"data:image/png;base64,", run.Html);
        Assert.DoesNotContain("<div class=\"output error\"", run.Html);
        Assert.DoesNotMatch(@"(src|href)=""(https?:)?//", run.Html);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task No_respondent_name_reaches_the_executed_notebook_or_its_HTML_page(string name)
    {
        var run = await RepositoryNotebooks.RunAsync(name);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(20, RespondentNames.All.Count);

        var leaks = Texts(run.Notebook).Append((Where: "page HTML", Text: WebUtility.HtmlDecode(EmbeddedImage().Replace(run.Html, ""))))
            .SelectMany(t => RespondentNames.FoundIn(t.Text).Select(found => $"{t.Where} : {found}"))
            .ToList();
        Assert.Empty(leaks);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_committed_notebook_carries_its_outputs_from_a_complete_run_with_default_parameters(string name)
    {
        var committed = NotebookFile.Read(Path.Combine(RepositoryNotebooks.Folder, name));

        var code = committed.Cells.Where(c => c.Kind == NotebookCellKind.Code && !string.IsNullOrWhiteSpace(c.Source)).ToList();
        Assert.Equal(Enumerable.Range(1, code.Count), code.Select(c => c.ExecutionCount ?? 0));
        Assert.Contains(committed.Cells, c => c.Outputs.Count > 0);
        Assert.DoesNotContain(committed.Cells.SelectMany(c => c.Outputs), o => o is ErrorOutput);
        Assert.DoesNotContain(committed.Cells, c => c.HasTag(NotebookParameters.InjectedTag));
        Assert.Single(committed.Cells, c => c.HasTag(NotebookParameters.ParametersTag));
        var leaks = Texts(committed).SelectMany(t => RespondentNames.FoundIn(t.Text).Select(found => $"{t.Where} : {found}")).ToList();
        Assert.Empty(leaks);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_first_code_cell_references_the_toolkit_and_loads_the_shared_setup(string name)
    {
        var first = NotebookFile.Read(Path.Combine(RepositoryNotebooks.Folder, name)).Cells.First(c => c.Kind == NotebookCellKind.Code);

        Assert.Contains("#r \"../src/Ressourcerie.Analytics/bin/Debug/net10.0/Ressourcerie.Analytics.dll\"", first.Source);
        Assert.Contains("#load \"setup.csx\"", first.Source);
        Assert.Contains("#r \"nuget: ScottPlot, ", first.Source);
    }

    /// <summary>Every text a notebook holds: cell sources, console output, errors, and each display's text formats (images left out).</summary>
    private static IEnumerable<(string Where, string Text)> Texts(Notebook notebook)
    {
        for (int i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            var where = $"cellule {i + 1} ({cell.Id})";
            yield return (where, cell.Source);
            foreach (var output in cell.Outputs)
            {
                switch (output)
                {
                    case StreamOutput stream:
                        yield return (where, stream.Text);
                        break;
                    case ErrorOutput error:
                        yield return (where, string.Join("\n", error.Traceback.Prepend(error.Value)));
                        break;
                }
                if (ExecutedNotebook.Data(output) is { } data)
                    foreach (var mime in data.MimeTypes.Where(m => !m.StartsWith("image/", StringComparison.Ordinal)))
                        yield return ($"{where} {mime}", WebUtility.HtmlDecode(EmbeddedImage().Replace(data.GetText(mime) ?? "", "")));
            }
        }
    }
}
