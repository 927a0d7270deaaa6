using Ressourcerie.Analytics.Interviews.Readers;

namespace Ressourcerie.Analytics.Tests.Reliability;

/// <summary>
/// A flat export is recognised by any header its reader accepts, not only the tool's current one:
/// "Coded text" (QualCoder) and "tags", "text", "document name" (Taguette) were read once
/// recognised but refused as an unknown format (found by <c>ReaderBalanceTests</c>).
/// </summary>
public class FlatExportDetectionTests
{
    [Theory]
    [InlineData("File/case;Coder;Coded;Id;Codename", CodingFormats.QualCoder)]
    [InlineData("File;Coded text;Codename;Memo", CodingFormats.QualCoder)]
    [InlineData("id;document;tag;content", CodingFormats.Taguette)]
    [InlineData("highlight id;document name;tags;text", CodingFormats.Taguette)]
    [InlineData("Number;Document;Codes;Text Content", CodingFormats.AtlasTi)]
    [InlineData("Dokumentname;Code;Segment;Anfang;Ende", CodingFormats.Maxqda)]
    public void Each_header_a_reader_accepts_tells_its_format(string headers, string format) =>
        Assert.Equal(format, CodingsReader.DetectTableFormat(headers.Split(';')));
}
