using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Tests.Ingestion;

public class CsvHashLineTests
{
    [Fact]
    public void A_row_starting_with_a_hash_is_data_and_keeps_row_numbers_right()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("couleur;code\n#ff0000;Freins\nbleu;Leviers\n");
        using var reader = TabularFile.Open(new MemoryStream(bytes), "couleurs.csv");

        Assert.True(reader.Read());
        Assert.Equal((2, "#ff0000"), (reader.RowNumber, reader.Text(0)));
        Assert.True(reader.Read());
        Assert.Equal((3, "bleu"), (reader.RowNumber, reader.Text(0)));
        Assert.False(reader.Read());
    }
}
