using System.Security.Cryptography;
using System.Text;

namespace Ressourcerie.Analytics.Interviews.Writers;

/// <summary>
/// GUIDs derived from names (SHA-256 of the kind and the name, shaped as an RFC 9562 version 8
/// UUID), so that writing the same project twice gives byte-identical files and a code keeps its
/// GUID from one export to the next.
/// </summary>
internal static class DeterministicGuid
{
    public static string From(string kind, params object[] parts)
    {
        var name = kind + "\u001F" + string.Join("\u001F", parts.Select(p => Convert.ToString(p, System.Globalization.CultureInfo.InvariantCulture)));
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString("D").ToUpperInvariant();
    }
}
