using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Inventories;

/// <summary>
/// The spellings of the <c>statut</c> column: the template's five values, their usual French
/// variants, and the status names of GLPI and Snipe-IT ("Ready to Deploy", "Pending", "Archived").
/// </summary>
public static class EquipmentStatusSynonyms
{
    public static SynonymTable<EquipmentStatus> Table { get; } = new(
    [
        ("en service", EquipmentStatus.EnService),
        ("en stock", EquipmentStatus.EnStock),
        ("hors service", EquipmentStatus.HorsService),
        ("à réparer", EquipmentStatus.AReparer),
        ("prêté", EquipmentStatus.Prete),

        ("service", EquipmentStatus.EnService),
        ("actif", EquipmentStatus.EnService),
        ("active", EquipmentStatus.EnService),
        ("utilisé", EquipmentStatus.EnService),
        ("utilisée", EquipmentStatus.EnService),
        ("en utilisation", EquipmentStatus.EnService),
        ("en usage", EquipmentStatus.EnService),
        ("en fonctionnement", EquipmentStatus.EnService),
        ("opérationnel", EquipmentStatus.EnService),
        ("in use", EquipmentStatus.EnService),
        ("in service", EquipmentStatus.EnService),

        ("stock", EquipmentStatus.EnStock),
        ("stocké", EquipmentStatus.EnStock),
        ("stockée", EquipmentStatus.EnStock),
        ("réserve", EquipmentStatus.EnStock),
        ("en réserve", EquipmentStatus.EnStock),
        ("disponible", EquipmentStatus.EnStock),
        ("inutilisé", EquipmentStatus.EnStock),
        ("inutilisée", EquipmentStatus.EnStock),
        ("remisé", EquipmentStatus.EnStock),
        ("remisée", EquipmentStatus.EnStock),
        ("en remise", EquipmentStatus.EnStock),
        ("rangé", EquipmentStatus.EnStock),
        ("rangée", EquipmentStatus.EnStock),
        ("entreposé", EquipmentStatus.EnStock),
        ("entreposée", EquipmentStatus.EnStock),
        ("en entrepôt", EquipmentStatus.EnStock),
        ("en magasin", EquipmentStatus.EnStock),
        ("non affecté", EquipmentStatus.EnStock),
        ("non affectée", EquipmentStatus.EnStock),
        ("non utilisé", EquipmentStatus.EnStock),
        ("in storage", EquipmentStatus.EnStock),
        ("storage", EquipmentStatus.EnStock),
        ("ready to deploy", EquipmentStatus.EnStock),
        ("available", EquipmentStatus.EnStock),
        ("unused", EquipmentStatus.EnStock),
        ("idle", EquipmentStatus.EnStock),

        ("HS", EquipmentStatus.HorsService),
        ("cassé", EquipmentStatus.HorsService),
        ("cassée", EquipmentStatus.HorsService),
        ("hors d'usage", EquipmentStatus.HorsService),
        ("réformé", EquipmentStatus.HorsService),
        ("obsolète", EquipmentStatus.HorsService),
        ("au rebut", EquipmentStatus.HorsService),
        ("broken", EquipmentStatus.HorsService),
        ("archived", EquipmentStatus.HorsService),
        ("archivé", EquipmentStatus.HorsService),
        ("out of order", EquipmentStatus.HorsService),
        ("retired", EquipmentStatus.HorsService),

        ("en panne", EquipmentStatus.AReparer),
        ("panne", EquipmentStatus.AReparer),
        ("en réparation", EquipmentStatus.AReparer),
        ("réparation", EquipmentStatus.AReparer),
        ("défectueux", EquipmentStatus.AReparer),
        ("en maintenance", EquipmentStatus.AReparer),
        ("pending", EquipmentStatus.AReparer),
        ("to repair", EquipmentStatus.AReparer),
        ("needs repair", EquipmentStatus.AReparer),
        ("faulty", EquipmentStatus.AReparer),

        ("en prêt", EquipmentStatus.Prete),
        ("prêt", EquipmentStatus.Prete),
        ("prêtée", EquipmentStatus.Prete),
        ("on loan", EquipmentStatus.Prete),
        ("loaned", EquipmentStatus.Prete),
        ("lent", EquipmentStatus.Prete),
        ("deployed-out", EquipmentStatus.Prete),
    ]);
}
