using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Inventories.Imports;

/// <summary>
/// Reads a Snipe-IT asset export (<c>Company, Name, Asset Tag, Category, Supplier, Manufacturer,
/// Location, Order Number, Model, Model Notes, Model Number, Asset Notes, Purchase Date, Purchase
/// Cost, Checkout Type, Checked Out To: …, Asset EOL Date</c>; <c>,</c>; UTF-8 BOM) into inventory
/// lines, one asset per row. Snipe-IT writes US dates (<c>M/D/YY</c>) and itself misreads French
/// <c>dd/mm/yyyy</c> (PHP's <c>strtotime</c>); here the order is detected per file from the values
/// that can only be read one way (a day above 12), and the order used is always reported. Snipe-IT
/// categories are site-defined ("Laptops", or anything): when one is not an equipment category the
/// model, then the asset name, decide, with a warning. Without a Status column, a checked-out asset
/// is counted in service and the others in stock (said once). The person an asset is checked out to
/// (name, e-mail) is personal data and is never read.
/// </summary>
public static class SnipeItExport
{
    public static IReadOnlyList<ColumnSpec> Columns { get; } =
    [
        new("asset_tag", "Asset Tag", true, "Numéro d'inventaire", "Étiquette", "Tag"),
        new("company", "Company", false, "Société", "Entreprise", "Organisation"),
        new("name", "Name", false, "Asset Name", "Nom"),
        new("category", "Category", false, "Catégorie"),
        new("manufacturer", "Manufacturer", false, "Fabricant"),
        new("location", "Location", false, "Lieu", "Emplacement", "Default Location"),
        new("model", "Model", false, "Model Name", "Modèle"),
        new("model_number", "Model Number", false, "Model No.", "Numéro de modèle"),
        new("status", "Status", false, "Status Label", "Statut"),
        new("purchase_date", "Purchase Date", false, "Date d'achat"),
        new("purchase_cost", "Purchase Cost", false, "Cost", "Coût", "Prix d'achat"),
        new("checkout_type", "Checkout Type", false, "Checked Out To Type", "Type d'attribution"),
        new("eol_date", "Asset EOL Date", false, "EOL Date", "End of Life"),
    ];

    private static readonly string[] DateColumns = ["purchase_date", "eol_date"];

    /// <param name="displayName">The name used in issues; the file name by default.</param>
    public static AssetExportResult Read(string path, DataQualityReport report, AssetExportOptions? options = null, string? displayName = null)
    {
        options ??= AssetExportOptions.Default;
        displayName ??= Path.GetFileName(path);
        var (order, assumed) = AssetDateOrder.Decide(() => TabularFile.Open(path, displayName), Columns, DateColumns, options,
            DateOrder.MonthDayYear, "Snipe-IT", "c'est l'ordre par défaut des exports Snipe-IT", alwaysReport: true, report);

        using var reader = TabularFile.Open(path, displayName);
        report.RegisterFile(reader.File);
        var columns = ColumnMap.Resolve(reader.Headers, Columns, reader.File, report);
        if (!columns.IsComplete) return new AssetExportResult([], AssetExportFormat.SnipeIt, order, assumed, null);
        if (!columns.Has("status"))
            report.Warn(reader.File, 0, columns.Has("checkout_type") ? columns.HeaderOf("checkout_type") : "",
                columns.Has("checkout_type")
                    ? "Pas de colonne « Status » : un matériel attribué (Checkout Type rempli) est compté « en service », les autres « en stock » (donc proposés au prêt). Exportez la colonne Status pour des statuts exacts."
                    : "Ni « Status » ni « Checkout Type » : tout le matériel est compté « en service » (il ne sera pas proposé au prêt).");
        var row = new RowValidator(reader, columns, report);
        var parser = new RowParser(row, reader, report, options, order);
        return new AssetExportResult([.. row.Records(parser.Parse)], AssetExportFormat.SnipeIt, order, assumed, null);
    }

    private sealed class RowParser(RowValidator row, TabularReader reader, DataQualityReport report, AssetExportOptions options, DateOrder order)
    {
        private readonly AssetRowReader _cells = new(row, reader, order, options.Study.CurrentYear, glpiEscapes: false);
        private readonly AssetInstitutionResolver _institutions = new(options, reader.File);
        private readonly BoundColumn _company = row.Column("company");
        private readonly BoundColumn _name = row.Column("name");
        private readonly BoundColumn _category = row.Column("category");
        private readonly BoundColumn _manufacturer = row.Column("manufacturer");
        private readonly BoundColumn _location = row.Column("location");
        private readonly BoundColumn _model = row.Column("model");
        private readonly BoundColumn _modelNumber = row.Column("model_number");
        private readonly BoundColumn _status = row.Column("status");
        private readonly BoundColumn _purchaseDate = row.Column("purchase_date");
        private readonly BoundColumn _cost = row.Column("purchase_cost");
        private readonly BoundColumn _checkoutType = row.Column("checkout_type");

        public InventoryItem? Parse()
        {
            var name = _cells.Text(_name);
            var manufacturer = _cells.Text(_manufacturer);
            var model = _cells.Text(_model);
            var modelNumber = _cells.Text(_modelNumber);
            var institution = _institutions.Resolve(row, report, [(_company, _cells.Text(_company)), (_location, _cells.Text(_location))]);
            var category = AssetCategoryResolver.Resolve(row,
                [new(_category, "la catégorie", _cells.Text(_category)), new(_model, "le modèle", model), new(_model, "la marque et le modèle", manufacturer is null || model is null ? null : $"{manufacturer} {model}"),
                 new(_modelNumber, "le numéro de modèle", modelNumber), new(_name, "le nom", name)],
                name, manufacturer, model, null);
            var status = _status.IsPresent ? _cells.Status(_status)
                : _checkoutType.IsPresent ? (row.IsEmpty(_checkoutType) ? EquipmentStatus.EnStock : EquipmentStatus.EnService)
                : EquipmentStatus.EnService;
            var year = _cells.AcquisitionYear(_purchaseDate);
            var price = _cells.Price(_cost);
            return _cells.Asset(institution, category, name, manufacturer, model, year, status, price);
        }
    }
}
