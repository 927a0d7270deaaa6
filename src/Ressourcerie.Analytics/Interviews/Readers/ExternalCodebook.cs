using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Interviews.Readers;

/// <summary>One code of a codebook file given beside a flat export (see <see cref="CodingsReadOptions.CodebookPath"/>).</summary>
/// <param name="Name">The name as the codebook writes it (ATLAS.ti "Parent: Child", a Taguette tag…).</param>
/// <param name="Parent">The parent's name when the codebook has a parent column (Taguette) or indents children (ATLAS.ti code list).</param>
/// <param name="Levels">The hierarchy when the codebook states it structurally (REFI-QDA nesting); null otherwise.</param>
internal sealed record ExternalCode(string Name, string? Parent, string? Description, IReadOnlyList<string>? Levels);

/// <summary>
/// Reads a codebook exported beside a flat export: ATLAS.ti code manager exports (<c>Code;Comment;…</c>,
/// or the code list with parents in the first column and "●" children in the second), Taguette's
/// codebook (<c>tag,[parent,]description,number of highlights</c>), or a REFI-QDA codebook (.qdc).
/// Each row is counted in the report like any other input row.
/// </summary>
internal static class ExternalCodebook
{
    private static readonly IReadOnlyList<ColumnSpec> Columns =
    [
        new("code", "Code", true, "tag", "codename", "code name", "nom du code", "kode", "código", "codigo"),
        new("description", "Description", false, "comment", "commentaire", "memo", "mémo", "kommentar", "definition", "définition", "comentario", "comentário"),
        new("parent", "Parent", false, "parent tag", "parent code", "code parent"),
    ];

    public static IReadOnlyList<ExternalCode> Load(string path, DataQualityReport report, ReadLimits limits)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
            throw new InputFileException(file, 0, "", $"Livre de codes introuvable : « {path} ».");
        if (LooksLikeRefi(path))
        {
            var project = RefiQdaReader.Read(path, report, new CodingsReadOptions { Limits = limits });
            return project.Codebook.Codes.Select(c => new ExternalCode(c.Path, c.ParentPath, c.Description, c.Path.Split(Code.Separator))).ToList();
        }

        using var reader = TabularFile.Open(path);
        report.RegisterFile(reader.File);
        var map = ColumnMap.Resolve(reader.Headers, Columns, reader.File, report);
        if (!map.IsComplete) return [];
        int codeCol = map["code"], descriptionCol = map["description"], parentCol = map["parent"];
        // ATLAS.ti's code list puts top-level codes in the first column and their children, one
        // column to the right, under an empty header.
        bool indented = parentCol < 0 && codeCol + 1 < reader.Headers.Count && reader.Headers[codeCol + 1].Length == 0;
        var codes = new List<ExternalCode>();
        string? currentParent = null;
        while (reader.Read())
        {
            report.RowRead(reader.File);
            var name = StripBullet(reader.Text(codeCol));
            string? parent = parentCol >= 0 && !reader.IsEmpty(parentCol) ? reader.Text(parentCol) : null;
            if (indented)
            {
                if (name.Length > 0)
                {
                    currentParent = name;
                }
                else
                {
                    name = StripBullet(reader.Text(codeCol + 1));
                    parent = currentParent;
                }
            }
            if (name.Length == 0)
            {
                report.Error(reader.File, reader.RowNumber, map.HeaderOf("code"), "Ligne du livre de codes sans nom de code : ignorée.");
                report.RowRejected(reader.File);
                continue;
            }
            var description = descriptionCol >= 0 && !reader.IsEmpty(descriptionCol) ? reader.Text(descriptionCol) : null;
            codes.Add(new ExternalCode(name, parent, description, null));
            report.RowAccepted(reader.File);
        }
        return codes;
    }

    private static string StripBullet(string name) => name.TrimStart('●', '•', '○', '◦', ' ', '\u00A0').Trim();

    private static bool LooksLikeRefi(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".qdc" or ".qde" or ".qdpx" or ".xml") return true;
        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[64];
        int n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var text = System.Text.Encoding.UTF8.GetString(head[..n]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith('<');
    }
}
