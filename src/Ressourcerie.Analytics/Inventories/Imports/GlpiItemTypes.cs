using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Inventories.Imports;

/// <summary>
/// What each GLPI asset type implies for the category: the categories it can be (null: any), and
/// the category to use when the labels say nothing (with a warning when that is a guess, as for a
/// computer that may be a laptop). Names are read in French and English, as GLPI writes them in the
/// « Type d'élément » column and as users type them.
/// </summary>
public static class GlpiItemTypes
{
    private static readonly SynonymTable<GlpiItemType> Names = new(
    [
        ("Computer", GlpiItemType.Computer), ("Ordinateur", GlpiItemType.Computer), ("Ordinateurs", GlpiItemType.Computer), ("Computers", GlpiItemType.Computer),
        ("Monitor", GlpiItemType.Monitor), ("Moniteur", GlpiItemType.Monitor), ("Moniteurs", GlpiItemType.Monitor), ("Monitors", GlpiItemType.Monitor), ("Écran", GlpiItemType.Monitor),
        ("Peripheral", GlpiItemType.Peripheral), ("Périphérique", GlpiItemType.Peripheral), ("Périphériques", GlpiItemType.Peripheral), ("Devices", GlpiItemType.Peripheral), ("Device", GlpiItemType.Peripheral),
        ("NetworkEquipment", GlpiItemType.NetworkEquipment), ("Network device", GlpiItemType.NetworkEquipment), ("Network devices", GlpiItemType.NetworkEquipment),
        ("Matériel réseau", GlpiItemType.NetworkEquipment), ("Réseau", GlpiItemType.NetworkEquipment), ("Matériels réseau", GlpiItemType.NetworkEquipment), ("Équipement réseau", GlpiItemType.NetworkEquipment),
        ("Printer", GlpiItemType.Printer), ("Printers", GlpiItemType.Printer), ("Imprimante", GlpiItemType.Printer), ("Imprimantes", GlpiItemType.Printer),
        ("Phone", GlpiItemType.Phone), ("Phones", GlpiItemType.Phone), ("Téléphone", GlpiItemType.Phone), ("Téléphones", GlpiItemType.Phone),
    ]);

    public static bool TryParse(ReadOnlySpan<char> text, out GlpiItemType type) => Names.TryResolve(text, out type);

    public static string French(this GlpiItemType type) => type switch
    {
        GlpiItemType.Computer => "ordinateur",
        GlpiItemType.Monitor => "moniteur",
        GlpiItemType.Peripheral => "périphérique",
        GlpiItemType.NetworkEquipment => "matériel réseau",
        GlpiItemType.Printer => "imprimante",
        _ => "téléphone",
    };

    /// <summary>The categories an asset of this type can be, or null when any.</summary>
    internal static IReadOnlySet<string>? Allowed(GlpiItemType type) => type switch
    {
        GlpiItemType.Monitor => new HashSet<string> { "display", "tv", "touch_display", "video_wall" },
        GlpiItemType.Printer => new HashSet<string> { "printer", "printer_3d", "scanner" },
        GlpiItemType.NetworkEquipment => new HashSet<string> { "network", "av_signal", "server" },
        GlpiItemType.Phone => new HashSet<string> { "smartphone", "tablet" },
        _ => null,
    };

    /// <summary>The category when the labels say nothing, and whether that is a guess worth a warning.</summary>
    internal static (string? Category, bool Guess) Default(GlpiItemType type) => type switch
    {
        GlpiItemType.Computer => ("computer_desktop", true),
        GlpiItemType.Monitor => ("display", false),
        GlpiItemType.Printer => ("printer", false),
        GlpiItemType.NetworkEquipment => ("network", false),
        GlpiItemType.Phone => ("smartphone", false),
        _ => (null, false),
    };
}
