using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Inventories;

/// <summary>
/// Reads <c>inventaire.csv</c> of our layout, one line of equipment per row, streaming: cells are
/// parsed from spans, categories, statuses and repeated texts are resolved once per distinct value,
/// so a million lines go through in constant memory (<see cref="Stream"/>). Every row is accepted,
/// corrected with a warning (empty quantity → 1, institution id written in another case) or
/// rejected with the column and, where there is one, the closest valid value.
/// </summary>
public static class InventoryReader
{
    public const int FirstAcquisitionYear = 1980;

    public static IReadOnlyList<ColumnSpec> Columns { get; } =
    [
        new("etablissement_id", "Identifiant établissement", true, "établissement", "etablissement", "identifiant", "institution_id", "institution", "id établissement", "code établissement"),
        new("categorie", "Catégorie", true, "category", "type de matériel", "type d'équipement", "type", "famille", "equipment type", "catégorie de matériel"),
        new("libelle", "Libellé", false, "label", "désignation", "description", "intitulé", "nom", "name", "article"),
        new("marque", "Marque", false, "brand", "fabricant", "manufacturer", "constructeur"),
        new("modele", "Modèle", false, "model", "référence", "reference", "model name", "modèle / référence"),
        new("quantite", "Quantité", false, "quantity", "qty", "qté", "qte", "nombre", "nb", "nombre d'unités"),
        new("annee_acquisition", "Année d'acquisition", false, "année", "annee achat", "année d'achat", "acquisition year", "year", "year of purchase", "date d'acquisition"),
        new("statut", "Statut", false, "status", "état", "etat", "situation"),
        new("mois_utilisation_par_an", "Mois d'utilisation par an", false, "mois d'utilisation", "mois utilisation", "utilisation (mois/an)", "months used per year", "months of use per year", "usage months"),
        new("prix_achat_eur", "Prix d'achat (€)", false, "prix d'achat", "prix achat", "prix", "prix unitaire", "purchase price", "price", "purchase cost", "cost", "montant"),
    ];

    public static List<InventoryItem> Read(string path, DataQualityReport report, InstitutionIndex? institutions, StudyOptions? options = null)
    {
        using var reader = TabularFile.Open(path, preferredSheets: StudyInputRoles.NamesOf(StudyInputRole.Inventory));
        return Read(reader, report, institutions, options);
    }

    /// <summary>
    /// Every accepted line. A CSV file is validated on every core (<see cref="ParallelRecords"/>): the
    /// same lines, issues and counts, in the same order, as <see cref="Stream"/> gives.
    /// </summary>
    public static List<InventoryItem> Read(TabularReader reader, DataQualityReport report, InstitutionIndex? institutions, StudyOptions? options = null) =>
        Read(reader, report, institutions, options, ParallelRecords.DefaultWorkers);

    /// <summary><see cref="Read(TabularReader, DataQualityReport, InstitutionIndex?, StudyOptions?)"/> with <paramref name="workers"/> validating threads (1: the plain loop of <see cref="Stream"/>).</summary>
    internal static List<InventoryItem> Read(TabularReader reader, DataQualityReport report, InstitutionIndex? institutions, StudyOptions? options, int workers)
    {
        if (workers <= 1 || reader is not CsvTabularReader csv) return [.. Stream(reader, report, institutions, options)];
        var columns = ColumnMap.Resolve(reader.Headers, Columns, reader.File, report);
        if (!columns.IsComplete) return [];
        int currentYear = (options ?? StudyOptions.Default).CurrentYear;
        WarnIfNoQuantity(columns, reader.File, report);
        return ParallelRecords.Read<InventoryItem>(csv, columns, report, row => new LineParser(row, institutions, currentYear).Parse, workers);
    }

    /// <summary>
    /// The accepted lines, one at a time, as the file is read (for counting or aggregating a national
    /// inventory without holding it). <paramref name="institutions"/> null skips the "must exist" rule.
    /// </summary>
    public static IEnumerable<InventoryItem> Stream(TabularReader reader, DataQualityReport report, InstitutionIndex? institutions, StudyOptions? options = null)
    {
        var columns = ColumnMap.Resolve(reader.Headers, Columns, reader.File, report);
        if (!columns.IsComplete) yield break;
        var row = new RowValidator(reader, columns, report);
        var parser = new LineParser(row, institutions, (options ?? StudyOptions.Default).CurrentYear);
        WarnIfNoQuantity(columns, reader.File, report);

        foreach (var item in row.Records(parser.Parse)) yield return item;
    }

    private static void WarnIfNoQuantity(ColumnMap columns, string file, DataQualityReport report)
    {
        if (!columns.Has("quantite"))
            report.Warn(file, 0, "", "Colonne « Quantité » absente : chaque ligne compte pour un appareil.");
    }

    /// <summary>The per-file state: column positions and the caches of distinct texts.</summary>
    private sealed class LineParser(RowValidator row, InstitutionIndex? institutions, int currentYear)
    {
        private readonly BoundColumn _institution = row.Column("etablissement_id");
        private readonly BoundColumn _category = row.Column("categorie");
        private readonly BoundColumn _label = row.Column("libelle");
        private readonly BoundColumn _brand = row.Column("marque");
        private readonly BoundColumn _model = row.Column("modele");
        private readonly BoundColumn _year = row.Column("annee_acquisition");
        private readonly BoundColumn _status = row.Column("statut");
        private readonly BoundColumn _months = row.Column("mois_utilisation_par_an");
        private readonly BoundColumn _price = row.Column("prix_achat_eur");
        private readonly StringPool _texts = new();
        private readonly InstitutionLookup _institutions = new(row, institutions);
        private readonly string _yearRule = $"une année entre {FirstAcquisitionYear} et {currentYear}";

        private readonly BoundColumn _quantity = row.Column("quantite");

        public InventoryItem? Parse()
        {
            var institutionId = _institutions.Resolve(_institution);
            var categoryId = CategoryCell.Resolve(row, _category, _label, _brand, _model);
            int quantity = QuantityCell.Read(row, _quantity);
            var year = ReadYear();
            var status = ReadStatus();
            row.TryNumber(_months, 0, 12, "un nombre de mois entre 0 et 12", out double? months);
            row.TryNumber(_price, 0, 1e9, "un prix en euros, 0 ou plus (par exemple 1 250,50)", out double? price);
            if (row.IsRejected) return null;
            return new InventoryItem(
                institutionId!,
                categoryId!,
                Text(_label),
                Text(_brand),
                Text(_model),
                quantity,
                year,
                status,
                months,
                price is null ? null : Math.Round((decimal)price.Value, 2),
                new SourceLocation(row.File, row.Row));
        }

        private string? Text(BoundColumn column) => row.IsEmpty(column) ? null : _texts.Get(row.Span(column));

        private int? ReadYear()
        {
            var rule = _yearRule;
            if (row.Kind(_year) == CellKind.Date)
            {
                int fromDate = row.TryDate(_year, out var date) && date is not null ? date.Value.Year : 0;
                if (fromDate is >= FirstAcquisitionYear && fromDate <= currentYear)
                {
                    row.Warn(_year, $"Une date complète ({date:dd/MM/yyyy}) a été saisie : seule l'année {fromDate} est retenue.");
                    return fromDate;
                }
                row.Reject(_year, $"« {row.Span(_year)} » est hors limites : attendu {rule}.");
                return null;
            }
            if (row.Kind(_year) == CellKind.Text && row.Span(_year).IndexOfAny('/', '-') > 0)
            {
                if (FrenchDate.TryParse(row.Span(_year), out var typed, out _) && typed.Year >= FirstAcquisitionYear && typed.Year <= currentYear)
                {
                    row.Warn(_year, $"Une date complète (« {row.Span(_year)} ») a été saisie : seule l'année {typed.Year} est retenue.");
                    return typed.Year;
                }
            }
            return row.TryInteger(_year, FirstAcquisitionYear, currentYear, rule, out long? year) ? (int?)year : null;
        }

        private EquipmentStatus ReadStatus()
        {
            if (row.IsEmpty(_status))
            {
                if (_status.IsPresent) row.Warn(_status, "Statut vide : la ligne est comptée « en service » (elle ne sera pas proposée au prêt). Indiquez en service, en stock, hors service, à réparer ou prêté.");
                return EquipmentStatus.EnService;
            }
            var text = row.Span(_status);
            if (EquipmentStatusSynonyms.Table.TryResolve(text, out var status)) return status;
            var suggestion = EquipmentStatusSynonyms.Table.Suggest(text);
            row.Reject(_status,
                $"Statut inconnu : « {text} ».{(suggestion is null ? "" : $" Vouliez-vous dire « {suggestion} » ?")} Valeurs acceptées : en service, en stock, hors service, à réparer, prêté.",
                suggestion);
            return EquipmentStatus.EnService;
        }
    }
}
