namespace Ressourcerie.Fuzz;

/// <summary>What a seed file is read as, which decides the reader it is fed to.</summary>
public enum SeedKind
{
    /// <summary>An input of <c>Study.Load</c> (institutions, inventaire, besoins), CSV or XLSX.</summary>
    StudyInput,

    /// <summary>Interview codings: our layout, a QDA tool's flat export or a REFI-QDA project.</summary>
    Codings,

    /// <summary>A GLPI or Snipe-IT asset export, read by <c>ressourcerie import</c>.</summary>
    AssetExport,

    /// <summary>A reuse scenario (YAML or JSON).</summary>
    Scenario,
}

/// <summary>
/// One file of the seed corpus: its name (which tells its role to the readers), its bytes, and the
/// unmutated files it is read with (the institutions beside an inventory, the interviews beside codings).
/// </summary>
public sealed record SeedFile(string Name, byte[] Bytes, SeedKind Kind, IReadOnlyDictionary<string, byte[]> Companions)
{
    public string Extension => Path.GetExtension(Name).ToLowerInvariant();

    public bool IsZip => Bytes.Length >= 4 && Bytes[0] == 'P' && Bytes[1] == 'K' && Bytes[2] == 3 && Bytes[3] == 4;
}
