using System.Text;
using System.Text.Unicode;

namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// Tells UTF-8 (with or without BOM), UTF-16 (with BOM) and Windows-1252 apart. A file without BOM
/// is UTF-8 when every byte sequence in it is valid UTF-8, which is checked over the whole file
/// (an "é" typed on row 50,000 of a Windows-1252 export must not be misread); otherwise it is
/// Windows-1252, the encoding Excel uses for "CSV (séparateur : point-virgule)" on French Windows.
/// </summary>
public static class EncodingDetector
{
    static EncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 { get; } = GetWindows1252();

    private static Encoding GetWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    public static DetectedEncoding Detect(Stream stream)
    {
        long start = stream.Position;
        Span<byte> bom = stackalloc byte[3];
        int read = stream.ReadAtLeast(bom, 3, throwOnEndOfStream: false);
        stream.Position = start;
        if (read >= 3 && bom[0] == 0xEF && bom[1] == 0xBB && bom[2] == 0xBF) return new(new UTF8Encoding(false), "UTF-8 (BOM)", 3);
        if (read >= 2 && bom[0] == 0xFF && bom[1] == 0xFE) return new(Encoding.Unicode, "UTF-16 LE", 2);
        if (read >= 2 && bom[0] == 0xFE && bom[1] == 0xFF) return new(Encoding.BigEndianUnicode, "UTF-16 BE", 2);

        var head = new byte[HeadBytes];
        int headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = start;
        if (LooksLikeUtf16(head.AsSpan(0, headLength), out bool bigEndian))
            return bigEndian ? new(Encoding.BigEndianUnicode, "UTF-16 BE (sans BOM)", 0) : new(Encoding.Unicode, "UTF-16 LE (sans BOM)", 0);

        bool valid = IsValidUtf8(stream);
        stream.Position = start;
        return valid ? new(new UTF8Encoding(false), "UTF-8", 0) : new(Windows1252, "Windows-1252", 0);
    }

    /// <summary>Bytes looked at to tell UTF-16 without BOM and binary content apart from text.</summary>
    public const int HeadBytes = 8192;

    /// <summary>
    /// UTF-16 without byte-order mark: text in Latin script has a zero byte in almost every other
    /// position (the high byte of each character), always the odd ones in little endian, the even
    /// ones in big endian, which no 8-bit text has.
    /// </summary>
    public static bool LooksLikeUtf16(ReadOnlySpan<byte> head, out bool bigEndian)
    {
        bigEndian = false;
        int pairs = head.Length / 2;
        if (pairs < 2) return false;
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i + 1 < head.Length; i += 2)
        {
            if (head[i] == 0) evenZeros++;
            if (head[i + 1] == 0) oddZeros++;
        }
        if (oddZeros >= pairs * 6 / 10 && evenZeros <= pairs / 20) return true;
        bigEndian = true;
        return evenZeros >= pairs * 6 / 10 && oddZeros <= pairs / 20;
    }

    /// <summary>
    /// Content that is not text, told from its first bytes: a NUL byte in the first line (no text
    /// header has one), or more than one byte in twenty being a control character (images,
    /// archives, executables). NUL bytes further down are left to the rows that hold them.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty || LooksLikeUtf16(head, out _)) return false;
        int firstLineEnd = head.IndexOfAny((byte)'\n', (byte)'\r');
        if (head[..(firstLineEnd < 0 ? head.Length : firstLineEnd)].Contains((byte)0)) return true;
        int controls = 0;
        foreach (byte b in head)
            if ((b < 0x20 && b is not (0 or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C)) || b == 0x7F) controls++;
        return controls * 20 > head.Length;
    }

    private static bool IsValidUtf8(Stream stream)
    {
        var buffer = new byte[1 << 16];
        int carried = 0;
        while (true)
        {
            int n = stream.Read(buffer, carried, buffer.Length - carried);
            int length = carried + n;
            if (length == 0) return true;
            var span = buffer.AsSpan(0, length);
            if (n == 0) return Utf8.IsValid(span);

            // Keep an incomplete trailing sequence (at most 3 bytes) for the next block.
            int cut = length;
            for (int back = 1; back <= 3 && back <= length; back++)
            {
                byte b = span[length - back];
                if ((b & 0xC0) == 0x80) continue;
                int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                if (needed > back) cut = length - back;
                break;
            }
            if (!Utf8.IsValid(span[..cut])) return false;
            carried = length - cut;
            span[cut..].CopyTo(buffer);
        }
    }
}

/// <param name="PreambleLength">Bytes of BOM to skip before reading text.</param>
public sealed record DetectedEncoding(Encoding Encoding, string Name, int PreambleLength);
