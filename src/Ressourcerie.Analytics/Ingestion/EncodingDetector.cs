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

        bool valid = IsValidUtf8(stream);
        stream.Position = start;
        return valid ? new(new UTF8Encoding(false), "UTF-8", 0) : new(Windows1252, "Windows-1252", 0);
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
