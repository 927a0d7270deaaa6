namespace Ressourcerie.Analytics.Reporting;

/// <summary>
/// Factor names as the report writes them. The factor library names a device's embodied footprint
/// after its category alone (« Vidéoprojecteur ») and its refurbished saving rates with a long
/// sentence: next to « Durée de vie (Vidéoprojecteur) » in a table or on a tornado's axis, the
/// reader needs « Fabrication (Vidéoprojecteur) » and a label short enough to fit.
/// </summary>
public static class FactorLabels
{
    private const string RefurbishedPrefix = "Part de l'empreinte évitée par un achat reconditionné";

    public static string Readable(string label, string unit)
    {
        if (unit == "kgCO2e/unité" && !label.Contains('(')) return $"Fabrication ({label})";
        if (label.StartsWith(RefurbishedPrefix, StringComparison.Ordinal)) return "Économie du reconditionné" + label[RefurbishedPrefix.Length..];
        return label;
    }
}
