using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews.Readers;

namespace Ressourcerie.Analytics.Tests.Interviews.Readers;

public sealed class RefiQdaCodebookTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("qda-qdc-");

    public void Dispose() => _dir.Delete(true);

    [Fact]
    public void Taguette_codebook_with_backslash_names_and_an_empty_Sets_is_read_leniently()
    {
        // As Taguette writes it (taguette/export.py): flat codes named by their path, and an empty
        // <Sets/> that the schema forbids.
        var path = Path.Combine(_dir.FullName, "codebook.qdc");
        File.WriteAllText(path, """
            <?xml version="1.0" encoding="utf-8"?>
            <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Taguette 1.4.1"><Codes>
            <Code guid="3F2A0C1E-7B7D-5E8A-9C1B-0D5E6F7A8B9C" name="freins\transport" isCodable="true"></Code>
            <Code guid="4A1B2C3D-4E5F-5A6B-8C7D-8E9F0A1B2C3D" name="freins\assurance" isCodable="true"></Code>
            <Code guid="5B2C3D4E-5F6A-5B7C-8D8E-9F0A1B2C3D4E" name="leviers" isCodable="true"></Code>
            </Codes><Sets></Sets></CodeBook>
            """);
        var report = new DataQualityReport();
        var project = CodingsReader.Read(path, report);

        Assert.Equal(["freins", "freins > transport", "freins > assurance", "leviers"], project.Codebook.Codes.Select(c => c.Path));
        Assert.Empty(report.Issues);
    }
}
