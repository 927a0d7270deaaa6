using System.IO.Compression;
using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace Ressourcerie.Analytics.Tests.TestSupport;

/// <summary>Builds small XLSX files with ClosedXML, as Excel users make them (typed numbers and dates, several sheets).</summary>
public static class Workbooks
{
    /// <summary>Writes each sheet's rows (header first); values keep their type (number, DateTime, text).</summary>
    public static void Save(string path, params (string Sheet, object?[][] Rows)[] sheets)
    {
        using var workbook = new XLWorkbook();
        foreach (var (name, rows) in sheets)
        {
            var sheet = workbook.AddWorksheet(name);
            for (int r = 0; r < rows.Length; r++)
                for (int c = 0; c < rows[r].Length; c++)
                {
                    var cell = sheet.Cell(r + 1, c + 1);
                    switch (rows[r][c])
                    {
                        case null: break;
                        case DateTime d: cell.Value = d; cell.Style.DateFormat.Format = "dd/mm/yyyy"; break;
                        case double x: cell.Value = x; break;
                        case int i: cell.Value = i; break;
                        case string s: cell.SetValue(s); break;
                        default: throw new ArgumentException($"Type de cellule non prévu : {rows[r][c]!.GetType()}");
                    }
                }
        }
        workbook.SaveAs(path);
    }

    /// <summary>
    /// Turns the numeric cell <paramref name="reference"/> of the first sheet into the Excel error
    /// <paramref name="error"/> (ClosedXML cannot write a cached error value; Excel writes <c>t="e"</c>).
    /// </summary>
    public static void SetErrorCell(string path, string reference, string error)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry("xl/worksheets/sheet1.xml") ?? throw new InvalidOperationException("feuille 1 absente");
        string xml;
        using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
        // ClosedXML writes the main namespace with a prefix (<x:c>); keep whatever prefix it used.
        var patched = Regex.Replace(xml, $"<(\\w+:)?c r=\"{reference}\"[^>]*>.*?</(\\w+:)?c>",
            m => $"<{m.Groups[1].Value}c r=\"{reference}\" t=\"e\"><{m.Groups[1].Value}v>{error}</{m.Groups[1].Value}v></{m.Groups[1].Value}c>");
        if (patched == xml) throw new InvalidOperationException($"cellule {reference} introuvable");
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
        writer.Write(patched);
    }
}
