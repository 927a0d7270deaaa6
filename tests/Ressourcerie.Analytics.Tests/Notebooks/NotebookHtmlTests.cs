using System.Text.RegularExpressions;
using Ressourcerie.Analytics.Notebooks;

namespace Ressourcerie.Analytics.Tests.Notebooks;

public class NotebookHtmlTests
{
    [Fact]
    public async Task The_page_is_self_contained_with_a_French_header_tables_and_images()
    {
        var notebook = NotebookFixtures.Read("parametres.ipynb");
        notebook.Cells.AddRange(NotebookFixtures.Read("graphique.ipynb").Cells);
        notebook.Cells.AddRange(NotebookFixtures.Read("tableau.ipynb").Cells);
        notebook.Cells.Add(new NotebookCell(NotebookCellKind.Code, "Console.Error.WriteLine(\"attention <stock>\");\nthrow new Exception(\"arrêt\");"));
        var result = await NotebookFixtures.Runner().RunAsync(notebook, NotebookFixtures.Path("parametres.ipynb"), [new("taux", "0,5")]);

        var html = NotebookHtml.Render(result.Notebook, "notebooks/parametres.ipynb", new DateTimeOffset(2026, 3, 12, 14, 5, 0, TimeSpan.Zero));

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<html lang=\"fr\">", html);
        Assert.Contains("<title>Paramètres</title>", html);
        Assert.Matches("exécuté le 12 mars 2026 à \\d\\d:05", html);
        Assert.Contains("<td><code>taux</code></td><td><code>0.5</code></td><td>donné par -p</td>", html);
        Assert.Contains("<td><code>annee</code></td><td><code>2024</code></td><td>valeur par défaut</td>", html);
        Assert.Contains("<h1 id=\"parametres\">Paramètres</h1>", html);
        Assert.Contains("<span class=\"tag\">paramètres injectés</span>", html);
        Assert.Contains("src=\"data:image/png;base64,iVBOR", html);
        Assert.Contains("<table class=\"ressourcerie-table\"", html);
        Assert.Contains("<pre class=\"output stream stderr\">attention &lt;stock&gt;", html);
        Assert.Contains("<div class=\"output error\"><p><strong>System.Exception</strong> : arrêt</p>", html);
        Assert.Contains("<style>", html);
        // Nothing fetched from elsewhere: no external script, style sheet, font or image.
        Assert.DoesNotMatch(new Regex("<script[^>]+src=|<link[^>]+href=|@import|url\\(|src=\"(https?:)?//", RegexOptions.IgnoreCase), html);
    }

    [Fact]
    public void A_notebook_never_run_says_so_and_shows_its_sources()
    {
        var html = NotebookHtml.Render(NotebookFixtures.Read("echec.ipynb"), "echec.ipynb", null);

        Assert.Contains("pas encore exécuté", html);
        Assert.Contains("var stock = new Dictionary&lt;string, int&gt;", html);
        Assert.DoesNotContain("<table class=\"parameters\">", html);
    }
}
