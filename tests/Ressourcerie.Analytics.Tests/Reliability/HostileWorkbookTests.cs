using System.IO.Compression;
using System.Text;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests.Reliability;

/// <summary>
/// Hostile workbooks (the QDA archives have their own tests in <c>HostileFileTests</c>): zip
/// bombs with honest or lying sizes, entries named to climb out of a folder, external entities.
/// Each is read from a sandbox one level down, refused or read with a French message, and leaves
/// the sandbox holding exactly what the test put there.
/// </summary>
public sealed class HostileWorkbookTests : IDisposable
{
    private readonly DirectoryInfo _sandbox = Directory.CreateTempSubdirectory("xlsx-hostile-");
    private readonly string _inner;

    public HostileWorkbookTests()
    {
        _inner = Path.Combine(_sandbox.FullName, "donnees");
        Directory.CreateDirectory(_inner);
    }

    public void Dispose() => _sandbox.Delete(recursive: true);

    private static readonly string[] Header = ["etablissement_id", "categorie", "quantite"];

    /// <summary>A workbook's parts as ClosedXML writes them, for a one-sheet inventory.</summary>
    private Dictionary<string, byte[]> InventoryParts()
    {
        var path = Path.Combine(_sandbox.FullName, "modele.xlsx");
        Workbooks.Save(path, ("Inventaire", [[.. Header], ["MUS-1", "VP", 2], ["MUS-1", "Écran", 1]]));
        Dictionary<string, byte[]> parts;
        using (var zip = ZipFile.OpenRead(path))
            parts = zip.Entries.ToDictionary(e => e.FullName, e =>
            {
                using var stream = e.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return copy.ToArray();
            });
        File.Delete(path);
        return parts;
    }

    private static byte[] Zip(IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(content);
            }
        return buffer.ToArray();
    }

    /// <summary>The sheet padded with <paramref name="bytes"/> spaces before its closing tag: valid XML that compresses a thousandfold.</summary>
    private static byte[] PaddedSheet(byte[] sheet, int bytes)
    {
        var xml = Encoding.UTF8.GetString(sheet);
        int end = xml.LastIndexOf("</", StringComparison.Ordinal);
        var padded = new byte[Encoding.UTF8.GetByteCount(xml) + bytes];
        int head = Encoding.UTF8.GetBytes(xml.AsSpan(0, end), padded);
        padded.AsSpan(head, bytes).Fill((byte)' ');
        Encoding.UTF8.GetBytes(xml.AsSpan(end), padded.AsSpan(head + bytes));
        return padded;
    }

    /// <summary>Rewrites the uncompressed size of the entry named <paramref name="name"/>, in its local header and in the central directory.</summary>
    private static void DeclareSize(byte[] zip, string name, uint size)
    {
        var wanted = Encoding.UTF8.GetBytes(name);
        for (int i = 0; i + 46 <= zip.Length; i++)
        {
            if (zip[i] != 'P' || zip[i + 1] != 'K') continue;
            if (zip[i + 2] == 3 && zip[i + 3] == 4 && zip.AsSpan(i + 30, BitConverter.ToUInt16(zip, i + 26)).SequenceEqual(wanted))
                BitConverter.TryWriteBytes(zip.AsSpan(i + 22, 4), size);
            else if (zip[i + 2] == 1 && zip[i + 3] == 2 && zip.AsSpan(i + 46, BitConverter.ToUInt16(zip, i + 28)).SequenceEqual(wanted))
                BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), size);
        }
    }

    /// <summary>Loads the sandboxed folder holding <paramref name="workbook"/> as inventaire.xlsx and checks nothing else appeared.</summary>
    private Study Load(byte[] workbook)
    {
        File.WriteAllBytes(Path.Combine(_inner, "inventaire.xlsx"), workbook);
        var study = Study.Load(_inner, FixedClock.Options(2025));
        var left = Directory.EnumerateFileSystemEntries(_sandbox.FullName, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(_sandbox.FullName, p)).Order();
        Assert.Equal(["donnees", Path.Combine("donnees", "inventaire.xlsx")], left);
        Assert.False(File.Exists(Path.Combine(Environment.CurrentDirectory, "evil.txt")));
        Assert.True(study.Quality.IsBalanced);
        return study;
    }

    [Fact]
    public void A_zip_bomb_workbook_is_refused_from_its_declared_sizes()
    {
        var parts = InventoryParts();
        parts["xl/worksheets/sheet1.xml"] = PaddedSheet(parts["xl/worksheets/sheet1.xml"], 300 * 1024 * 1024);

        var study = Load(Zip(parts.Select(p => (p.Key, p.Value))));

        var error = Assert.Single(study.Quality.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(("inventaire.xlsx", 0, IssueSeverity.Error), (error.File, error.Row, error.Severity));
        Assert.Contains("bombe de décompression", error.Message);
        Assert.Contains("xl/worksheets/sheet1.xml", error.Message);
    }

    /// <summary>
    /// The archive check adds up the sizes the archive declares. They may lie, but the runtime
    /// inflates an entry only up to its declared size (measured here), so the declared total
    /// bounds what any reader inflates; a liar gets truncated XML and a French refusal.
    /// </summary>
    [Fact]
    public void An_entry_lying_about_its_size_is_never_inflated_past_what_it_declares()
    {
        var parts = InventoryParts();
        parts["xl/worksheets/sheet1.xml"] = PaddedSheet(parts["xl/worksheets/sheet1.xml"], 300 * 1024 * 1024);
        var zip = Zip(parts.Select(p => (p.Key, p.Value)));
        DeclareSize(zip, "xl/worksheets/sheet1.xml", 4000);

        using (var archive = new ZipArchive(new MemoryStream(zip)))
        {
            using var sheet = archive.GetEntry("xl/worksheets/sheet1.xml")!.Open();
            long inflated = 0;
            var buffer = new byte[1 << 16];
            for (int n; (n = sheet.Read(buffer)) > 0;) inflated += n;
            Assert.Equal(4000, inflated);
        }

        var study = Load(zip);

        var error = Assert.Single(study.Quality.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(("inventaire.xlsx", 0, IssueSeverity.Error), (error.File, error.Row, error.Severity));
        Assert.StartsWith("Classeur Excel illisible", error.Message);
        Assert.Contains("Enregistrez-le à nouveau", error.Message);
    }

    [Theory]
    [InlineData("../../evil.txt")]
    [InlineData("/tmp/evil.txt")]
    [InlineData("..\\..\\evil.txt")]
    [InlineData("C:\\evil.txt")]
    public void Entries_named_to_climb_out_are_never_extracted(string name)
    {
        var parts = InventoryParts();

        var study = Load(Zip(parts.Select(p => (p.Key, p.Value)).Append((name, Encoding.UTF8.GetBytes("pwned")))));

        Assert.Equal(2, study.Inventory.Count);
        Assert.False(File.Exists("/tmp/evil.txt") && File.ReadAllText("/tmp/evil.txt") == "pwned");
    }

    [Fact]
    public void An_external_entity_in_a_sheet_is_refused_and_never_resolved()
    {
        var secret = Path.Combine(_sandbox.FullName, "secret.txt");
        File.WriteAllText(secret, "MOT-DE-PASSE-123");
        var parts = InventoryParts();
        var sheet = Encoding.UTF8.GetString(parts["xl/worksheets/sheet1.xml"]);
        int root = sheet.IndexOf("?>", StringComparison.Ordinal) + 2;
        var rootName = sheet[(root + 1)..sheet.IndexOf(' ', root)];
        parts["xl/worksheets/sheet1.xml"] = Encoding.UTF8.GetBytes(sheet[..root] + $"<!DOCTYPE {rootName} [<!ENTITY s SYSTEM \"file://{secret}\">]>" + sheet[root..].Replace(">MUS-1<", ">&s;<"));

        File.WriteAllBytes(Path.Combine(_inner, "inventaire.xlsx"), Zip(parts.Select(p => (p.Key, p.Value))));
        var study = Study.Load(_inner, FixedClock.Options(2025));

        var error = Assert.Single(study.Quality.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Contains("<!DOCTYPE>", error.Message);
        Assert.DoesNotContain("MOT-DE-PASSE", string.Join(" ", study.Quality.Issues.Select(i => i.Message)));
        Assert.Empty(study.Inventory);
    }
}
