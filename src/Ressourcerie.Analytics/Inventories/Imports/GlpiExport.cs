using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Inventories.Imports;

/// <summary>
/// Reads a GLPI list export (CSV written by GLPI's search output) into inventory lines, one asset
/// per row. What GLPI writes: a UTF-8 BOM, every field quoted, the user's delimiter (<c>;</c> by
/// default) after every field including the last, a <c>"</c> inside a value written <c>''</c>,
/// several values in a cell joined with <c> &lt;br&gt;</c>, headers in the exporting user's language
/// and prefixed by their group (« Informations financières et administratives - Date d'achat »),
/// hierarchical entities and locations (« SIEGE &gt; 021-ENTREPOT »), dates as <c>Y-m-d H:i</c> or,
/// by user setting, <c>d-m-Y</c> / <c>m-d-Y</c> (the order is detected from the values; when they
/// cannot tell, day-month is assumed and said once). One export holds one asset type (computers,
/// monitors…: option, or told from the columns), which is a category hint when labels are vague.
/// </summary>
public static class GlpiExport
{
    private const string FinancialFr = "Informations financières et administratives - ";
    private const string FinancialEn = "Financial and administrative information - ";

    public static IReadOnlyList<ColumnSpec> Columns { get; } =
    [
        new("name", "Nom", true, "Name"),
        new("entity", "Entité", false, "Entity", "Entités", "Entities"),
        new("status", "Statut", false, "Status", "État", "State"),
        new("manufacturer", "Fabricant", false, "Manufacturer", "Constructeur"),
        new("serial", "Numéro de série", false, "Serial number", "Serial"),
        new("type", "Type", false, "Types"),
        new("model", "Modèle", false, "Model"),
        new("location", "Lieu", false, "Location", "Localisation"),
        new("last_update", "Dernière modification", false, "Last update"),
        new("inventory_number", "Numéro d'inventaire", false, "Inventory number"),
        new("purchase_date", "Date d'achat", false, "Date of purchase", "Purchase date", FinancialFr + "Date d'achat", FinancialEn + "Date of purchase", FinancialEn + "Purchase date"),
        new("value", "Valeur", false, "Value", "Prix", "Price", FinancialFr + "Valeur", FinancialEn + "Value"),
        new("itemtype", "Type d'élément", false, "Item type", "Type d'objet", "Itemtype"),
        new("operating_system", "Système d'exploitation - Nom", false, "Operating system - Name", "Système d'exploitation", "Operating system"),
        new("processor", "Composants - Processeur", false, "Components - Processor", "Processeur", "Processor"),
    ];

    private static readonly string[] DateColumns = ["purchase_date", "last_update"];

    /// <param name="displayName">The name used in issues; the file name by default.</param>
    public static AssetExportResult Read(string path, DataQualityReport report, AssetExportOptions? options = null, string? displayName = null)
    {
        options ??= AssetExportOptions.Default;
        displayName ??= Path.GetFileName(path);
        var (order, assumed) = AssetDateOrder.Decide(() => TabularFile.Open(path, displayName), Columns, DateColumns, options,
            DateOrder.DayMonthYear, "GLPI", "c'est le réglage « JJ-MM-AAAA » de GLPI, le plus courant en France (le réglage par défaut AAAA-MM-JJ n'est pas ambigu)",
            alwaysReport: false, report);

        using var reader = TabularFile.Open(path, displayName);
        report.RegisterFile(reader.File);
        var columns = ColumnMap.Resolve(reader.Headers, GroupPrefixedHeaders.Extend(reader.Headers, Columns), reader.File, report);
        if (!columns.IsComplete) return new AssetExportResult([], AssetExportFormat.Glpi, order, assumed, options.GlpiItemType);
        var itemType = options.GlpiItemType ?? (columns.Has("operating_system") || columns.Has("processor") ? GlpiItemType.Computer : null);
        var row = new RowValidator(reader, columns, report);
        var parser = new RowParser(row, reader, report, options, order, itemType);
        return new AssetExportResult([.. row.Records(parser.Parse)], AssetExportFormat.Glpi, order, assumed, itemType);
    }

    private sealed class RowParser(RowValidator row, TabularReader reader, DataQualityReport report, AssetExportOptions options, DateOrder order, GlpiItemType? fileItemType)
    {
        private readonly AssetRowReader _cells = new(row, reader, order, options.Study.CurrentYear, glpiEscapes: true);
        private readonly AssetInstitutionResolver _institutions = new(options, reader.File);
        private readonly BoundColumn _name = row.Column("name");
        private readonly BoundColumn _entity = row.Column("entity");
        private readonly BoundColumn _status = row.Column("status");
        private readonly BoundColumn _manufacturer = row.Column("manufacturer");
        private readonly BoundColumn _type = row.Column("type");
        private readonly BoundColumn _model = row.Column("model");
        private readonly BoundColumn _location = row.Column("location");
        private readonly BoundColumn _purchaseDate = row.Column("purchase_date");
        private readonly BoundColumn _value = row.Column("value");
        private readonly BoundColumn _itemType = row.Column("itemtype");

        public InventoryItem? Parse()
        {
            var name = _cells.Text(_name);
            var manufacturer = _cells.Text(_manufacturer);
            var model = _cells.Text(_model);
            var institution = _institutions.Resolve(row, report, [(_entity, _cells.Single(_entity, "l'entité")), (_location, _cells.Single(_location, "le lieu"))]);
            var category = AssetCategoryResolver.Resolve(row,
                [new(_type, "le type", _cells.Text(_type)), new(_model, "le modèle", model), new(_model, "la marque et le modèle", BrandAndModel(manufacturer, model)), new(_name, "le nom", name)],
                name, manufacturer, model, ItemType());
            var status = _cells.Status(_status);
            var year = _cells.AcquisitionYear(_purchaseDate);
            var price = _cells.Price(_value);
            return _cells.Asset(institution, category, name, manufacturer, model, year, status, price);
        }

        private static string? BrandAndModel(string? brand, string? model) => brand is null || model is null ? null : $"{brand} {model}";

        private GlpiItemType? ItemType()
        {
            if (row.IsEmpty(_itemType)) return fileItemType;
            if (GlpiItemTypes.TryParse(row.Span(_itemType), out var type)) return type;
            row.Warn(_itemType, $"Type d'élément GLPI « {row.Span(_itemType)} » inconnu : il n'aide pas à classer le matériel.");
            return fileItemType;
        }
    }
}
