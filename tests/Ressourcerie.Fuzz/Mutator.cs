using System.IO.Compression;
using System.Text;

namespace Ressourcerie.Fuzz;

/// <summary>
/// Seeded mutations of a file's bytes, the damage real files suffer and a few hostile ones: byte
/// flips, truncation, duplicated or deleted lines, swapped delimiters, stray quotes, another
/// encoding, inserted NUL bytes, byte-order marks, Excel errors, formulas or huge values, two files
/// spliced, and for workbooks and REFI-QDA archives damage inside the zip (a corrupt compressed
/// stream, a mutated or missing part, sizes that lie, an entry named to climb out). The same seed
/// gives the same mutations: a crash is replayed from its iteration number.
/// </summary>
public sealed class Mutator(IReadOnlyList<SeedFile> seeds)
{
    private static readonly string[] Insertions =
    [
        "\0", "\0\0\0\0", "\uFEFF", "\r", "\n", "\r\n", "\"", "\"\"", ";", ",", "\t", "#N/A", "#DIV/0!", "=CMD|' /C calc'!A0", "@SOMME(1)", "+33",
        "-0", "1e308", "99999999999999999999", "NaN", "31/02/2024", "45352", "é", "Ã©", "😀", "📽️", "\uFFFF", "\uD800", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
        "<", "&e;", "]]>", "../../evil.txt", new string('x', 40_000), string.Concat(Enumerable.Repeat("a;", 3000)),
    ];

    private delegate byte[] Mutation(Random random, byte[] bytes);

    private static readonly (string Name, Mutation Apply)[] TextMutations =
    [
        ("octets inversés", FlipBytes),
        ("troncature", Truncate),
        ("lignes dupliquées", DuplicateLines),
        ("lignes supprimées", DeleteLines),
        ("séparateurs échangés", SwapDelimiters),
        ("guillemets insérés", InsertQuotes),
        ("encodage changé", ChangeEncoding),
        ("insertion", Insert),
    ];

    /// <summary>Applies one to three mutations to a seed chosen by <paramref name="random"/>; <paramref name="applied"/> names them.</summary>
    public (SeedFile Seed, byte[] Bytes) Next(Random random, out List<string> applied)
    {
        var seed = seeds[random.Next(seeds.Count)];
        var bytes = seed.Bytes;
        applied = [];
        int count = 1 + random.Next(3);
        for (int i = 0; i < count; i++)
        {
            if (random.Next(8) == 0 && seeds.Count > 1)
            {
                bytes = Splice(random, bytes, seeds[random.Next(seeds.Count)].Bytes);
                applied.Add("fichiers mis bout à bout");
                continue;
            }
            if (IsZip(bytes) && random.Next(3) != 0)
            {
                var (name, changed) = MutateZip(random, bytes);
                bytes = changed;
                applied.Add(name);
                continue;
            }
            var mutation = TextMutations[random.Next(TextMutations.Length)];
            bytes = mutation.Apply(random, bytes);
            applied.Add(mutation.Name);
        }
        return (seed, bytes);
    }

    private static bool IsZip(byte[] bytes) => bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;

    private static byte[] FlipBytes(Random random, byte[] bytes)
    {
        if (bytes.Length == 0) return bytes;
        var copy = (byte[])bytes.Clone();
        for (int n = 1 + random.Next(8); n > 0; n--) copy[random.Next(copy.Length)] ^= (byte)(1 + random.Next(255));
        return copy;
    }

    private static byte[] Truncate(Random random, byte[] bytes) => bytes.Length == 0 ? bytes : bytes[..random.Next(bytes.Length)];

    private static List<(int Start, int Length)> Lines(byte[] bytes)
    {
        var lines = new List<(int, int)>();
        int start = 0;
        for (int i = 0; i < bytes.Length; i++)
            if (bytes[i] == '\n')
            {
                lines.Add((start, i + 1 - start));
                start = i + 1;
            }
        if (start < bytes.Length) lines.Add((start, bytes.Length - start));
        return lines;
    }

    private static byte[] DuplicateLines(Random random, byte[] bytes)
    {
        var lines = Lines(bytes);
        if (lines.Count == 0) return bytes;
        var (start, length) = lines[random.Next(lines.Count)];
        int times = 1 + random.Next(random.Next(4) == 0 ? 200 : 3);
        int at = lines[random.Next(lines.Count)].Start;
        var result = new List<byte>(bytes.Length + length * times);
        result.AddRange(bytes.AsSpan(0, at));
        for (int t = 0; t < times; t++) result.AddRange(bytes.AsSpan(start, length));
        result.AddRange(bytes.AsSpan(at));
        return [.. result];
    }

    private static byte[] DeleteLines(Random random, byte[] bytes)
    {
        var lines = Lines(bytes);
        if (lines.Count < 2) return bytes;
        int first = random.Next(lines.Count), count = 1 + random.Next(Math.Min(5, lines.Count - first));
        int from = lines[first].Start, to = lines[first + count - 1].Start + lines[first + count - 1].Length;
        return [.. bytes.AsSpan(0, from), .. bytes.AsSpan(to)];
    }

    private static byte[] SwapDelimiters(Random random, byte[] bytes)
    {
        byte[] delimiters = [(byte)';', (byte)',', (byte)'\t', (byte)'|'];
        byte from = delimiters[random.Next(delimiters.Length)], to = delimiters[random.Next(delimiters.Length)];
        var copy = (byte[])bytes.Clone();
        bool all = random.Next(2) == 0;
        for (int i = 0; i < copy.Length; i++)
            if (copy[i] == from && (all || random.Next(4) == 0)) copy[i] = to;
        return copy;
    }

    private static byte[] InsertQuotes(Random random, byte[] bytes)
    {
        var result = bytes;
        for (int n = 1 + random.Next(3); n > 0; n--) result = InsertAt(result, random.Next(result.Length + 1), "\""u8);
        return result;
    }

    private static byte[] ChangeEncoding(Random random, byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return random.Next(6) switch
        {
            0 => Encoding.GetEncoding(1252).GetBytes(text),
            1 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            2 => Encoding.Unicode.GetBytes(text),
            3 => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            4 => [0xEF, 0xBB, 0xBF, .. bytes],
            _ => Encoding.Latin1.GetBytes(text),
        };
    }

    private static byte[] Insert(Random random, byte[] bytes)
    {
        var text = Insertions[random.Next(Insertions.Length)];
        var encoded = text == "\uD800" ? [0xED, 0xA0, 0x80] : Encoding.UTF8.GetBytes(text);
        return InsertAt(bytes, random.Next(bytes.Length + 1), encoded);
    }

    private static byte[] Splice(Random random, byte[] bytes, byte[] other)
    {
        int cut = bytes.Length == 0 ? 0 : random.Next(bytes.Length);
        int from = other.Length == 0 ? 0 : random.Next(other.Length);
        return [.. bytes.AsSpan(0, cut), .. other.AsSpan(from)];
    }

    private static byte[] InsertAt(byte[] bytes, int at, ReadOnlySpan<byte> inserted) => [.. bytes.AsSpan(0, at), .. inserted, .. bytes.AsSpan(at)];

    private (string Name, byte[] Bytes) MutateZip(Random random, byte[] bytes)
    {
        List<(string Name, byte[] Content)> entries;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            entries = [.. zip.Entries.Select(e =>
            {
                using var stream = e.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return (e.FullName, copy.ToArray());
            })];
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return ("octets inversés (archive déjà illisible)", FlipBytes(random, bytes));
        }
        if (entries.Count == 0) return ("octets inversés", FlipBytes(random, bytes));
        int target = random.Next(entries.Count);
        switch (random.Next(6))
        {
            case 0:
                return ($"flux compressé corrompu", CorruptCompressed(random, bytes));
            case 1:
                entries.RemoveAt(target);
                return ("partie supprimée", SeedCorpus.Archive([.. entries]));
            case 2:
                var archive = SeedCorpus.Archive([.. entries]);
                LieAboutSizes(archive, (uint)random.Next(0, 5000));
                return ("tailles déclarées mensongères", archive);
            case 3:
                entries.Add((random.Next(2) == 0 ? "../../evil.txt" : "/tmp/evil.txt", "pwned"u8.ToArray()));
                return ("entrée hors de l'archive", SeedCorpus.Archive([.. entries]));
            default:
                var mutation = TextMutations[random.Next(TextMutations.Length)];
                entries[target] = (entries[target].Name, mutation.Apply(random, entries[target].Content));
                return ($"{mutation.Name} dans {entries[target].Name}", SeedCorpus.Archive([.. entries]));
        }
    }

    /// <summary>Flips bytes in the middle of the archive, where compressed data lies (not the directory at the end).</summary>
    private static byte[] CorruptCompressed(Random random, byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        int span = Math.Max(1, copy.Length * 2 / 3);
        for (int n = 1 + random.Next(16); n > 0; n--) copy[30 + random.Next(Math.Max(1, span - 30))] ^= (byte)(1 + random.Next(255));
        return copy;
    }

    private static void LieAboutSizes(byte[] zip, uint size)
    {
        for (int i = 0; i + 30 <= zip.Length; i++)
        {
            if (zip[i] != 'P' || zip[i + 1] != 'K') continue;
            if (zip[i + 2] == 3 && zip[i + 3] == 4) BitConverter.TryWriteBytes(zip.AsSpan(i + 22, 4), size);
            else if (zip[i + 2] == 1 && zip[i + 3] == 2 && i + 28 <= zip.Length) BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), size);
        }
    }
}
