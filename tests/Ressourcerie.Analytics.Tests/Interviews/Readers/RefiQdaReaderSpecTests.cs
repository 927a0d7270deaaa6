using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Readers;

namespace Ressourcerie.Analytics.Tests.Interviews.Readers;

/// <summary>The REFI-QDA 1.5 specification's appendix A examples and a requal fixture, counted by hand.</summary>
public class RefiQdaReaderSpecTests
{
    [Fact]
    public void Spec_A1_codebook_has_six_flat_codes_with_their_descriptions()
    {
        var report = new DataQualityReport();
        var project = RefiQdaReader.Read(QdaFixtures.Path("refi", "spec_A1_codebook.qdc"), report, null, out var summary);

        Assert.Equal(CodingFormats.RefiQda, project.Format);
        Assert.Equal(["Topics", "Economy", "Health care", "Values", "Conservatives", "Liberals"], project.Codebook.Codes.Select(c => c.Path));
        Assert.Equal("Anything about jobs or taxes or business", project.Codebook.Find("Economy")!.Description);
        Assert.Equal("#33cc33", project.Codebook.Find("Health care")!.Color);
        // Braces around a GUID are not part of it.
        Assert.Equal("5215CC69-B628-4E02-AFB9-9BEEAEE55808", project.Codebook.Find("Topics")!.Guid);
        Assert.Empty(project.Interviews);
        Assert.Empty(project.Segments);
        Assert.Equal(6, summary.Codes);
        Assert.Equal(0, report.ErrorCount);
    }

    [Fact]
    public void Requal_ATLAS_ti_23_codebook_has_one_code_and_ignores_its_code_group()
    {
        var report = new DataQualityReport();
        var project = RefiQdaReader.Read(QdaFixtures.Path("refi", "requal_test_ATLAS.ti-23.4_codebook.qdc"), report, null, out var summary);

        var code = Assert.Single(project.Codebook.Codes);
        Assert.Equal(new Code("code1", "description", "1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294", "#46AA00"), code);
        Assert.Equal("ATLAS.ti Win 23.4.0", summary.Origin);
        Assert.Empty(report.Issues);
    }

    [Fact]
    public void Spec_A2_ATLAS_ti_project_counts_match_a_hand_count()
    {
        var report = new DataQualityReport();
        var project = RefiQdaReader.Read(QdaFixtures.Path("refi", "spec_A2_simple_project_ATLAS.ti-8.4.qde"), report, null, out var summary);

        // 3 users; 14 codes; 6 text + 1 picture + 2 PDF + 1 audio + 2 video sources; 15 selection
        // elements of which 2 PDF selections reappear in their text representation (13 distinct);
        // 16 codings, 2 of them repeating a coding of the PDF selection they represent.
        Assert.Equal(new RefiQdaSummary("ATLAS.ti 8.4.0 573 , macOS Version 10.14.3 (Build 18D109)", 3, 14, 12, 13, 16, 0, 0), summary);
        Assert.Equal(12, project.Interviews.Count);
        Assert.Equal(14, project.Codebook.Codes.Count);
        Assert.Equal(14, project.Segments.Count);
        Assert.Equal(["Friedrich Markgraf"], project.Coders);
        Assert.Equal(16, report.RowsRead);
        Assert.Equal(16, report.RowsAccepted);
        Assert.True(report.IsBalanced);
        Assert.Equal(0, report.ErrorCount);
    }

    [Fact]
    public void Spec_A2_flattened_ATLAS_ti_names_become_a_hierarchy_and_keep_the_parent_description()
    {
        var project = RefiQdaReader.Read(QdaFixtures.Path("refi", "spec_A2_simple_project_ATLAS.ti-8.4.qde"), new DataQualityReport());

        Assert.Equal("the breakfast of champions", project.Codebook.Find("Coke")!.Description);
        Assert.Equal("non sucré", project.Codebook.Find("Coke > diet Coke")!.Description);
        Assert.Equal(["Coke > full-fat Coke", "Coke > diet Coke"], project.Codebook.ChildrenOf("Coke").Select(c => c.Path));
        Assert.NotNull(project.Codebook.Find("\"rushed\""));
    }

    [Fact]
    public void Spec_A2_selections_without_source_text_keep_positions_and_take_the_excerpt_from_their_name()
    {
        var report = new DataQualityReport();
        var project = RefiQdaReader.Read(QdaFixtures.Path("refi", "spec_A2_simple_project_ATLAS.ti-8.4.qde"), report);

        var diet = Assert.Single(project.Segments, s => s.CodePath == "Coke > diet Coke");
        Assert.Equal("1994 Diet Coke-Diet Coke Break.docx", diet.InterviewId);
        Assert.Equal("Oh, that was great. See you tomorrow? Eleven thirty. Mm.", diet.Excerpt);
        Assert.Equal((139, 195), (diet.Start!.Value, diet.End!.Value));
        Assert.Equal("4191294A-E287-4510-95B0-69BCE4638E56", diet.SelectionId);
        Assert.Equal(new DateTime(2018, 3, 27, 19, 29, 27, DateTimeKind.Utc), diet.CreatedAt);

        var mabel = project.Segments.Where(s => s.InterviewId == "Mabel.txt").ToList();
        Assert.Equal(["bacon and eggs", "cornflakes", "happiness"], mabel.Select(s => s.CodePath));
        Assert.All(mabel, s => Assert.Equal("2F24EA88-C6A7-482B-8F89-893EF66D7A21", s.SelectionId));

        Assert.Contains(report.Issues, i => i.Severity == IssueSeverity.Warning && i.Message.StartsWith("Texte introuvable pour 5 source(s)"));
    }

    [Fact]
    public void Spec_A2_non_text_selections_are_read_with_their_media_position()
    {
        var project = RefiQdaReader.Read(QdaFixtures.Path("refi", "spec_A2_simple_project_ATLAS.ti-8.4.qde"), new DataQualityReport());

        var picture = project.Segments.Where(s => s.InterviewId == "cornflakes-n-milk.jpg").ToList();
        Assert.Equal(["cornflakes", "milk"], picture.Select(s => s.CodePath));
        Assert.Equal(new MediaLocation(MediaKind.Picture) { FirstX = 267, FirstY = 1, SecondX = 992, SecondY = 720 }, picture[0].Media);
        Assert.Equal("", picture[0].Excerpt);

        var video = Assert.Single(project.Segments, s => s.InterviewId == "1994 Diet Coke-Diet Coke Break.mp4");
        Assert.Equal("\"rushed\"", video.CodePath);
        Assert.Equal(new MediaLocation(MediaKind.Video) { BeginMs = 14706, EndMs = 17706 }, video.Media);

        // The PDF selection and its text representation are one quotation: one segment, both positions.
        var granola = Assert.Single(project.Segments, s => s.SelectionId == "27A5F0C2-E225-4D6A-8297-F4FEC794D890");
        Assert.Equal("granola", granola.Excerpt);
        Assert.Equal((62, 69), (granola.Start!.Value, granola.End!.Value));
        Assert.Equal(MediaKind.Pdf, granola.Media!.Kind);
        Assert.Equal(0, granola.Media.Page);
        Assert.Equal(4, project.Segments.Count(s => s.InterviewId == "P"));
    }

    [Fact]
    public void Spec_A2_source_without_a_name_is_identified_by_its_guid()
    {
        var report = new DataQualityReport();
        var project = RefiQdaReader.Read(QdaFixtures.Path("refi", "spec_A2_simple_project_ATLAS.ti-8.4.qde"), report);

        Assert.Contains(project.Interviews, i => i.Id == "Source 17FB9CB8-7858-4291-A162-65424B9942EC");
        Assert.Contains(report.Issues, i => i.Message.StartsWith("Source sans nom"));
    }

    [Fact]
    public void Spec_A3_Transana_project_counts_match_a_hand_count()
    {
        var report = new DataQualityReport();
        var project = RefiQdaReader.Read(QdaFixtures.Path("refi", "spec_A3_complex_project_Transana.qde"), report, null, out var summary);

        // 63 users; 7 keyword groups holding 12 keywords; 6 text + 5 picture + 5 video sources;
        // 15 text + 5 picture + 5 transcript selections; 45 codings on selections + 21 on whole sources.
        Assert.Equal(new RefiQdaSummary("Transana 3.22b2-QDE-Win", 63, 19, 16, 25, 66, 0, 0), summary);
        Assert.Equal(16, project.Interviews.Count);
        Assert.Equal(19, project.Codebook.Codes.Count);
        Assert.Equal(66, project.Segments.Count);
        Assert.Equal(21, project.Segments.Count(s => s.WholeDocument));
        Assert.Empty(project.Coders);
        Assert.Equal(66, report.RowsAccepted);
        Assert.True(report.IsBalanced);
        Assert.Equal(0, report.ErrorCount);
    }

    [Fact]
    public void Spec_A3_nested_codes_give_paths_and_duplicate_source_names_are_told_apart()
    {
        var project = RefiQdaReader.Read(QdaFixtures.Path("refi", "spec_A3_complex_project_Transana.qde"), new DataQualityReport());

        Assert.Equal(["Collections > English Collection 1", "Collections > Apostrophe's Test Collection 1", "Collections > Français Collection 1",
            "Collections > - 1", "Collections > 1", "Collections > Testing"], project.Codebook.ChildrenOf("Collections").Select(c => c.Path));
        Assert.Equal("Français Définition", project.Codebook.Find("Français Catégorie 1 > Français Mot-clé 1")!.Description);
        Assert.Contains(project.Interviews, i => i.Id == "-  1 (2)");
        Assert.Contains(project.Interviews, i => i.Id == "1 (2)");

        var clip = project.Segments.Where(s => s.SelectionId == "ECDBD559-E5D2-45B4-BB60-54E2530DE054").ToList();
        Assert.Equal(["English Keyword Group 1 > English Keyword 1", "Collections > English Collection 1"], clip.Select(s => s.CodePath));
        Assert.All(clip, s => Assert.Equal(new MediaLocation(MediaKind.Video) { BeginMs = 5000, EndMs = 10000 }, s.Media));
        Assert.All(clip, s => Assert.Equal((2, 17), (s.Start!.Value, s.End!.Value)));
        Assert.All(clip, s => Assert.Equal("English Clip 1", s.Excerpt));
    }
}
