using Ressourcerie.Analytics.Inventories;

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

    /// <param name="factorId">The factor's id: a device's embodied footprint has its category's id (<c>video_projector</c>).</param>
    public static string Readable(string factorId, string label)
    {
        if (EquipmentTaxonomy.TryGet(factorId, out _)) return label.Contains('(') ? $"Fabrication : {label}" : $"Fabrication ({label})";
        if (label.StartsWith(RefurbishedPrefix, StringComparison.Ordinal)) return "Économie du reconditionné" + label[RefurbishedPrefix.Length..];
        return label;
    }
}
