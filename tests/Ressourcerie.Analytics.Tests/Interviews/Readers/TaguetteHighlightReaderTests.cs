using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews.Readers;

namespace Ressourcerie.Analytics.Tests.Interviews.Readers;

/// <summary>Taguette highlight and codebook exports, hand-made from the documented layout (Fixtures/Qda/taguette).</summary>
public class TaguetteHighlightReaderTests
{
    private static readonly string Highlights = QdaFixtures.Path("taguette", "highlights.csv");

    [Fact]
    public void One_row_per_highlight_and_tag_becomes_one_segment_sharing_the_highlight_id()
    {
        var report = new DataQualityReport();
        var project = CodingsReader.Read(Highlights, report);

        Assert.Equal(CodingFormats.Taguette, project.Format);
        Assert.Equal(["Entretien Lyon", "Entretien Rennes", "Entretien Nantes"], project.Interviews.Select(i => i.Id));
        Assert.Equal(5, project.Segments.Count);
        var shared = project.Segments.Where(s => s.SelectionId == "3").ToList();
        Assert.Equal(["freins > assurance", "freins > transport"], shared.Select(s => s.CodePath));
        Assert.All(shared, s => Assert.Equal("=L'assureur refuse le matériel prêté hors les murs.", s.Excerpt));
        Assert.Equal("Douze vidéoprojecteurs dorment en réserve depuis 2021 🎥.", project.Segments[^1].Excerpt);
    }

    [Fact]
    public void An_untagged_highlight_is_rejected_with_its_row()
    {
        var report = new DataQualityReport();
        CodingsReader.Read(Highlights, report);

        var error = Assert.Single(report.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((6, "tag"), (error.Row, error.Column));
        Assert.Equal((6L, 5L, 1L), (report.RowsRead, report.RowsAccepted, report.RowsRejected));
    }

    [Fact]
    public void The_codebook_adds_descriptions_and_unused_tags()
    {
        var report = new DataQualityReport();
        var project = CodingsReader.Read(Highlights, report, new CodingsReadOptions { CodebookPath = QdaFixtures.Path("taguette", "codebook.csv") });

        Assert.Equal(["freins", "freins > transport", "freins > assurance", "leviers", "leviers > plateforme", "matériel", "leviers > formation"],
            project.Codebook.Codes.Select(c => c.Path));
        Assert.Equal("Assurance, responsabilité en cas de casse", project.Codebook.Find("freins > assurance")!.Description);
        Assert.Equal((11L, 10L, 1L), (report.RowsRead, report.RowsAccepted, report.RowsRejected));
    }
}
