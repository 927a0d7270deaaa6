using ClosedXML.Excel;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Readers;

namespace Ressourcerie.Analytics.Tests.Interviews.Readers;

public sealed class CodingsReaderTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("qda-detect-");

    public void Dispose() => _dir.Delete(true);

    [Theory]
    [InlineData("layout", CodingFormats.Ressourcerie)]
    [InlineData("layout/codages.csv", CodingFormats.Ressourcerie)]
    [InlineData("layout/entretiens.csv", CodingFormats.Ressourcerie)]
    [InlineData("refi/spec_A1_codebook.qdc", CodingFormats.RefiQda)]
    [InlineData("refi/spec_A3_complex_project_Transana.qde", CodingFormats.RefiQda)]
    [InlineData("atlasti/quotation_export.csv", CodingFormats.AtlasTi)]
    [InlineData("maxqda/coded_segments_en.xlsx", CodingFormats.Maxqda)]
    [InlineData("maxqda/coded_segments_de.csv", CodingFormats.Maxqda)]
    [InlineData("taguette/highlights.csv", CodingFormats.Taguette)]
    [InlineData("qualcoder/coded_text.csv", CodingFormats.QualCoder)]
    public void The_format_is_told_from_the_content(string fixture, string format) =>
        Assert.Equal(format, CodingsReader.Read(QdaFixtures.Path(fixture.Split('/')), new DataQualityReport()).Format);

    [Fact]
    public void A_file_named_entretiens_reads_the_codages_beside_it()
    {
        var project = CodingsReader.Read(QdaFixtures.Path("layout", "entretiens.csv"), new DataQualityReport());

        Assert.Equal(9, project.Segments.Count);
        Assert.Equal(8, project.Interviews.Count);
    }

    [Fact]
    public void One_workbook_with_entretiens_and_codages_sheets_is_our_layout()
    {
        var path = Path.Combine(_dir.FullName, "etude.xlsx");
        using (var workbook = new XLWorkbook())
        {
            var interviews = workbook.AddWorksheet("Entretiens");
            interviews.Cell(1, 1).Value = "Identifiant entretien";
            interviews.Cell(1, 2).Value = "Profil";
            interviews.Cell(1, 3).Value = "Date";
            interviews.Cell(2, 1).Value = "E01";
            interviews.Cell(2, 2).Value = "Régisseur";
            interviews.Cell(2, 3).Value = new DateTime(2024, 3, 5);
            var codings = workbook.AddWorksheet("Codages");
            codings.Cell(1, 1).Value = "entretien_id";
            codings.Cell(1, 2).Value = "code";
            codings.Cell(1, 3).Value = "extrait";
            codings.Cell(2, 1).Value = "E01";
            codings.Cell(2, 2).Value = "Freins > Coût";
            codings.Cell(2, 3).SetValue("On loue un camion.");
            codings.Cell(3, 1).Value = "E02";
            codings.Cell(3, 2).Value = "Freins > Coût";
            workbook.SaveAs(path);
        }
        var report = new DataQualityReport();
        var project = CodingsReader.Read(path, report);

        Assert.Equal(CodingFormats.Ressourcerie, project.Format);
        var interview = Assert.Single(project.Interviews);
        Assert.Equal((RespondentProfile.Technique, new DateOnly(2024, 3, 5)), (interview.Profile, interview.Date!.Value));
        Assert.Equal("On loue un camion.", Assert.Single(project.Segments).Excerpt);
        var error = Assert.Single(report.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(("etude.xlsx (codages)", 3), (error.File, error.Row));
    }

    [Fact]
    public void A_missing_path_is_a_French_error()
    {
        var error = Assert.Throws<InputFileException>(() => CodingsReader.Read(Path.Combine(_dir.FullName, "absent.qdpx"), new DataQualityReport()));

        Assert.StartsWith("Fichier ou dossier introuvable", error.Message);
    }
}
