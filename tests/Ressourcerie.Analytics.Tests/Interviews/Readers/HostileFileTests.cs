using System.IO.Compression;
using System.Text;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews.Readers;

namespace Ressourcerie.Analytics.Tests.Interviews.Readers;

/// <summary>
/// Hostile or broken project files are refused with a French <see cref="InputFileException"/>
/// and leave no trace: each test runs in its own sandbox folder (the hostile file sits one level
/// down, so that "../" would land in the sandbox) and checks afterwards that only the file it put
/// there exists.
/// </summary>
public sealed class HostileFileTests : IDisposable
{
    private const string MinimalProject = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"/>";

    private readonly DirectoryInfo _sandbox = Directory.CreateTempSubdirectory("qda-hostile-");
    private readonly string _inner;

    public HostileFileTests()
    {
        _inner = Path.Combine(_sandbox.FullName, "inner");
        Directory.CreateDirectory(_inner);
    }

    public void Dispose() => _sandbox.Delete(true);

    private InputFileException Refused(string fileName, byte[] content, CodingsReadOptions? options = null)
    {
        var path = Path.Combine(_inner, fileName);
        File.WriteAllBytes(path, content);
        var report = new DataQualityReport();
        var error = Assert.Throws<InputFileException>(() => CodingsReader.Read(path, report, options));
        var left = Directory.EnumerateFileSystemEntries(_sandbox.FullName, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(_sandbox.FullName, p)).Order();
        Assert.Equal(["inner", Path.Combine("inner", fileName)], left);
        Assert.False(File.Exists(Path.Combine(Environment.CurrentDirectory, "evil.txt")));
        Assert.Equal(fileName, error.File);
        return error;
    }

    [Fact]
    public void XML_with_an_external_entity_is_refused()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]><Project name=\"&secret;\"/>";
        var error = Refused("xxe.qde", Encoding.UTF8.GetBytes(xml));

        Assert.Contains("<!DOCTYPE>", error.Message);
        Assert.DoesNotContain("root:", error.Message);
    }

    [Fact]
    public void Billion_laughs_is_refused_before_any_expansion()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) sb.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : (i - 1).ToString())};", 10))}\">");
        sb.Append("]><Project name=\"&lol9;\"/>");
        var error = Refused("lol.qdc", Encoding.UTF8.GetBytes(sb.ToString()));

        Assert.Contains("billion laughs", error.Message);
    }

    [Fact]
    public void A_DTD_inside_a_qdpx_is_refused_too()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE Project SYSTEM \"http://example.invalid/p.dtd\"><Project name=\"p\"/>";
        var error = Refused("dtd.qdpx", Zip(("project.qde", Encoding.UTF8.GetBytes(xml))));

        Assert.Contains("<!DOCTYPE>", error.Message);
    }

    [Theory]
    [InlineData("../evil.txt")]
    [InlineData("sources/../../evil.txt")]
    [InlineData("/tmp/evil.txt")]
    [InlineData("\\evil.txt")]
    [InlineData("C:\\evil.txt")]
    [InlineData("..\\evil.txt")]
    public void Entries_that_climb_out_of_the_archive_are_refused(string name)
    {
        var error = Refused("traversal.qdpx", Zip(("project.qde", Encoding.UTF8.GetBytes(MinimalProject)), (name, Encoding.UTF8.GetBytes("pwned"))));

        Assert.Contains("sort de l'archive", error.Message);
        Assert.Contains(name, error.Message);
    }

    [Fact]
    public void A_zip_bomb_stops_at_the_entry_ceiling()
    {
        var options = new CodingsReadOptions { Limits = ReadLimits.Default with { MaxEntryBytes = 1024 * 1024 } };
        var error = Refused("bomb.qdpx", Zip(("project.qde", Padded(MinimalProject, 64 * 1024 * 1024))), options);

        Assert.Contains("project.qde", error.Message);
        Assert.Contains("au-delà de 1 Mo", error.Message);
    }

    [Fact]
    public void An_entry_that_lies_about_its_size_is_never_inflated_past_what_it_declares()
    {
        // 16 Mo of project whose root element only closes at the very end, declared as 100 bytes:
        // whether the runtime stops at the declared size (truncated XML) or notices the mismatch,
        // the file is refused without inflating the 16 Mo.
        var options = new CodingsReadOptions { Limits = ReadLimits.Default with { MaxEntryBytes = 1024 * 1024 } };
        var content = Padded("<?xml version=\"1.0\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\">", 16 * 1024 * 1024);
        Encoding.UTF8.GetBytes("</Project>").CopyTo(content, content.Length - 10);
        var zip = Zip(("project.qde", content));
        DeclareUncompressedSize(zip, 100);
        var error = Refused("liar.qdpx", zip, options);

        Assert.True(error.Message.StartsWith("XML mal formé") || error.Message.Contains("corrompu") || error.Message.Contains("au-delà de 1 Mo"), error.Message);
    }

    [Fact]
    public void The_total_inflated_size_has_a_ceiling_across_entries()
    {
        var options = new CodingsReadOptions { Limits = ReadLimits.Default with { MaxEntryBytes = 1024 * 1024, MaxTotalBytes = 1024 * 1024 } };
        var project = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources>
            <TextSource guid="00000000-0000-0000-0000-000000000001" name="A" plainTextPath="internal://a.txt"><PlainTextSelection guid="00000000-0000-0000-0000-000000000011" startPosition="0" endPosition="1"/></TextSource>
            <TextSource guid="00000000-0000-0000-0000-000000000002" name="B" plainTextPath="internal://b.txt"><PlainTextSelection guid="00000000-0000-0000-0000-000000000012" startPosition="0" endPosition="1"/></TextSource>
            </Sources></Project>
            """;
        var text = Encoding.UTF8.GetBytes(new string('a', 700 * 1024));
        var error = Refused("total.qdpx", Zip(("project.qde", Encoding.UTF8.GetBytes(project)), ("sources/a.txt", text), ("sources/b.txt", text)), options);

        Assert.Contains("contenu décompressé dépasse 1 Mo", error.Message);
    }

    [Fact]
    public void Too_many_entries_are_refused_from_the_directory()
    {
        var options = new CodingsReadOptions { Limits = ReadLimits.Default with { MaxEntries = 10 } };
        var entries = Enumerable.Range(0, 11).Select(i => ($"sources/{i}.txt", new byte[] { 65 })).Prepend(("project.qde", Encoding.UTF8.GetBytes(MinimalProject))).ToArray();
        var error = Refused("many.qdpx", Zip(entries), options);

        Assert.Contains("12 fichiers", error.Message);
    }

    [Fact]
    public void Deep_nesting_is_refused_before_the_document_is_built()
    {
        var xml = "<?xml version=\"1.0\"?><Project name=\"p\">" + string.Concat(Enumerable.Repeat("<a>", 100_000)) + string.Concat(Enumerable.Repeat("</a>", 100_000)) + "</Project>";
        var error = Refused("deep.qde", Encoding.UTF8.GetBytes(xml));

        Assert.Contains("imbrication de plus de 256 niveaux", error.Message);
    }

    [Fact]
    public void XML_beyond_the_size_ceiling_is_refused()
    {
        var options = new CodingsReadOptions { Limits = ReadLimits.Default with { MaxXmlBytes = 64 * 1024 } };
        var error = Refused("big.qde", Padded(MinimalProject, 1024 * 1024), options);

        Assert.Contains("dépasse 0,06 Mo", error.Message);
    }

    [Fact]
    public void A_qdpx_that_is_not_a_zip_is_refused()
    {
        var error = Refused("fake.qdpx", Encoding.UTF8.GetBytes(MinimalProject));

        Assert.Contains("n'est pas une archive ZIP", error.Message);
    }

    [Fact]
    public void A_truncated_qdpx_is_refused()
    {
        var zip = Zip(("project.qde", Encoding.UTF8.GetBytes(MinimalProject)), ("sources/a.txt", Encoding.UTF8.GetBytes(new string('x', 10_000))));
        var error = Refused("truncated.qdpx", zip[..(zip.Length / 2)]);

        Assert.Contains("tronquée", error.Message);
    }

    [Fact]
    public void An_archive_without_project_qde_is_refused()
    {
        var error = Refused("empty.qdpx", Zip(("readme.txt", Encoding.UTF8.GetBytes("rien"))));

        Assert.Contains("sans project.qde", error.Message);
    }

    [Fact]
    public void Malformed_XML_names_its_line()
    {
        var error = Refused("broken.qde", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<Project name=\"p\">\n<Users>\n</Project>"));

        Assert.StartsWith("XML mal formé ligne 4", error.Message);
        Assert.Equal(4, error.Row);
    }

    [Fact]
    public void An_unknown_file_is_refused_with_the_formats_understood()
    {
        var error = Refused("notes.csv", Encoding.UTF8.GetBytes("titre;auteur\nLe Prêt;Anne\n"));

        Assert.Contains("Format de codages non reconnu", error.Message);
        Assert.Contains("REFI-QDA", error.Message);
        Assert.Contains("MAXQDA", error.Message);
    }

    [Fact]
    public void A_binary_file_is_refused_without_printing_its_bytes()
    {
        var bytes = new byte[512];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var error = Refused("donnees.bin", bytes);

        Assert.StartsWith("Fichier binaire non reconnu", error.Message);
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(content);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>A small XML document followed by white space up to <paramref name="size"/> bytes (compresses to almost nothing).</summary>
    private static byte[] Padded(string xml, int size)
    {
        var bytes = new byte[size];
        Array.Fill(bytes, (byte)' ');
        Encoding.UTF8.GetBytes(xml).CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>Rewrites the uncompressed size of every entry, in local headers and central directory alike.</summary>
    private static void DeclareUncompressedSize(byte[] zip, uint size)
    {
        for (int i = 0; i + 4 <= zip.Length; i++)
        {
            if (zip[i] != 'P' || zip[i + 1] != 'K') continue;
            if (zip[i + 2] == 3 && zip[i + 3] == 4) BitConverter.TryWriteBytes(zip.AsSpan(i + 22, 4), size);
            else if (zip[i + 2] == 1 && zip[i + 3] == 2) BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), size);
        }
    }
}
