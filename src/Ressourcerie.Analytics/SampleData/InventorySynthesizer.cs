using System.Globalization;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.SampleData;

/// <summary>
/// Streams <c>inventaire.csv</c>: for each institution, lines drawn from its profile's category mix
/// and the catalogue's models. A line is idle with the institution's idle share (in storage, used one
/// or two months a year, or waiting for repair) and older on average; the other lines are in service
/// most of the year, lent, or out of order. Each institution has its own random stream, so a line
/// never depends on how many lines came before it.
/// </summary>
internal static class InventorySynthesizer
{
    public static readonly string[] Header =
    [
        "Identifiant établissement", "Catégorie", "Libellé", "Marque", "Modèle", "Quantité",
        "Année d'acquisition", "Statut", "Mois d'utilisation par an", "Prix d'achat (€)",
    ];

    private const int ProgressEvery = 100_000;

    public static long Write(FrenchCsvWriter csv, IReadOnlyList<SyntheticInstitution> institutions, SampleDataOptions options, DefectPlan defects, Action<string>? progress)
    {
        csv.Header(Header);
        var tables = new Dictionary<NeedProfile, CategoryModels[]>();
        int lastYear = options.InventoryDate.Year;
        long line = 0;
        foreach (var institution in institutions)
        {
            if (!tables.TryGetValue(institution.Profile, out var categories))
                tables[institution.Profile] = categories = CategoryModels.For(institution.Profile);
            var rng = new SampleRandom(options.Seed, SampleRandom.Stream("inventaire", institution.Index));
            var weights = institution.Profile.InventoryWeights;

            for (int k = 0; k < institution.InventoryLines; k++, line++)
            {
                var (status, months) = DrawStatus(rng, institution.IdleShare);
                var category = categories[rng.Weighted(weights)];
                var model = category.Draw(rng, lastYear);
                int year = DrawYear(rng, model, status, lastYear);
                int quantity = DrawQuantity(rng, category.Id);
                long? priceCents = DrawPriceCents(rng, model, year, lastYear);

                csv.Text(institution.Id);
                csv.Text(category.Id);
                csv.Text(model.Label);
                csv.Text(model.Brand);
                csv.Text(model.Model);
                if (defects.EmptiesQuantity(line))
                {
                    csv.Empty();
                    defects.Record(SampleDataGenerator.InventoryFile, csv.NextRowNumber, Header[5], "",
                        "Quantité laissée vide (à lire comme 1, avec un avertissement).");
                }
                else
                {
                    csv.Integer(quantity);
                }
                csv.Integer(year);
                if (status == EquipmentStatus.HorsService && defects.TakeStatusAbbreviation(line))
                {
                    csv.Text("HS");
                    defects.Record(SampleDataGenerator.InventoryFile, csv.NextRowNumber, Header[7], "HS",
                        "Statut abrégé « HS » (hors service).");
                }
                else
                {
                    csv.Text(status.French());
                }
                csv.Integer(months);
                WritePrice(csv, priceCents, line, defects);
                csv.EndRow();

                if (progress is not null && (line + 1) % ProgressEvery == 0)
                    progress($"Inventaire : {(line + 1).ToString("N0", CultureInfo.GetCultureInfo("fr-FR"))} lignes écrites…");
            }
        }
        return line;
    }

    private static (EquipmentStatus Status, int Months) DrawStatus(SampleRandom rng, double idleShare)
    {
        double u = rng.NextDouble();
        if (rng.Chance(idleShare))
        {
            if (u < 0.65) return (EquipmentStatus.EnStock, rng.Chance(0.75) ? 0 : 1);
            if (u < 0.90) return (EquipmentStatus.EnService, rng.Between(1, 2));
            return (EquipmentStatus.AReparer, 0);
        }
        if (u < 0.90) return (EquipmentStatus.EnService, (int)Math.Round(rng.Triangular(3, 11, 12)));
        if (u < 0.94) return (EquipmentStatus.Prete, rng.Between(3, 9));
        return (EquipmentStatus.HorsService, 0);
    }

    /// <summary>
    /// A year within the model's sale years (plus two years of late purchases): uniform for lines in
    /// use, leaning to the early years for stored lines and more so for broken ones.
    /// </summary>
    private static int DrawYear(SampleRandom rng, EquipmentModel model, EquipmentStatus status, int lastYear)
    {
        int first = Math.Min(model.FirstYear, lastYear);
        int end = Math.Clamp(model.LastYear + 2, first, lastYear);
        double u = rng.NextDouble();
        double position = status switch
        {
            EquipmentStatus.EnStock => 1 - Math.Sqrt(u),
            EquipmentStatus.HorsService or EquipmentStatus.AReparer => 1 - Math.Sqrt(Math.Sqrt(u)),
            _ => u,
        };
        return Math.Min(end, first + (int)Math.Floor(position * (end - first + 1)));
    }

    private static int DrawQuantity(SampleRandom rng, string categoryId)
    {
        int max = EquipmentCatalog.MaxQuantityPerLine(categoryId);
        if (max < 2) return 1;
        double bulkChance = max >= 12 ? 0.7 : 0.25;
        return rng.Chance(bulkChance) ? rng.Between(2, max) : 1;
    }

    /// <summary>
    /// The unit price paid, in cents, within ±15 % of the model's price, rounded like a quote (tens of
    /// euros above 1,000 €, often "…,90" below 600 €); unknown for 7 % of lines and a quarter of lines
    /// older than ten years (donations, lost invoices).
    /// </summary>
    private static long? DrawPriceCents(SampleRandom rng, EquipmentModel model, int year, int lastYear)
    {
        double unknown = year < lastYear - 10 ? 0.25 : 0.07;
        double factor = 0.85 + 0.3 * rng.NextDouble();
        bool ninety = rng.Chance(0.5);
        if (rng.Chance(unknown)) return null;
        long euros = (long)Math.Round(model.PriceEur * factor);
        if (euros >= 1000) euros = (long)Math.Round(euros / 10.0) * 10;
        long cents = euros * 100;
        if (euros < 600 && ninety) cents -= 10;
        return cents;
    }

    private static void WritePrice(FrenchCsvWriter csv, long? cents, long line, DefectPlan defects)
    {
        if (cents is not { } value)
        {
            csv.Empty();
            return;
        }
        if (value >= 100_000 && defects.TakeEuroPrice(line))
        {
            string written = FormatEuro(value);
            csv.Text(written);
            defects.Record(SampleDataGenerator.InventoryFile, csv.NextRowNumber, Header[9], written,
                "Prix exporté au format monétaire d'Excel : espace fine des milliers et symbole « € ».");
            return;
        }
        if (defects.TakePointPrice(line))
        {
            string written = string.Create(CultureInfo.InvariantCulture, $"{value / 100}.{value % 100:00}");
            csv.Text(written);
            defects.Record(SampleDataGenerator.InventoryFile, csv.NextRowNumber, Header[9], written,
                "Prix saisi avec un point décimal au lieu d'une virgule.");
            return;
        }
        csv.Fixed(value, 2);
    }

    /// <summary>What Excel's French currency format displays and exports: "1 290,00 €" with a narrow no-break space for thousands and a no-break space before the sign.</summary>
    private static string FormatEuro(long cents)
    {
        long euros = cents / 100;
        string integer = euros >= 1000
            ? string.Create(CultureInfo.InvariantCulture, $"{euros / 1000}\u202F{euros % 1000:000}")
            : euros.ToString(CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{integer},{cents % 100:00}\u00A0€");
    }

    /// <summary>The models of one category with their draw weights, resolved once per profile.</summary>
    private sealed class CategoryModels
    {
        private readonly EquipmentModel[] _models;
        private readonly double[] _weights;

        private CategoryModels(string id)
        {
            Id = id;
            _models = EquipmentCatalog.Of(id).ToArray();
            if (_models.Length == 0) throw new InvalidOperationException($"Aucun modèle pour la catégorie {id} dans le catalogue.");
            _weights = _models.Select(m => m.Weight).ToArray();
        }

        public string Id { get; }

        public static CategoryModels[] For(NeedProfile profile) =>
            profile.InventoryMix.Select(m => new CategoryModels(m.Category)).ToArray();

        /// <summary>A model by weight, avoiding models not yet sold at the inventory date when the category has others.</summary>
        public EquipmentModel Draw(SampleRandom rng, int lastYear)
        {
            var model = _models[rng.Weighted(_weights)];
            for (int retry = 0; retry < 4 && model.FirstYear > lastYear; retry++) model = _models[rng.Weighted(_weights)];
            return model;
        }
    }
}
