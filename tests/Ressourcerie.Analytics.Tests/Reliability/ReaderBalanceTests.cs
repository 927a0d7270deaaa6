using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews.Readers;
using Ressourcerie.Analytics.Inventories.Imports;
using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests.Reliability;

/// <summary>One generated input file: its name and rows (header first).</summary>
public sealed record GeneratedFile(string Name, string[][] Rows)
{
    /// <summary>Data rows that are not blank: those a reader must count.</summary>
    public int DataRows => Rows.Skip(1).Count(r => r.Any(c => c.Trim().Length > 0));

    public override string ToString() => $"{Name} : {string.Join(" / ", Rows.Take(4).Select(r => string.Join(";", r)))}{(Rows.Length > 4 ? " …" : "")}";
}

/// <summary>A data folder of generated files, every one in our layout.</summary>
public sealed record GeneratedFolder(GeneratedFile[] Files)
{
    public override string ToString() => string.Join("\n", Files.Select(f => f.ToString()));
}

/// <summary>
/// Rows mixing valid values, values each rule corrects (a former region, a two-digit year, an id
/// in another case) and values each rule rejects (unknown category, negative quantity, Excel
/// errors, impossible dates, formulas, headers repeated as data, emoji, empty cells), under headers in
/// snake_case or French, in any order, with the optional columns present or not.
/// </summary>
public static class GeneratedFolders
{
    private static readonly string[] Ids = ["MUS-1", "FRAC-1", "mus 1", "ECO-7", "", "#N/A", "etablissement_id", "Identifiant"];
    private static readonly string[] Names = ["Musée", "FRAC Bretagne", "", "=HYPERLINK(\"x\")", "Nom", "Musée 🎨"];
    private static readonly string[] Types = ["musée", "frac", "centre d'art", "école d'art", "galerie", "", "Type"];
    private static readonly string[] Regions = ["Bretagne", "Nord-Pas-de-Calais", "Atlantide", "", "Île-de-France"];
    private static readonly string[] Latitudes = ["48,85", "47.47", "-0,55", "200", "", "abc"];
    private static readonly string[] Longitudes = ["2,35", "-1.55", "47,47", "", "#VALEUR!"];
    private static readonly string[] Counts = ["0", "12", "-3", "2,5", "", "beaucoup", "1e308"];
    private static readonly string[] Categories = ["VP", "Vidéoprojecteur", "Écran 55 pouces", "vidéoprojcteur", "zzzz", "", "#REF!", "Catégorie", "matériel", "📽️ VP", "😀"];
    private static readonly string[] Labels = ["Salle 1", "", "=SOMME(A1:A2)", "+33 1 40", "Epson EB-L1070U", "007"];
    private static readonly string[] Quantities = ["1", "3", "0", "-2", "2,5", "", "007", "99999999999999999999", "#N/A"];
    private static readonly string[] Years = ["2019", "1975", "2031", "05/03/2018", "", "deux mille", "45352"];
    private static readonly string[] Statuses = ["en stock", "en service", "prêté", "HS", "cassé", "", "en stock ✅"];
    private static readonly string[] Months = ["0", "6", "12", "13", "", "6 mois"];
    private static readonly string[] Prices = ["850", "1 250,50 €", "-10", "", "gratuit", "1e308"];
    private static readonly string[] Dates = ["01/02/2025", "2025-03-01", "31/02/2025", "45352", "01/09/25", "", "demain", "2025"];
    private static readonly string[] Projects = ["Expo", "", "Biennale"];
    private static readonly string[] InterviewIds = ["E01", "E02", "E03", "", "E9", "entretien_id"];
    private static readonly string[] Profiles = ["dsi", "régisseur", "technique", "jardinier", "", "médiation numérique", "dsi 😀"];
    private static readonly string[] Respondents = ["Claire Martin", "", "Jean Dupont"];
    private static readonly string[] Codes = ["Freins > Coût", "Leviers::Plateforme", " > ", "", "Matériel / Audio", "Code", "Freins > 💸 Coût"];
    private static readonly string[] Excerpts = ["On ne prête pas.", "", "=SOMME(A1)", "\"cité\"\nsur deux lignes", "-20 %", "@régie"];
    private static readonly string[] Coders = ["Alice", "Bruno", ""];
    private static readonly string[] Offsets = ["0", "10", "45", "-1", "", "x"];

    private static readonly (string Name, string Label, bool Required, string[] Values)[] InstitutionColumns =
    [
        ("etablissement_id", "Identifiant", true, Ids), ("nom", "Nom", true, Names), ("type", "Type", false, Types),
        ("region", "Région", false, Regions), ("latitude", "Latitude", false, Latitudes), ("longitude", "Longitude", false, Longitudes),
        ("effectif", "Effectif", false, Counts), ("expositions_par_an", "Expositions par an", false, Counts),
    ];

    private static readonly (string, string, bool, string[])[] InventoryColumns =
    [
        ("etablissement_id", "Identifiant établissement", true, Ids), ("categorie", "Catégorie", true, Categories),
        ("libelle", "Libellé", false, Labels), ("quantite", "Quantité", false, Quantities), ("annee_acquisition", "Année d'acquisition", false, Years),
        ("statut", "Statut", false, Statuses), ("mois_utilisation_par_an", "Mois d'utilisation par an", false, Months), ("prix_achat_eur", "Prix d'achat (€)", false, Prices),
    ];

    private static readonly (string, string, bool, string[])[] NeedColumns =
    [
        ("etablissement_id", "Identifiant établissement", true, Ids), ("categorie", "Catégorie", true, Categories),
        ("quantite", "Quantité", false, Quantities), ("debut", "Début", true, Dates), ("fin", "Fin", true, Dates), ("projet", "Projet", false, Projects),
    ];

    private static readonly (string, string, bool, string[])[] InterviewColumns =
    [
        ("entretien_id", "Identifiant entretien", true, InterviewIds), ("date", "Date", false, Dates), ("profil", "Profil", false, Profiles),
        ("etablissement_id", "Identifiant établissement", false, Ids), ("repondant", "Répondant", false, Respondents),
    ];

    private static readonly (string, string, bool, string[])[] CodingColumns =
    [
        ("entretien_id", "Identifiant entretien", true, InterviewIds), ("code", "Code", true, Codes), ("extrait", "Extrait", false, Excerpts),
        ("codeur", "Codeur", false, Coders), ("debut", "Début", false, Offsets), ("fin", "Fin", false, Offsets),
    ];

    private static readonly string[] AssetNames = ["VP-SALLE-1", "PC-ACCUEIL-01", "", "=HYPERLINK(\"x\")", "Nom", "Écran 📺"];
    private static readonly string[] Entities = ["Entité racine > Musée des Beaux-Arts (fictif)", "Root entity > Frac Bretagne (fictif)", "MUS-1", "", "=1+1", "Entité racine > "];
    private static readonly string[] Manufacturers = ["Epson", "Dell Inc.", "", "#N/A"];
    private static readonly string[] AssetTypes = ["Video projector", "Desktop", "Ordinateur portable", "Moniteur", "zzzz", "", "📽️"];
    private static readonly string[] Models = ["EB-L1050U", "OptiPlex 7090", "ThinkPad T14", "", "Macbook Pro 13\""];
    private static readonly string[] AssetStatuses = ["En service", "En stock", "In use", "Deployed", "Ready to Deploy", "Archived", "Broken", "", "cassé"];
    private static readonly string[] AssetDates = ["15-09-2021", "1/23/23", "23/01/2021", "2021-09-15", "31/02/2021", "45352", "", "hier", "12-03-2025 10:42"];
    private static readonly string[] AssetPrices = ["849,00", "1 120,50", "2266.13", "-5", "", "gratuit", "1e308"];
    private static readonly string[] Companies = ["Centre d'art Le Quai (fictif)", "Frac Bretagne (fictif)", "", "=cmd|' /C calc'!A0"];
    private static readonly string[] AssetTags = ["CAQ-0001", "CAQ-0001", "ICC-2065556", "", "#REF!"];
    private static readonly string[] Checkouts = ["User", "Location", "Asset", "", "personne"];

    private static readonly (string, string, bool, string[])[] GlpiColumns =
    [
        ("Name", "Nom", true, AssetNames), ("Entity", "Entité", true, Entities), ("Manufacturer", "Fabricant", true, Manufacturers),
        ("Status", "Statut", false, AssetStatuses), ("Type", "Type", false, AssetTypes), ("Model", "Modèle", false, Models), ("Location", "Lieu", false, Entities),
        ("Financial and administrative information - Date of purchase", "Informations financières et administratives - Date d'achat", false, AssetDates),
        ("Financial and administrative information - Value", "Informations financières et administratives - Valeur", false, AssetPrices),
    ];

    private static readonly (string, string, bool, string[])[] SnipeItColumns =
    [
        ("Company", "Company", true, Companies), ("Asset Tag", "Asset Tag", true, AssetTags), ("Checkout Type", "Checkout Type", true, Checkouts),
        ("Name", "Name", false, AssetNames), ("Category", "Category", false, AssetTypes), ("Manufacturer", "Manufacturer", false, Manufacturers),
        ("Model", "Model", false, Models), ("Purchase Date", "Purchase Date", false, AssetDates), ("Purchase Cost", "Purchase Cost", false, AssetPrices),
        ("Status", "Status", false, AssetStatuses),
    ];

    private static readonly string[] Documents = ["Entretien Lyon", "Entretien Rennes", "", "=1+1", "Entretien 😀", "#N/A"];
    private static readonly string[] Tags = ["freins\\transport", "leviers", "", "\\", "Freins > Coût", "a\\\\b", "💸"];
    private static readonly string[] Contents = ["On ne prête pas.", "", "=SOMME(A1)", "\"cité\"\nsur deux lignes", "-20 %", "@régie", "Appelez-moi au 06 12 34 56 78"];
    private static readonly string[] AtlasCodes = ["Freins: Coût", "Freins: Coût, Leviers: Prêt", "\"On ne prête pas.\", Freins: Coût", "", "=1+1", ",", "Leviers"];
    private static readonly string[] AtlasIds = ["1:1", "1:2", "2:1", "", "x", "1:1"];

    private static readonly (string, string, bool, string[])[] TaguetteColumns =
    [
        ("id", "highlight id", false, Offsets), ("document", "document name", true, Documents), ("tag", "tags", true, Tags), ("content", "text", true, Contents),
    ];

    private static readonly (string, string, bool, string[])[] MaxqdaColumns =
    [
        ("Document name", "Dokumentname", true, Documents), ("Code", "Code", true, Tags), ("Segment", "Segment", true, Contents),
        ("Begin", "Anfang", false, Offsets), ("End", "Ende", false, Offsets), ("Document group", "Dokumentgruppe", false, Projects),
        ("Created by", "Erstellt von", false, Coders), ("Comment", "Kommentar", false, Contents),
    ];

    private static readonly (string, string, bool, string[])[] QualCoderColumns =
    [
        ("File/case", "File", true, Documents), ("Coded", "Coded text", true, Contents), ("Codename", "Codename", true, Tags),
        ("Coder", "Coder", false, Coders), ("Id", "Id", false, Offsets), ("Coded_Memo", "Memo", false, Contents),
    ];

    private static readonly (string, string, bool, string[])[] AtlasTiColumns =
    [
        ("Number", "ID", false, AtlasIds), ("Document", "Document Name", true, Documents), ("Codes", "Codes", true, AtlasCodes),
        ("Text Content", "Quotation Content", true, Contents), ("Comment", "Comment", false, Contents),
        ("Initial Position", "Start", false, Offsets), ("Final Position", "End", false, Offsets), ("Created by", "Author", false, Coders),
    ];

    private static Gen<GeneratedFile> File(string name, (string Name, string Label, bool Required, string[] Values)[] columns) =>
        from present in Gen.ArrayOf(Gen.Elements(true, false), columns.Length)
        from french in Gen.Elements(true, false)
        from order in Gen.Choose(0, int.MaxValue)
        from rows in Gen.Choose(0, 12)
        from picks in Gen.ArrayOf(Gen.Choose(0, 99), rows * columns.Length)
        let kept = columns.Where((c, i) => c.Required || present[i]).OrderBy(c => new Random(order).Next()).ToArray()
        select new GeneratedFile(name,
        [
            [.. kept.Select(c => french ? c.Label : c.Name)],
            .. Enumerable.Range(0, rows).Select(r => kept.Select((c, i) => c.Values[picks[r * columns.Length + i] % c.Values.Length]).ToArray()),
        ]);

    public static Arbitrary<GeneratedFolder> Folders() => Arb.From(
        from institutions in File("institutions.csv", InstitutionColumns)
        from inventory in File("inventaire.csv", InventoryColumns)
        from needs in File("besoins.csv", NeedColumns)
        from interviews in File("entretiens.csv", InterviewColumns)
        from codings in File("codages.csv", CodingColumns)
        select new GeneratedFolder([institutions, inventory, needs, interviews, codings]));

    /// <summary>Flat exports of Taguette, MAXQDA (English or German headers), QualCoder and ATLAS.ti.</summary>
    public static Arbitrary<GeneratedFolder> QdaExports() => Arb.From(
        from taguette in File("highlights.csv", TaguetteColumns)
        from maxqda in File("segments.csv", MaxqdaColumns)
        from qualCoder in File("coded_text.csv", QualCoderColumns)
        from atlasTi in File("quotations.csv", AtlasTiColumns)
        select new GeneratedFolder([taguette, maxqda, qualCoder, atlasTi]));

    /// <summary>A GLPI export (French or English headers) and a Snipe-IT export.</summary>
    public static Arbitrary<GeneratedFolder> AssetExports() => Arb.From(
        from glpi in File("glpi.csv", GlpiColumns)
        from snipeIt in File("snipeit.csv", SnipeItColumns)
        select new GeneratedFolder([glpi, snipeIt]));
}

/// <summary>
/// Whatever rows every reader of our layout is given (institutions, inventaire, besoins,
/// entretiens, codages), the flat exports of Taguette, MAXQDA, QualCoder and ATLAS.ti, and the
/// GLPI and Snipe-IT readers: each non-blank row is read, and either accepted or rejected
/// (<c>rows_read == rows_accepted + rows_rejected</c>, file by file), a row is rejected exactly
/// when it has an error, and every issue names a row of the file.
/// </summary>
[Properties(Arbitrary = [typeof(GeneratedFolders)], MaxTest = 150)]
public sealed class ReaderBalanceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static void Write(string folder, GeneratedFile file)
    {
        static string Quoted(string cell) => cell.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;
        var text = string.Concat(file.Rows.Select(r => string.Join(';', r.Select(Quoted)) + "\r\n"));
        System.IO.File.WriteAllText(Path.Combine(folder, file.Name), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }

    private static bool Balanced(DataQualityReport quality, IEnumerable<GeneratedFile> files)
    {
        foreach (var file in files)
        {
            if (!quality.Files.TryGetValue(file.Name, out var counts)) return false;
            if (counts.RowsRead != counts.RowsAccepted + counts.RowsRejected || counts.RowsRead != file.DataRows) return false;
            var rowsInError = quality.IssuesFor(file.Name).Where(i => i is { Severity: IssueSeverity.Error, Row: > 0 }).Select(i => i.Row).Distinct().Count();
            if (rowsInError != counts.RowsRejected) return false;
            if (quality.IssuesFor(file.Name).Any(i => i.Row < 0 || i.Row > file.Rows.Length)) return false;
        }
        return true;
    }

    [Property]
    public bool Every_row_of_institutions_inventories_and_needs_is_accepted_or_rejected_with_its_error(GeneratedFolder folder)
    {
        var path = _folder.File(Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        var tables = folder.Files.Take(3).ToArray();
        foreach (var file in tables) Write(path, file);

        var study = Study.Load(path, FixedClock.Options(2025));

        return study.Quality.IsBalanced && Balanced(study.Quality, tables)
               && study.Inventory.Count + study.Needs.Count + study.Institutions.Count == study.Quality.RowsAccepted;
    }

    /// <summary>The GLPI and Snipe-IT readers of <c>ressourcerie import</c>, under the same rule.</summary>
    [Property(Arbitrary = [typeof(AssetExportsOnly)])]
    public bool Every_row_of_GLPI_and_Snipe_IT_exports_is_accepted_or_rejected_with_its_error(GeneratedFolder folder)
    {
        var path = _folder.File(Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        foreach (var file in folder.Files) Write(path, file);

        foreach (var file in folder.Files)
        {
            var report = new DataQualityReport();
            var result = AssetExport.Read(Path.Combine(path, file.Name), report);
            if (!report.IsBalanced || !Balanced(report, [file]) || result.Items.Count != report.RowsAccepted) return false;
        }
        return true;
    }

    /// <summary>The flat exports of the QDA tools, read by <see cref="CodingsReader.Read"/> (format detected), under the same rule.</summary>
    [Property(Arbitrary = [typeof(QdaExportsOnly)])]
    public bool Every_row_of_Taguette_MAXQDA_QualCoder_and_ATLAS_ti_exports_is_accepted_or_rejected_with_its_error(GeneratedFolder folder)
    {
        var path = _folder.File(Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        foreach (var file in folder.Files) Write(path, file);

        foreach (var file in folder.Files)
        {
            var report = new DataQualityReport();
            CodingsReader.Read(Path.Combine(path, file.Name), report);
            if (!report.IsBalanced || !Balanced(report, [file])) return false;
        }
        return true;
    }

    public static class QdaExportsOnly
    {
        public static Arbitrary<GeneratedFolder> Exports() => GeneratedFolders.QdaExports();
    }

    public static class AssetExportsOnly
    {
        public static Arbitrary<GeneratedFolder> Exports() => GeneratedFolders.AssetExports();
    }

    [Property]
    public bool Every_row_of_interviews_and_codings_is_accepted_or_rejected_with_its_error(GeneratedFolder folder)
    {
        var path = _folder.File(Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        var tables = folder.Files.Skip(3).ToArray();
        foreach (var file in tables) Write(path, file);
        var report = new DataQualityReport();

        var project = CodingsLayoutReader.Read(Path.Combine(path, "entretiens.csv"), Path.Combine(path, "codages.csv"), report);

        return report.IsBalanced && Balanced(report, tables)
               && project.Segments.Count == report.Files["codages.csv"].RowsAccepted
               && project.Interviews.Count == report.Files["entretiens.csv"].RowsAccepted;
    }
}
