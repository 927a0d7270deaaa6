using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Agreement;
using Ressourcerie.Analytics.Notebooks;
using Ressourcerie.Analytics.Reporting.Sections;
using Ressourcerie.Analytics.Tests.SampleData;

namespace Ressourcerie.Analytics.Tests.Notebooks;

/// <summary><c>notebooks/01-entretiens.ipynb</c> on data/sample shows the library's figures.</summary>
public class InterviewsNotebookTests
{
    private const string Name = "01-entretiens.ipynb";

    private static readonly InterviewAnalysis Analysis = Study.Load(RepositoryPaths.SampleData).Interviews!;

    private static async Task<ExecutedNotebook> Run()
    {
        var run = await RepositoryNotebooks.RunAsync(Name);
        Assert.True(run.ExitCode == 0, run.Error);
        return run;
    }

    [Fact]
    public async Task The_corpus_figures_are_the_library_s()
    {
        var table = (await Run()).Table("entretiens-corpus");

        var frequencies = Analysis.CodeFrequencies();
        Assert.Equal(frequencies.InterviewCount.ToString(), table["Entretiens", "Valeur"]);
        Assert.Equal("20", table["Entretiens", "Valeur"]);
        Assert.Equal(Analysis.Passages().Count.ToString(), table["Segments codés", "Valeur"]);
        Assert.Equal(Analysis.Project.Segments.Count.ToString(), table["Codages", "Valeur"]);
        Assert.Equal(frequencies.Rows.Count(r => r.Segments > 0).ToString(), table["Codes appliqués", "Valeur"]);
        Assert.Equal(string.Join(", ", Analysis.Project.Coders), table["Codeurs", "Valeur"]);
    }

    [Fact]
    public async Task The_most_cited_code_is_the_library_s()
    {
        var run = await Run();

        var top = Analysis.CodeFrequencies().Rows.OrderByDescending(r => r.Interviews).ThenByDescending(r => r.Segments).First();
        Assert.Contains($"Code le plus cité : « {top.Code} », dans {top.Interviews} entretiens sur 20 ({top.Segments} segments).", run.Printed("entretiens-frequences"));
        var table = run.Table("entretiens-frequences");
        Assert.Equal(top.Code, table.Column("Code")[0]);
        Assert.Equal(top.Interviews.ToString(), table.Column("Entretiens")[0]);
    }

    [Fact]
    public async Task Interviews_appear_under_their_pseudonyms_and_are_counted_by_profile()
    {
        var run = await Run();

        var list = run.Table("entretiens-liste");
        Assert.Equal(20, list.Rows.Count);
        Assert.Equal(list.Column("Entretien").Select(Analysis.Pseudonyms.PseudonymOf), list.Column("Pseudonyme"));
        var crossTable = run.Table("entretiens-qui");
        Assert.Equal("20", crossTable["Total", "Total"]);
        var byProfile = Analysis.CodeByProfile();
        Assert.Equal(byProfile.GroupInterviews.Select(n => n.ToString()), byProfile.Groups.Select(g => crossTable[g, "Total"]));
    }

    [Fact]
    public async Task Saturation_and_intercoder_agreement_are_the_library_s()
    {
        var run = await Run();

        Assert.Contains(Analysis.Saturation(4, 2, 0.05).Summary, run.Printed("entretiens-saturation"));
        Assert.Contains("Graphique : Saturation thématique", run.Displayed("entretiens-saturation"));
        var agreement = run.Table("entretiens-accord");
        Assert.Equal(FrenchDisplay.Format(Analysis.Agreement().KrippendorffAlpha), agreement["Entretiens", "Alpha de Krippendorff"]);
        Assert.Equal(FrenchDisplay.Format(Analysis.Agreement().CohenKappa), agreement["Entretiens", "Kappa de Cohen"]);
        Assert.Equal(FrenchDisplay.Format(Analysis.Agreement(level: AgreementUnitLevel.Segment).BrennanPredigerKappa), agreement["Segments", "Kappa de Brennan et Prediger"]);
    }

    [Fact]
    public async Task The_charts_are_the_report_s()
    {
        var run = await Run();

        var codes = InterviewsSection.CodesByProfileChart(Analysis.CodeFrequencies(), Analysis.CodeByProfile())!;
        Assert.Contains($"Graphique : {codes.Axes.Title.Label.Text}", run.Displayed("entretiens-profils"));
        Assert.Contains($"Graphique : {InterviewsSection.SaturationChart(Analysis.Saturation()).Axes.Title.Label.Text}", run.Displayed("entretiens-saturation"));
    }

    [Fact]
    public async Task Verbatims_are_the_library_s_redacted_excerpts_under_pseudonyms()
    {
        var table = (await Run()).Table("entretiens-verbatims");

        var expected = Analysis.Verbatims("Freins > Transport");
        Assert.Equal(expected.Select(v => v.Excerpt), table.Column("Extrait"));
        Assert.Equal(expected.Select(v => v.Pseudonym), table.Column("Pseudonyme"));
        Assert.Contains(table.Column("Extrait"), e => e.Contains("[nom]"));
    }
}
