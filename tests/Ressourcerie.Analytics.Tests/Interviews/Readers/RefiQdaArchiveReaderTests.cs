using System.IO.Compression;
using System.Text;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Readers;

namespace Ressourcerie.Analytics.Tests.Interviews.Readers;

/// <summary>
/// A .qdpx built like the exports of MAXQDA and NVivo (older namespace, "Sources/" folder, nameless
/// cases carrying document variables, a named case) to check texts, code-point offsets and variables.
/// </summary>
public sealed class RefiQdaArchiveReaderTests : IDisposable
{
    private const string Lyon = "11111111-1111-1111-1111-111111111111";
    private const string Rennes = "22222222-2222-2222-2222-222222222222";

    // CRLF line ends, and an emoji (two UTF-16 units, one code point) before the coded passages.
    private const string LyonText = "Entretien 🎥 du 5 mars\r\nOn ne prête pas : le transport coûte trop cher.\r\nUne plateforme commune aiderait.";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("qda-archive-");

    public void Dispose() => _dir.Delete(true);

    private static string Project => $$"""
        <?xml version="1.0" encoding="utf-8"?>
        <Project xmlns="urn:QDA-XML:project:0:10" name="Prêts" origin="MAXQDA 2022 (Release 22.8.0)">
          <Users>
            <User guid="AAAAAAAA-0000-0000-0000-000000000001" name="Alice"/>
            <User guid="AAAAAAAA-0000-0000-0000-000000000002" name="Bruno"/>
          </Users>
          <CodeBook><Codes>
            <Code guid="C0000000-0000-0000-0000-000000000001" name="Freins\Coût du transport" isCodable="true"/>
            <Code guid="C0000000-0000-0000-0000-000000000002" name="Leviers\Plateforme de prêt" isCodable="true"/>
            <Code guid="C0000000-0000-0000-0000-000000000003" name="Freins" isCodable="true"><Description>Ce qui empêche de prêter</Description></Code>
          </Codes></CodeBook>
          <Variables>
            <Variable guid="D0000000-0000-0000-0000-000000000001" name="Profil" typeOfVariable="Text"/>
            <Variable guid="D0000000-0000-0000-0000-000000000002" name="Établissement" typeOfVariable="Text"/>
            <Variable guid="D0000000-0000-0000-0000-000000000003" name="Date" typeOfVariable="Date"/>
            <Variable guid="D0000000-0000-0000-0000-000000000004" name="Ancienneté" typeOfVariable="Integer"/>
            <Variable guid="D0000000-0000-0000-0000-000000000005" name="Fonction" typeOfVariable="Text"/>
          </Variables>
          <Cases>
            <Case guid="E0000000-0000-0000-0000-000000000001">
              <VariableValue><VariableRef targetGUID="D0000000-0000-0000-0000-000000000001"/><TextValue>Régisseur d'exposition</TextValue></VariableValue>
              <VariableValue><VariableRef targetGUID="D0000000-0000-0000-0000-000000000002"/><TextValue>MUS-LYON-01</TextValue></VariableValue>
              <VariableValue><VariableRef targetGUID="D0000000-0000-0000-0000-000000000003"/><DateValue>2024-03-05</DateValue></VariableValue>
              <VariableValue><VariableRef targetGUID="D0000000-0000-0000-0000-000000000004"/><IntegerValue>12</IntegerValue></VariableValue>
              <SourceRef targetGUID="{{Lyon}}"/>
            </Case>
            <Case guid="E0000000-0000-0000-0000-000000000002" name="Mme Dupont">
              <VariableValue><VariableRef targetGUID="D0000000-0000-0000-0000-000000000005"/><TextValue>Responsable des systèmes d'information</TextValue></VariableValue>
              <SourceRef targetGUID="{{Rennes}}"/>
            </Case>
          </Cases>
          <Sources>
            <TextSource guid="{{Lyon}}" name="Entretien Lyon" plainTextPath="internal://{{Lyon}}.txt">
              <PlainTextSelection guid="F0000000-0000-0000-0000-000000000001" startPosition="41" endPosition="69" creatingUser="AAAAAAAA-0000-0000-0000-000000000001">
                <Coding guid="B0000000-0000-0000-0000-000000000001"><CodeRef targetGUID="C0000000-0000-0000-0000-000000000001"/></Coding>
                <Coding guid="B0000000-0000-0000-0000-000000000002" creatingUser="AAAAAAAA-0000-0000-0000-000000000002"><CodeRef targetGUID="C0000000-0000-0000-0000-000000000003"/></Coding>
              </PlainTextSelection>
              <PlainTextSelection guid="F0000000-0000-0000-0000-000000000002" startPosition="72" endPosition="104">
                <Description>souhait fort</Description>
                <Coding guid="B0000000-0000-0000-0000-000000000003" creatingUser="AAAAAAAA-0000-0000-0000-000000000001"><CodeRef targetGUID="C0000000-0000-0000-0000-000000000002"/></Coding>
                <Coding guid="B0000000-0000-0000-0000-000000000004"><CodeRef targetGUID="C0000000-0000-0000-0000-0000000000FF"/></Coding>
              </PlainTextSelection>
            </TextSource>
            <TextSource guid="{{Rennes}}" name="Entretien Rennes">
              <PlainTextContent>L'assureur refuse le matériel prêté.</PlainTextContent>
              <PlainTextSelection guid="F0000000-0000-0000-0000-000000000003" startPosition="0" endPosition="11">
                <Coding guid="B0000000-0000-0000-0000-000000000005" creatingUser="AAAAAAAA-0000-0000-0000-000000000002"><CodeRef targetGUID="C0000000-0000-0000-0000-000000000003"/></Coding>
              </PlainTextSelection>
            </TextSource>
            <TextSource guid="33333333-3333-3333-3333-333333333333" name="Entretien Nantes" plainTextPath="absolute:///etc/passwd">
              <PlainTextSelection guid="F0000000-0000-0000-0000-000000000004" name="Le camion coûte" startPosition="0" endPosition="15">
                <Coding guid="B0000000-0000-0000-0000-000000000006"><CodeRef targetGUID="C0000000-0000-0000-0000-000000000001"/></Coding>
              </PlainTextSelection>
            </TextSource>
          </Sources>
        </Project>
        """;

    private (CodingProject Project, DataQualityReport Report, RefiQdaSummary Summary) Read()
    {
        var path = Path.Combine(_dir.FullName, "prets.qdpx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("project.qde").Open(), new UTF8Encoding(true))) writer.Write(Project);
            using (var writer = new StreamWriter(zip.CreateEntry($"Sources/{Lyon}.txt").Open(), new UTF8Encoding(true))) writer.Write(LyonText);
        }
        var report = new DataQualityReport();
        var project = RefiQdaReader.Read(path, report, null, out var summary);
        return (project, report, summary);
    }

    [Fact]
    public void Excerpts_come_from_the_archived_text_at_code_point_offsets()
    {
        var (project, _, _) = Read();

        var lyon = project.Segments.Where(s => s.InterviewId == "Entretien Lyon").ToList();
        Assert.Equal(["le transport coûte trop cher", "le transport coûte trop cher", "Une plateforme commune aiderait."], lyon.Select(s => s.Excerpt));
        Assert.Equal("souhait fort", lyon[2].Memo);
        Assert.Equal("L'assureur", project.Segments.Single(s => s.InterviewId == "Entretien Rennes").Excerpt[..10]);
    }

    [Fact]
    public void Coders_come_from_the_coding_or_else_from_its_selection()
    {
        var (project, _, _) = Read();

        Assert.Equal(["Alice", "Bruno", "Alice", "Bruno", null], project.Segments.Select(s => s.Coder));
    }

    [Fact]
    public void Flattened_backslash_names_nest_and_a_dangling_code_reference_is_rejected()
    {
        var (project, report, summary) = Read();

        Assert.Equal(["Freins", "Freins > Coût du transport", "Leviers", "Leviers > Plateforme de prêt"], project.Codebook.Codes.Select(c => c.Path));
        Assert.Equal("Ce qui empêche de prêter", project.Codebook.Find("Freins")!.Description);
        var error = Assert.Single(report.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(("prets.qdpx", "CodeRef"), (error.File, error.Column));
        Assert.Equal((6L, 5L, 1L), (report.RowsRead, report.RowsAccepted, report.RowsRejected));
        Assert.Equal(new RefiQdaSummary("MAXQDA 2022 (Release 22.8.0)", 2, 3, 3, 4, 6, 2, 5), summary);
    }

    [Fact]
    public void Nameless_and_named_cases_give_profile_institution_date_variables_and_respondent()
    {
        var (project, _, _) = Read();

        var lyon = project.Interviews[0];
        Assert.Equal((RespondentProfile.Technique, "MUS-LYON-01", new DateOnly(2024, 3, 5), (string?)null),
            (lyon.Profile, lyon.InstitutionId, lyon.Date!.Value, lyon.Respondent));
        Assert.Equal("12", lyon.Variables["Ancienneté"]);
        var rennes = project.Interviews[1];
        Assert.Equal((RespondentProfile.Dsi, "Mme Dupont"), (rennes.Profile, rennes.Respondent));
    }

    [Fact]
    public void Absolute_paths_are_never_read_and_the_selection_name_stands_in()
    {
        var (project, report, _) = Read();

        Assert.Equal("Le camion coûte", project.Segments.Single(s => s.InterviewId == "Entretien Nantes").Excerpt);
        Assert.Contains(report.Issues, i => i.Message.Contains("chemin absolu hors du projet, jamais lu"));
    }
}
