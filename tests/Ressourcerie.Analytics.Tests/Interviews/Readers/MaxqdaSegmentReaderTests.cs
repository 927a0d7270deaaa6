using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Readers;

namespace Ressourcerie.Analytics.Tests.Interviews.Readers;

/// <summary>MAXQDA coded-segment exports, hand-made from the documented layout (Fixtures/Qda/maxqda).</summary>
public class MaxqdaSegmentReaderTests
{
    [Fact]
    public void English_workbook_is_detected_and_every_row_accounted_for()
    {
        var report = new DataQualityReport();
        var project = CodingsReader.Read(QdaFixtures.Path("maxqda", "coded_segments_en.xlsx"), report);

        Assert.Equal(CodingFormats.Maxqda, project.Format);
        Assert.Equal(["Entretien Lyon", "Entretien Rennes", "Entretien vidéo Nantes"], project.Interviews.Select(i => i.Id));
        Assert.Equal(6, project.Segments.Count);
        Assert.Equal((7L, 6L, 1L), (report.RowsRead, report.RowsAccepted, report.RowsRejected));
        var error = Assert.Single(report.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((8, "Document name"), (error.Row, error.Column));
    }

    [Fact]
    public void English_workbook_maps_codes_positions_comments_and_document_variables()
    {
        var project = CodingsReader.Read(QdaFixtures.Path("maxqda", "coded_segments_en.xlsx"), new DataQualityReport());

        Assert.Equal(["Freins > Coût du transport", "Leviers > Plateforme de prêt", "Matériel > Audio/Video", "Freins > Assurance",
            "Leviers > Mutualisation", "Freins > Coût du transport"], project.Segments.Select(s => s.CodePath));
        var second = project.Segments[1];
        Assert.Equal((4, 5), (second.FirstParagraph!.Value, second.LastParagraph!.Value));
        Assert.Equal("Très favorable", second.Memo);
        Assert.Equal("Alice", second.Coder);
        Assert.Equal(new DateTime(2024, 3, 5, 10, 20, 0), second.CreatedAt);
        Assert.Equal("=L'assureur refuse de couvrir le matériel prêté hors les murs.", project.Segments[3].Excerpt);
        Assert.Equal(new MediaLocation(MediaKind.Video) { BeginMs = 83_400, EndMs = 100_000 }, project.Segments[5].Media);

        var lyon = project.Interviews[0];
        Assert.Equal(RespondentProfile.Technique, lyon.Profile);
        Assert.Equal("MUS-LYON-01", lyon.InstitutionId);
        Assert.Equal("Musées", lyon.Variables["Document group"]);
        Assert.Equal(RespondentProfile.Dsi, project.Interviews[1].Profile);
        Assert.Equal(RespondentProfile.Numerique, project.Interviews[2].Profile);
    }

    [Fact]
    public void German_csv_in_Windows_1252_with_backslash_hierarchy_is_read()
    {
        var report = new DataQualityReport();
        var project = CodingsReader.Read(QdaFixtures.Path("maxqda", "coded_segments_de.csv"), report);

        Assert.Equal(CodingFormats.Maxqda, project.Format);
        Assert.Equal(["Interview Köln", "Interview Berlin", "Interview München"], project.Interviews.Select(i => i.Id));
        Assert.Equal(["Hindernisse > Transportkosten", "Hebel > Leihplattform", "Hindernisse > Versicherung", "Geräte > Audio/Video"],
            project.Segments.Select(s => s.CodePath));
        Assert.Equal("Der Transport kostet mehr als das Gerät; wir verleihen deshalb nichts.", project.Segments[0].Excerpt);
        Assert.Equal("mit Verwaltung prüfen", project.Segments[2].Memo);
        Assert.Equal(new DateTime(2024, 3, 12, 14, 2, 0), project.Segments[0].CreatedAt);
        Assert.Equal(["Anna", "Jonas"], project.Coders);
        Assert.Equal("Kunsthochschulen", project.Interviews[2].Variables["Dokumentgruppe"]);

        // "Funktion" is read as the profile: "IT-Leitung" and "Regisseur" are known, "Haustechnik" is not.
        Assert.Equal([RespondentProfile.Autre, RespondentProfile.Dsi, RespondentProfile.Technique], project.Interviews.Select(i => i.Profile));
        Assert.Contains(report.Issues, i => i is { Row: 2, Column: "Funktion", Severity: IssueSeverity.Warning });
        Assert.Contains(report.Issues, i => i is { Row: 6, Column: "Code", Severity: IssueSeverity.Error });
        Assert.Equal((5L, 4L, 1L), (report.RowsRead, report.RowsAccepted, report.RowsRejected));
    }
}
