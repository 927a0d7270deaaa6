using System.IO.Compression;
using System.Xml;
using System.Xml.Schema;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Readers;
using Ressourcerie.Analytics.Interviews.Text;
using Ressourcerie.Analytics.Interviews.Writers;
using Ressourcerie.Analytics.Tests.Interviews.Readers;

namespace Ressourcerie.Analytics.Tests.Interviews.Writers;

public sealed class RefiQdaWriterTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("qda-writer-");

    public void Dispose() => _dir.Delete(true);

    private string Out(string name) => Path.Combine(_dir.FullName, name);

    /// <summary>Two interviews with consistent offsets (one excerpt inside another, an emoji before a passage), loose excerpts, two coders.</summary>
    private static CodingProject Sample()
    {
        var here = new SourceLocation("codages.csv", 2);
        var interviews = new List<Interview>
        {
            new("E01", new DateOnly(2024, 3, 5), RespondentProfile.Technique, "MUS-LYON-01", "Claire Martin", here)
            {
                Variables = new Dictionary<string, string> { ["Région"] = "Auvergne-Rhône-Alpes" },
            },
            new("E02", null, RespondentProfile.Dsi, null, "Jean Dupont", here),
            new("E03", null, RespondentProfile.Autre, null, null, here),
        };
        var codebook = new Codebook([new Code("Freins", "Ce qui empêche de prêter"), new Code("Freins > Coût du transport", null, null, "#ff0000"),
            new Code("Leviers > Plateforme de prêt"), new Code("Matériel > Audio/vidéo")]);
        var segments = new List<CodedSegment>
        {
            new("E01", "Freins > Coût du transport", "Le transport 🚚 coûte plus cher que le matériel.", "Alice", 10, 57, here) { Memo = "citation clé" },
            new("E01", "Freins", "coûte plus cher", "Bruno", 25, 40, here),
            new("E01", "Leviers > Plateforme de prêt", "=une plateforme commune", "Alice", 70, 93, here),
            new("E02", "Matériel > Audio/vidéo", "@DSI : douze écrans en réserve", "Alice", null, null, here),
            new("E02", "Freins > Coût du transport", "@DSI : douze écrans en réserve", "Bruno", null, null, here),
            new("E02", "Leviers > Plateforme de prêt", "+1 pour mutualiser 🎥", null, null, null, here),
            new("E02", "Freins", "", "Alice", null, null, here) { WholeDocument = true },
        };
        return new CodingProject(CodingFormats.Ressourcerie, interviews, codebook, segments);
    }

    [Fact]
    public void Project_qde_is_valid_against_the_REFI_QDA_2019_schema()
    {
        var path = Out("sample.qdpx");
        RefiQdaWriter.Write(Sample(), path);

        AssertValid(path);
    }

    [Fact]
    public void Projects_read_from_every_format_are_written_valid()
    {
        var sources = new[]
        {
            QdaFixtures.Path("layout"), QdaFixtures.Path("refi", "spec_A2_simple_project_ATLAS.ti-8.4.qde"),
            QdaFixtures.Path("refi", "spec_A3_complex_project_Transana.qde"), QdaFixtures.Path("atlasti", "quotation_export.csv"),
            QdaFixtures.Path("maxqda", "coded_segments_en.xlsx"), QdaFixtures.Path("taguette", "highlights.csv"),
            QdaFixtures.Path("qualcoder", "coded_text.csv"), QdaFixtures.Path("refi", "spec_A1_codebook.qdc"),
        };
        foreach (var source in sources)
        {
            var project = CodingsReader.Read(source, new DataQualityReport());
            var path = Out(Path.GetFileNameWithoutExtension(source) + ".qdpx");
            RefiQdaWriter.Write(project, path);
            AssertValid(path);
        }
    }

    [Fact]
    public void Two_writes_of_the_same_project_are_byte_identical()
    {
        RefiQdaWriter.Write(Sample(), Out("a.qdpx"));
        RefiQdaWriter.Write(Sample(), Out("b.qdpx"));

        Assert.Equal(File.ReadAllBytes(Out("a.qdpx")), File.ReadAllBytes(Out("b.qdpx")));
    }

    [Fact]
    public void Round_trip_keeps_interviews_codes_segments_offsets_and_excerpts()
    {
        var original = Sample();
        var path = Out("round.qdpx");
        var written = RefiQdaWriter.Write(original, path);
        var report = new DataQualityReport();
        var read = CodingsReader.Read(path, report);

        Assert.Equal(CodingFormats.RefiQda, read.Format);
        Assert.Empty(written.RelocatedSegments);
        Assert.Equal(0, report.ErrorCount);
        Assert.Equal(0, report.WarningCount);
        Assert.Equal(original.Interviews.Select(i => (i.Id, i.Date, i.Profile, i.InstitutionId)), read.Interviews.Select(i => (i.Id, i.Date, i.Profile, i.InstitutionId)));
        Assert.Equal("Auvergne-Rhône-Alpes", read.Interviews[0].Variables["Région"]);
        Assert.Equal(original.Codebook.Codes.Select(c => (c.Path, c.Description)), read.Codebook.Codes.Select(c => (c.Path, c.Description)));
        Assert.Equal("#ff0000", read.Codebook.Find("Freins > Coût du transport")!.Color);

        // Offsets given are kept; offsets absent are computed, and the excerpt is found there.
        var positioned = original.Segments.Where(s => s.Start is not null).Select(Key).Order().ToList();
        Assert.Equal(positioned, read.Segments.Where(s => s.InterviewId == "E01").Select(Key).Order().ToList());
        var loose = read.Segments.Where(s => s.InterviewId == "E02" && !s.WholeDocument).ToList();
        Assert.Equal(original.Segments.Where(s => s.InterviewId == "E02" && !s.WholeDocument).Select(s => (s.CodePath, s.Excerpt, s.Coder)).Order(),
            loose.Select(s => (s.CodePath, s.Excerpt, s.Coder)).Order());
        Assert.All(loose, s => Assert.NotNull(s.Start));
        Assert.Equal("Freins", Assert.Single(read.Segments, s => s.WholeDocument).CodePath);
        Assert.Equal("citation clé", read.Segments.Single(s => s.Coder == "Alice" && s.Start == 10).Memo);
    }

    [Fact]
    public void Offsets_count_code_points_so_an_emoji_before_a_passage_shifts_UTF16_but_not_positions()
    {
        var path = Out("emoji.qdpx");
        RefiQdaWriter.Write(Sample(), path);
        var text = SourceText(path, "E01");

        // "Le transport 🚚 coûte…" starts at code point 10; the lorry is one code point, two UTF-16 units.
        var cp = new CodePointText(text);
        Assert.Equal("coûte plus cher", cp.Slice(25, 40));
        Assert.Equal("coûte plus cher", text.Substring(26, 15));
        Assert.Equal(93, cp.Length);
        Assert.Equal(94, text.Length);
    }

    [Fact]
    public void Loose_excerpts_are_laid_out_one_per_paragraph_and_quotations_share_a_selection()
    {
        var path = Out("loose.qdpx");
        var result = RefiQdaWriter.Write(Sample(), path);

        Assert.Equal("@DSI : douze écrans en réserve\n+1 pour mutualiser 🎥", SourceText(path, "E02"));
        // E01: 3 spans; E02: the two codings of one excerpt share a selection, plus one.
        Assert.Equal(5, result.Selections);
        Assert.Equal(7, result.Codings);
    }

    [Fact]
    public void Respondent_names_are_written_only_when_asked()
    {
        var anonymous = Out("anonymous.qdpx");
        RefiQdaWriter.Write(Sample(), anonymous);
        Assert.DoesNotContain("Claire Martin", ProjectXml(anonymous));
        Assert.All(CodingsReader.Read(anonymous, new DataQualityReport()).Interviews, i => Assert.Null(i.Respondent));

        var named = Out("named.qdpx");
        RefiQdaWriter.Write(Sample(), named, new RefiQdaWriteOptions { IncludeRespondentNames = true });
        var read = CodingsReader.Read(named, new DataQualityReport());
        Assert.Equal(["Claire Martin", "Jean Dupont", null], read.Interviews.Select(i => i.Respondent));
    }

    [Fact]
    public void Excerpts_whose_offsets_contradict_are_moved_to_a_new_paragraph_and_reported()
    {
        var project = CodingsReader.Read(QdaFixtures.Path("layout"), new DataQualityReport());
        var path = Out("layout.qdpx");
        var result = RefiQdaWriter.Write(project, path);

        Assert.Equal(2, result.RelocatedSegments.Count);
        Assert.Contains("« E01 »", result.RelocatedSegments[0]);
        Assert.Contains("contredit", result.RelocatedSegments[0]);
        Assert.Contains("« E02 »", result.RelocatedSegments[1]);
        var read = CodingsReader.Read(path, new DataQualityReport());
        Assert.Equal(project.Segments.Select(s => (s.InterviewId, s.CodePath, s.Excerpt)).Order(), read.Segments.Select(s => (s.InterviewId, s.CodePath, s.Excerpt)).Order());
    }

    [Fact]
    public void An_offset_typed_far_beyond_any_transcript_is_relocated_not_padded_until_memory_runs_out()
    {
        var segment = new CodedSegment("E01", "Leviers", "autre passage", "Léa", 2_000_000_000, 2_000_000_013, new SourceLocation("codages.csv", 2));
        var project = new CodingProject(CodingFormats.Ressourcerie, [], new Codebook([]), [segment]);
        var path = Out("loin.qdpx");

        var result = RefiQdaWriter.Write(project, path);

        var note = Assert.Single(result.RelocatedSegments);
        Assert.Contains("[2000000000, 2000000013)", note);
        var read = CodingsReader.Read(path, new DataQualityReport());
        var back = Assert.Single(read.Segments);
        Assert.Equal(("autre passage", 0, 13), (back.Excerpt, back.Start, back.End));
    }

    [Fact]
    public void Archive_holds_project_qde_and_one_text_per_interview_under_sources()
    {
        var path = Out("layout.qdpx");
        RefiQdaWriter.Write(Sample(), path);

        using var zip = ZipFile.OpenRead(path);
        Assert.Equal("project.qde", zip.Entries[0].FullName);
        Assert.Equal(3, zip.Entries.Count(e => e.FullName.StartsWith("sources/", StringComparison.Ordinal) && e.FullName.EndsWith(".txt", StringComparison.Ordinal)));
        Assert.Contains("xmlns=\"urn:QDA-XML:project:1.0\"", ProjectXml(path));
    }

    [Fact]
    public void A_segment_whose_interview_is_not_listed_is_still_written()
    {
        var sample = Sample();
        var orphan = new CodedSegment("E99", "Freins", "texte orphelin", "Alice", null, null, new SourceLocation("codages.csv", 9));
        var path = Out("orphan.qdpx");
        RefiQdaWriter.Write(sample with { Segments = [.. sample.Segments, orphan] }, path);

        var read = CodingsReader.Read(path, new DataQualityReport());
        Assert.Equal(RespondentProfile.Autre, read.Interviews.Single(i => i.Id == "E99").Profile);
        Assert.Equal("texte orphelin", read.Segments.Single(s => s.InterviewId == "E99").Excerpt);
    }

    private static (string, string, string, string?, int?, int?) Key(CodedSegment s) => (s.InterviewId, s.CodePath, s.Excerpt, s.Coder, s.Start, s.End);

    private static string ProjectXml(string qdpx)
    {
        using var zip = ZipFile.OpenRead(qdpx);
        using var reader = new StreamReader(zip.GetEntry("project.qde")!.Open());
        return reader.ReadToEnd();
    }

    private static string SourceText(string qdpx, string interviewId)
    {
        var xml = new XmlDocument();
        xml.LoadXml(ProjectXml(qdpx));
        var ns = new XmlNamespaceManager(xml.NameTable);
        ns.AddNamespace("q", RefiQdaWriter.Namespace);
        var source = (XmlElement)xml.SelectSingleNode($"//q:TextSource[@name='{interviewId}']", ns)!;
        var entry = "sources/" + source.GetAttribute("plainTextPath")["internal://".Length..];
        using var zip = ZipFile.OpenRead(qdpx);
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    private static void AssertValid(string qdpx)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(RefiQdaWriter.Namespace, QdaFixtures.Path("refi", "Project-mrt2019.xsd"));
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} ligne {e.Exception?.LineNumber} : {e.Message}");
        using (var zip = ZipFile.OpenRead(qdpx))
        using (var reader = XmlReader.Create(zip.GetEntry("project.qde")!.Open(), settings))
            while (reader.Read()) { }
        Assert.True(errors.Count == 0, $"{Path.GetFileName(qdpx)} : {string.Join("\n", errors.Take(5))}");
    }
}
