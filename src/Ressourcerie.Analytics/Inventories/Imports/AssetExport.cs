using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Inventories.Imports;

/// <summary>Reads a GLPI or Snipe-IT export, telling which from its header.</summary>
public static class AssetExport
{
    /// <summary>The tool that wrote the file, from its header, or null when it looks like neither.</summary>
    public static AssetExportFormat? Detect(IReadOnlyList<string> headers)
    {
        var keys = headers.Select(h => MatchKey.Fold(h)).ToHashSet(StringComparer.Ordinal);
        if (keys.Contains("assettag") && (keys.Contains("checkouttype") || keys.Contains("company") || keys.Any(k => k.StartsWith("checkedoutto", StringComparison.Ordinal))))
            return AssetExportFormat.SnipeIt;
        int glpi = new[] { "entite", "entity", "fabricant", "manufacturer", "dernieremodification", "lastupdate", "numerodeserie", "serialnumber", "lieu", "statut" }.Count(keys.Contains);
        return glpi >= 2 && (keys.Contains("nom") || keys.Contains("name")) ? AssetExportFormat.Glpi : null;
    }

    /// <exception cref="InputFileException">The header is neither a GLPI nor a Snipe-IT export's.</exception>
    public static AssetExportResult Read(string path, DataQualityReport report, AssetExportOptions? options = null, string? displayName = null)
    {
        displayName ??= Path.GetFileName(path);
        AssetExportFormat? format;
        using (var reader = TabularFile.Open(path, displayName)) format = Detect(reader.Headers);
        return format switch
        {
            AssetExportFormat.Glpi => GlpiExport.Read(path, report, options, displayName),
            AssetExportFormat.SnipeIt => SnipeItExport.Read(path, report, options, displayName),
            _ => throw new InputFileException(displayName, 0, "",
                "Ni un export GLPI (colonnes Nom, Entité, Statut, Fabricant, Lieu…) ni un export Snipe-IT (Company, Asset Tag, Category, Checkout Type…) : vérifiez qu'il s'agit bien d'un export de liste d'actifs."),
        };
    }
}
