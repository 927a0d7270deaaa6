using System.Security.Cryptography;

namespace Ressourcerie.Analytics.Reporting;

/// <summary>The size and SHA-256 of an input file, so that a report can be traced to the exact bytes it was built from.</summary>
public sealed record FileFingerprint(long Bytes, string Sha256)
{
    public static FileFingerprint Of(string path)
    {
        using var stream = File.OpenRead(path);
        var hash = SHA256.HashData(stream);
        return new FileFingerprint(stream.Length, Convert.ToHexStringLower(hash));
    }
}
