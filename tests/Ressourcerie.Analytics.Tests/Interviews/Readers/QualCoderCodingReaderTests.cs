using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Readers;

namespace Ressourcerie.Analytics.Tests.Interviews.Readers;

/// <summary>QualCoder's coded-text export, hand-made from the documented layout (Fixtures/Qda/qualcoder).</summary>
public class QualCoderCodingReaderTests
{
    private static readonly string Export = QdaFixtures.Path("qualcoder", "coded_text.csv");

    [Fact]
    public void Codings_are_read_with_categories_as_parents_nearest_last()
    {
        var report = new DataQualityReport();
        var project = CodingsReader.Read(Export, report);

        Assert.Equal(CodingFormats.QualCoder, project.Format);
        Assert.Equal(["entretien_lyon.txt", "photo_reserve.jpg", "entretien_nantes.mp3"], project.Interviews.Select(i => i.Id));
        Assert.Equal(["Obstacles > Freins > Coût du transport", "Obstacles > Freins > Coût du transport", "Leviers > Plateforme de prêt",
            "Matériel dormant", "Obstacles > Freins > Coût du transport"], project.Segments.Select(s => s.CodePath));
        Assert.Equal(["alice", "bob"], project.Coders);
        Assert.Equal("même passage, codeur 2", project.Segments[1].Memo);
        Assert.Equal((6L, 5L, 1L), (report.RowsRead, report.RowsAccepted, report.RowsRejected));
        Assert.Contains(report.Issues, i => i is { Row: 7, Column: "Codename", Severity: IssueSeverity.Error });
    }

    [Fact]
    public void Image_and_audio_video_codings_have_no_text_but_a_media_kind()
    {
        var project = CodingsReader.Read(Export, new DataQualityReport());

        Assert.Equal(("", MediaKind.Picture), (project.Segments[3].Excerpt, project.Segments[3].Media!.Kind));
        Assert.Equal(("", MediaKind.Video), (project.Segments[4].Excerpt, project.Segments[4].Media!.Kind));
    }

    [Fact]
    public void File_and_case_variables_give_profile_institution_and_date()
    {
        var project = CodingsReader.Read(Export, new DataQualityReport());

        var lyon = project.Interviews[0];
        Assert.Equal((RespondentProfile.Technique, "MUS-LYON-01", new DateOnly(2024, 3, 5)), (lyon.Profile, lyon.InstitutionId, lyon.Date!.Value));
        Assert.Equal(RespondentProfile.Numerique, project.Interviews[2].Profile);
        Assert.Equal(RespondentProfile.Autre, project.Interviews[1].Profile);
    }
}
