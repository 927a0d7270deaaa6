using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Needs;

/// <summary>
/// Reads <c>besoins.csv</c> of our layout: equipment an institution needs for a period. Same rules
/// as the inventory for the institution, the category and the quantity; both dates are required
/// (dd/mm/yyyy, yyyy-mm-dd, Excel dates) and the start may not be after the end.
/// </summary>
public static class NeedReader
{
    public static IReadOnlyList<ColumnSpec> Columns { get; } =
    [
        new("etablissement_id", "Identifiant établissement", true, "établissement", "etablissement", "identifiant", "institution_id", "institution", "id établissement", "code établissement"),
        new("categorie", "Catégorie", true, "category", "type de matériel", "type d'équipement", "type", "famille", "equipment type", "catégorie de matériel"),
        new("quantite", "Quantité", false, "quantity", "qty", "qté", "qte", "nombre", "nb", "nombre d'unités"),
        new("debut", "Début", true, "date de début", "date début", "start", "start date", "du", "from", "date d'emprunt"),
        new("fin", "Fin", true, "date de fin", "date fin", "end", "end date", "au", "to", "date de retour"),
        new("projet", "Projet", false, "project", "exposition", "événement", "evenement", "event", "motif", "usage"),
        new("libelle", "Libellé", false, "label", "description", "désignation", "précision", "détail", "commentaire"),
    ];

    public static List<Need> Read(string path, DataQualityReport report, InstitutionIndex? institutions)
    {
        using var reader = TabularFile.Open(path, preferredSheets: StudyInputRoles.NamesOf(StudyInputRole.Needs));
        return Read(reader, report, institutions);
    }

    public static List<Need> Read(TabularReader reader, DataQualityReport report, InstitutionIndex? institutions)
    {
        var columns = ColumnMap.Resolve(reader.Headers, Columns, reader.File, report);
        if (!columns.IsComplete) return [];

        var row = new RowValidator(reader, columns, report);
        var institution = row.Column("etablissement_id");
        var category = row.Column("categorie");
        var quantityColumn = row.Column("quantite");
        var start = row.Column("debut");
        var end = row.Column("fin");
        var project = row.Column("projet");
        var label = row.Column("libelle");
        var lookup = new InstitutionLookup(row, institutions);
        var texts = new StringPool();
        if (!quantityColumn.IsPresent)
            report.Warn(reader.File, 0, "", "Colonne « Quantité » absente : chaque besoin compte pour un appareil.");

        return [.. row.Records(Parse)];

        Need? Parse()
        {
            var institutionId = lookup.Resolve(institution);
            var categoryId = CategoryCell.Resolve(row, category, label, BoundColumn.None, BoundColumn.None);
            int quantity = QuantityCell.Read(row, quantityColumn);
            bool hasStart = row.Require(start, "Date de début manquante") & row.TryDate(start, out var startDate);
            bool hasEnd = row.Require(end, "Date de fin manquante") & row.TryDate(end, out var endDate);
            if (hasStart && hasEnd && startDate > endDate)
                row.Reject(end, $"La fin ({endDate:dd/MM/yyyy}) précède le début ({startDate:dd/MM/yyyy}) : vérifiez les deux dates (jour et mois inversés ?).");

            if (row.IsRejected) return null;
            return new Need(
                institutionId!,
                categoryId!,
                quantity,
                startDate!.Value,
                endDate!.Value,
                row.IsEmpty(project) ? null : texts.Get(row.Span(project)),
                new SourceLocation(row.File, row.Row));
        }
    }
}
