using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Inventories.Imports;

/// <summary>
/// Status labels of GLPI (states are defined by each site: « En service », « En stock »,
/// « En réparation », « Réformé »…) and Snipe-IT (« Ready to Deploy », « Deployed », « Pending »,
/// « Archived », « Broken - Not Fixable », « Out for Repair », « Lost/Stolen »…) mapped to our
/// statuses, on top of the template's own synonyms (<see cref="EquipmentStatusSynonyms"/>).
/// </summary>
public static class AssetStatuses
{
    private static readonly SynonymTable<EquipmentStatus> Tools = new(
    [
        ("deployed", EquipmentStatus.EnService),
        ("déployé", EquipmentStatus.EnService),
        ("in production", EquipmentStatus.EnService),
        ("production", EquipmentStatus.EnService),
        ("en production", EquipmentStatus.EnService),
        ("attribué", EquipmentStatus.EnService),
        ("affecté", EquipmentStatus.EnService),
        ("checked out", EquipmentStatus.EnService),
        ("in stock", EquipmentStatus.EnStock),
        ("ready to deploy", EquipmentStatus.EnStock),
        ("rtd", EquipmentStatus.EnStock),
        ("out for repair", EquipmentStatus.AReparer),
        ("out for diagnostics", EquipmentStatus.AReparer),
        ("pending", EquipmentStatus.AReparer),
        ("en attente", EquipmentStatus.AReparer),
        ("en diagnostic", EquipmentStatus.AReparer),
        ("broken not fixable", EquipmentStatus.HorsService),
        ("broken", EquipmentStatus.HorsService),
        ("archived", EquipmentStatus.HorsService),
        ("lost stolen", EquipmentStatus.HorsService),
        ("lost", EquipmentStatus.HorsService),
        ("stolen", EquipmentStatus.HorsService),
        ("perdu", EquipmentStatus.HorsService),
        ("volé", EquipmentStatus.HorsService),
        ("undeployable", EquipmentStatus.HorsService),
        ("recyclé", EquipmentStatus.HorsService),
        ("déchet", EquipmentStatus.HorsService),
        ("en prêt externe", EquipmentStatus.Prete),
    ]);

    /// <summary>Our status for a tool's label, or false when neither table knows it.</summary>
    public static bool TryMap(ReadOnlySpan<char> label, out EquipmentStatus status) =>
        EquipmentStatusSynonyms.Table.TryResolve(label, out status) || Tools.TryResolve(label, out status);
}
