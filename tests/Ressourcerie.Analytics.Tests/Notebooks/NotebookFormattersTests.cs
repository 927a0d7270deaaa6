using Ressourcerie.Analytics.Notebooks;
using Ressourcerie.Analytics.Tests.SampleData;

namespace Ressourcerie.Analytics.Tests.Notebooks;

/// <summary>
/// What <c>setup.csx</c> registers, seen through a notebook run (the runner serialises runs, so the
/// process-wide Formatting registrations of one test never leak into another).
/// </summary>
public class NotebookFormattersTests
{
    private static readonly string Setup = "Ressourcerie.Analytics.Notebooks.NotebookFormatters.Register();\n";

    private static string SampleData => RepositoryPaths.SampleData.Replace("\\", "\\\\");

    private static async Task<MimeBundle> ValueOf(params string[] cells)
    {
        var result = await NotebookFixtures.RunAsync(NotebookFixtures.CSharp(cells));
        Assert.True(result.Succeeded, result.Failure?.ToString());
        return Assert.IsType<ExecuteResultOutput>(Assert.Single(result.Notebook.Cells[^1].Outputs)).Data;
    }

    [Fact]
    public async Task A_toolkit_chart_is_laid_out_for_a_slide_and_scaled_to_the_notebook_width()
    {
        var data = await ValueOf(Setup +
            "Ressourcerie.Analytics.Reporting.Charts.HorizontalBarChart.Create(\"Unités par catégorie\", new List<(string, double)> { (\"Écran\", 3), (\"Vidéoprojecteur\", 5) }, \"Unités\")");

        var png = Convert.FromBase64String(data.GetText("image/png")!);
        Assert.Equal((NotebookFormatters.DefaultChartWidth, 540), (ReadBigEndian(png, 16), ReadBigEndian(png, 20)));
        var html = data.GetText("text/html")!;
        Assert.StartsWith("<img alt=\"Graphique : Unités par catégorie\" width=\"960\" height=\"540\"", html);
        Assert.EndsWith($"src=\"data:image/png;base64,{data.GetText("image/png")}\">", html);
    }

    [Fact]
    public async Task Scaling_a_chart_for_display_leaves_the_plot_as_it_was()
    {
        var result = await NotebookFixtures.RunAsync(NotebookFixtures.CSharp(
            Setup + "var plot = Ressourcerie.Analytics.Reporting.Charts.LineChart.Create(\"Courbe\", \"x\", \"y\", [(\"s\", [1.0, 2.0], [3.0, 4.0])]);\ndisplay(plot);\nplot.ScaleFactor"));

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal("1", NotebookFixtures.Text(result.Notebook.Cells[0].Outputs[^1]));
    }

    [Fact]
    public async Task Calendar_years_are_written_without_a_thousands_separator_and_other_integers_with_one()
    {
        var data = await ValueOf(Setup,
            "using Microsoft.Data.Analysis;\n" +
            "new DataFrame(new Int32DataFrameColumn(\"Année civile\", new[] { 2023 }), new Int32DataFrameColumn(\"Année d'acquisition\", new[] { 2019 }), " +
            "new Int32DataFrameColumn(\"Unités\", new[] { 5524 }))");

        var html = data.GetText("text/html")!;
        Assert.Contains(">2023</td>", html);
        Assert.Contains(">2019</td>", html);
        Assert.Contains(">5\u202F524</td>", html);
        Assert.Contains("2023", data.GetText("text/plain"));
        Assert.DoesNotContain("2\u202F023", data.GetText("text/plain"));
    }

    [Fact]
    public async Task Saturation_shows_its_summary_sentence_and_the_curve_table()
    {
        var data = await ValueOf(Setup + $"Ressourcerie.Analytics.Study.Load(\"{SampleData}\").Interviews!.Saturation()");

        var expected = Study.Load(RepositoryPaths.SampleData).Interviews!.Saturation();
        Assert.StartsWith($"<p>{expected.Summary.Replace("'", "&#39;")}</p>\n<table", data.GetText("text/html"));
        Assert.Contains("codes uniques cumulés", data.GetText("text/html"));
        Assert.StartsWith(expected.Summary + "\nrang", data.GetText("text/plain"));
    }

    [Fact]
    public async Task Agreement_names_its_level_coders_and_notes_and_gives_the_overall_row_first()
    {
        var data = await ValueOf(Setup + $"Ressourcerie.Analytics.Study.Load(\"{SampleData}\").Interviews!.Agreement()");

        var text = data.GetText("text/plain")!;
        Assert.StartsWith("Accord intercodeurs au niveau des entretiens (Léa, Thomas) sur 6 entretien(s), 210 unité(s). 14 entretien(s) codé(s) par un seul des codeurs", text);
        var expected = Study.Load(RepositoryPaths.SampleData).Interviews!.Agreement();
        var firstRow = text.Split('\n')[2];
        Assert.StartsWith("(ensemble des codes)", firstRow);
        Assert.EndsWith(FrenchDisplay.Format(expected.KrippendorffAlpha), firstRow);
    }

    [Fact]
    public async Task Verbatims_of_one_code_give_the_code_once_and_keep_the_width_for_the_excerpt()
    {
        var data = await ValueOf(Setup + $"Ressourcerie.Analytics.Study.Load(\"{SampleData}\").Interviews!.Verbatims(\"Freins > Transport\")");

        var expected = Study.Load(RepositoryPaths.SampleData).Interviews!.Verbatims("Freins > Transport");
        var html = data.GetText("text/html")!;
        Assert.StartsWith($"<p>« Freins &gt; Transport » : {expected.Count} verbatim(s)</p>", html);
        Assert.Contains("<th style=\"text-align:left;border-bottom:1px solid #999;padding:2px 8px\">Extrait</th>", html);
        Assert.DoesNotContain(">Code</th>", html);
        Assert.Contains($">{expected[0].Pseudonym}</td>", html);
    }

    [Fact]
    public async Task Verbatims_of_several_codes_keep_a_code_column()
    {
        var data = await ValueOf(Setup + $"Ressourcerie.Analytics.Study.Load(\"{SampleData}\").Interviews!.Verbatims(\"Freins\", includeSubcodes: true)");

        Assert.Matches(@"^<p>\d+ verbatim\(s\) de \d+ code\(s\)</p>", data.GetText("text/html"));
        Assert.Contains(">Code</th>", data.GetText("text/html"));
    }

    [Fact]
    public async Task A_Monte_Carlo_result_is_a_table_of_avoided_transport_and_net_tonnes()
    {
        var data = await ValueOf(Setup,
            "using Ressourcerie.Analytics.Impact;\n" +
            "var loan = new Ressourcerie.Analytics.Needs.Loan(\"A\", \"B\", \"video_projector\", 10, 20, new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1), null);\n" +
            "ScenarioRunner.Run(ImpactInputs.FromLoans([loan]), new Scenario { Name = \"essai\", LoanShare = 1 }, new MonteCarloOptions(200, 7)).MonteCarlo");

        var text = data.GetText("text/plain")!;
        Assert.StartsWith("Monte Carlo : 200 tirages, graine 7\nGrandeur", text);
        Assert.Contains("Émissions évitées", text);
        Assert.Contains("Bilan net", text);
        Assert.Contains(">P50 (tCO2e)</th>", data.GetText("text/html"));
    }

    [Fact]
    public async Task Needs_clusters_give_k_and_the_silhouette_before_the_clusters()
    {
        var data = await ValueOf(Setup + $"Ressourcerie.Analytics.StudyInventoryAnalyses.ClusterNeeds(Ressourcerie.Analytics.Study.Load(\"{SampleData}\"))");

        var expected = Study.Load(RepositoryPaths.SampleData).ClusterNeeds();
        Assert.StartsWith($"{expected.K} groupes (k choisi : silhouette moyenne {FrenchDisplay.Format(expected.Silhouette)})\nGroupe", data.GetText("text/plain"));
    }

    private static int ReadBigEndian(byte[] bytes, int offset) =>
        (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
}
