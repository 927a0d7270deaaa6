namespace Ressourcerie.Analytics.Interviews.Readers;

/// <summary>Options of <see cref="CodingsReader.Read"/>; the defaults suit every format.</summary>
public sealed record CodingsReadOptions
{
    public static CodingsReadOptions Default { get; } = new();

    /// <summary>
    /// A codebook exported from the same project (ATLAS.ti code list CSV/XLSX, REFI-QDA .qdc,
    /// Taguette codebook CSV): its names settle ATLAS.ti code lists whose names contain commas,
    /// and its descriptions and hierarchy complete the codebook of flat exports.
    /// </summary>
    public string? CodebookPath { get; init; }

    public ReadLimits Limits { get; init; } = ReadLimits.Default;
}
