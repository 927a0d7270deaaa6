using System.Text;
using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Tests.Ingestion;

/// <summary>The CSV reader parses batches of rows ahead on a second thread: rows, numbers and errors must be those of a plain loop.</summary>
public class CsvParseAheadTests
{
    /// <summary>5,000 data rows (several batches), a blank line every 1,000 rows, a multi-line quoted cell at row 3,000.</summary>
    private static byte[] LongFile(string? tail = null)
    {
        var text = new StringBuilder("id;libelle\n");
        for (int i = 1; i <= 5000; i++)
        {
            text.Append(i == 2999 ? $"L{i};\"deux\nlignes\"\n" : $"L{i};  texte {i}  \n");
            if (i % 1000 == 0) text.Append(";\n");
        }
        text.Append(tail);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [Fact]
    public void Rows_across_batches_keep_their_spreadsheet_numbers_trimmed_cells_and_skip_blank_lines()
    {
        using var reader = TabularFile.Open(new MemoryStream(LongFile()), "long.csv");
        var rows = new List<(int Row, string Id, string Label)>();
        while (reader.Read()) rows.Add((reader.RowNumber, reader.Text(0), reader.Text(1)));

        Assert.Equal(5000, rows.Count);
        Assert.Equal((2, "L1", "texte 1"), rows[0]);
        Assert.Equal((1001, "L1000", "texte 1000"), rows[999]);
        // The blank line after L1000 is row 1002 as a spreadsheet counts it: L1001 is row 1003.
        Assert.Equal((1003, "L1001", "texte 1001"), rows[1000]);
        Assert.Equal("deux\nlignes", rows[2998].Label);
        // The quoted cell spans two lines, which is one record: the rows after it keep their record numbers.
        Assert.Equal(rows[2997].Row + 1, rows[2998].Row);
        Assert.Equal(rows[2998].Row + 1, rows[2999].Row);
        Assert.Equal((5005, "L5000", "texte 5000"), rows[^1]);
    }

    [Fact]
    public void A_record_too_large_stops_the_reading_at_its_row_after_every_row_before_it()
    {
        var unclosed = "L5001;\"" + new string('x', CsvTabularReader.MaxRecordChars + 10);
        using var reader = TabularFile.Open(new MemoryStream(LongFile(unclosed)), "casse.csv");
        int read = 0;
        var error = Assert.Throws<InputFileException>(() => { while (reader.Read()) read++; });

        Assert.Equal(5000, read);
        // L5000 is row 5005 and the blank line after it row 5006: the unclosed record is row 5007.
        Assert.Equal(5007, error.Row);
        Assert.Contains("ligne 5007", error.Message);
    }

    [Fact]
    public void A_reader_disposed_before_the_end_or_twice_stops_its_parsing_thread()
    {
        var stream = new MemoryStream(LongFile());
        var reader = TabularFile.Open(stream, "long.csv");
        Assert.True(reader.Read());

        Assert.Null(Record.Exception(() =>
        {
            reader.Dispose();
            reader.Dispose();
        }));
        Assert.False(stream.CanRead);
    }
}
