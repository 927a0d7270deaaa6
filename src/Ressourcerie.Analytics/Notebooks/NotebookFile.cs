using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// Reads and writes nbformat 4 <c>.ipynb</c> files. Writing follows VS Code (see
/// <see cref="IpynbJsonWriter"/>): <c>source</c> and text outputs as lists of lines, keys sorted,
/// one-space indentation, a final newline; what the model does not understand (unknown metadata,
/// attachments, unknown output types) is written back as read.
/// </summary>
public static class NotebookFile
{
    /// <summary>The lowest <c>nbformat_minor</c> written: 4.2 is what VS Code writes for a notebook without cell ids.</summary>
    public const int MinimumFormatMinor = 2;

    public static Notebook Read(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(path, 0, "", $"impossible de lire le notebook : {FileAccessProblem.Reading(e, path)}", e);
        }
        return Parse(json, path);
    }

    /// <summary>Parses notebook JSON; <paramref name="fileName"/> names the file in error messages.</summary>
    public static Notebook Parse(string json, string fileName)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new InputFileException(fileName, (int)(e.LineNumber ?? -1) + 1, "",
                $"le fichier n'est pas un notebook JSON valide (ligne {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}) : JSON tronqué, mal formé ou fichier d'un autre format ; ouvrez-le dans VS Code ou Jupyter et enregistrez-le à nouveau", e);
        }
        if (root is not JsonObject obj) throw Invalid(fileName, "le fichier ne contient pas un objet JSON de notebook");

        int major = obj["nbformat"] is JsonValue m && m.TryGetValue(out int mv) ? mv : 0;
        if (major != 4)
        {
            throw Invalid(fileName, major == 0
                ? "le champ « nbformat » manque : ce n'est pas un notebook Jupyter/Polyglot"
                : $"format nbformat {major} non pris en charge (seul nbformat 4 l'est) : ouvrez et enregistrez le notebook dans VS Code ou Jupyter pour le convertir");
        }

        var notebook = new Notebook
        {
            FormatMinor = obj["nbformat_minor"] is JsonValue minor && minor.TryGetValue(out int mn) ? mn : MinimumFormatMinor,
            Metadata = obj["metadata"] as JsonObject is { } metadata ? (JsonObject)metadata.DeepClone() : [],
        };
        if (obj["cells"] is not JsonArray cells) throw Invalid(fileName, "le champ « cells » manque ou n'est pas une liste");
        int number = 0;
        foreach (var cellNode in cells)
        {
            number++;
            if (cellNode is not JsonObject cellObj) throw Invalid(fileName, $"la cellule {number} n'est pas un objet JSON");
            notebook.Cells.Add(ReadCell(cellObj, number, fileName));
        }
        foreach (var (name, value) in obj)
        {
            if (name is not ("cells" or "metadata" or "nbformat" or "nbformat_minor")) notebook.OtherProperties[name] = value?.DeepClone();
        }
        return notebook;
    }

    public static void Write(Notebook notebook, string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // Written beside and then moved: a notebook rewritten in place is never left half-written.
        var temporary = full + ".tmp";
        File.WriteAllText(temporary, Serialize(notebook), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, full, overwrite: true);
    }

    public static string Serialize(Notebook notebook)
    {
        var root = new JsonObject();
        foreach (var (name, value) in notebook.OtherProperties) root[name] = value?.DeepClone();
        root["cells"] = new JsonArray(notebook.Cells.Select(c => (JsonNode)WriteCell(c, notebook.FormatMinor)).ToArray());
        root["metadata"] = notebook.Metadata.DeepClone();
        root["nbformat"] = 4;
        root["nbformat_minor"] = Math.Max(notebook.FormatMinor, MinimumFormatMinor);
        return IpynbJsonWriter.Write(root);
    }

    /// <summary>Splits text as VS Code does for <c>source</c> and text outputs: a line per <c>\n</c>, each keeping it.</summary>
    public static JsonArray SplitLines(string text)
    {
        var lines = new JsonArray();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            lines.Add(text[start..(i + 1)]);
            start = i + 1;
        }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }

    private static NotebookCell ReadCell(JsonObject obj, int number, string fileName)
    {
        var kind = obj["cell_type"]?.GetValueKind() == JsonValueKind.String ? obj["cell_type"]!.GetValue<string>() : null;
        var cellKind = kind switch
        {
            "code" => NotebookCellKind.Code,
            "markdown" => NotebookCellKind.Markdown,
            "raw" => NotebookCellKind.Raw,
            _ => throw Invalid(fileName, $"la cellule {number} a un type inconnu (« {kind ?? "absent"} ») : attendu code, markdown ou raw"),
        };
        var cell = new NotebookCell(cellKind, MultilineText(obj["source"], fileName, $"cellule {number}, « source »"))
        {
            Id = obj["id"] is JsonValue id && id.TryGetValue(out string? idText) ? idText : null,
            Metadata = obj["metadata"] is JsonObject metadata ? (JsonObject)metadata.DeepClone() : [],
            ExecutionCount = obj["execution_count"] is JsonValue count && count.TryGetValue(out int c) ? c : null,
        };
        if (obj["outputs"] is JsonArray outputs)
        {
            foreach (var output in outputs.OfType<JsonObject>()) cell.Outputs.Add(ReadOutput(output, number, fileName));
        }
        foreach (var (name, value) in obj)
        {
            if (name is not ("cell_type" or "source" or "id" or "metadata" or "execution_count" or "outputs"))
                cell.OtherProperties[name] = value?.DeepClone();
        }
        return cell;
    }

    private static CellOutput ReadOutput(JsonObject obj, int number, string fileName)
    {
        var where = $"cellule {number}, sortie";
        switch (obj["output_type"] is JsonValue t && t.TryGetValue(out string? type) ? type : null)
        {
            case "stream":
                return new StreamOutput(obj["name"]?.GetValue<string>() ?? StreamOutput.StandardOutput, MultilineText(obj["text"], fileName, where));
            case "display_data":
                return new DisplayDataOutput(ReadBundle(obj["data"], fileName, where), Metadata(obj));
            case "execute_result":
                return new ExecuteResultOutput(
                    obj["execution_count"] is JsonValue c && c.TryGetValue(out int count) ? count : null,
                    ReadBundle(obj["data"], fileName, where), Metadata(obj));
            case "error":
                return new ErrorOutput(
                    obj["ename"]?.GetValue<string>() ?? "",
                    obj["evalue"]?.GetValue<string>() ?? "",
                    obj["traceback"] is JsonArray lines ? lines.Select(l => l?.GetValue<string>() ?? "").ToList() : []);
            default:
                return new UnknownOutput((JsonObject)obj.DeepClone());
        }
    }

    private static JsonObject Metadata(JsonObject output) =>
        output["metadata"] is JsonObject metadata ? (JsonObject)metadata.DeepClone() : [];

    private static MimeBundle ReadBundle(JsonNode? node, string fileName, string where)
    {
        var bundle = new MimeBundle();
        if (node is not JsonObject data) return bundle;
        foreach (var (mime, value) in data)
        {
            if (MimeBundle.IsJsonMimeType(mime)) bundle.Set(mime, value?.DeepClone() ?? JsonValue.Create("")!);
            else bundle.Set(mime, MultilineText(value, fileName, $"{where} « {mime} »"));
        }
        return bundle;
    }

    private static string MultilineText(JsonNode? node, string fileName, string where) => node switch
    {
        null => "",
        JsonValue value when value.TryGetValue(out string? text) => text,
        JsonArray lines when lines.All(l => l is JsonValue v && v.GetValueKind() == JsonValueKind.String) =>
            string.Concat(lines.Select(l => l!.GetValue<string>())),
        _ => throw Invalid(fileName, $"{where} : texte attendu (une chaîne ou une liste de lignes)"),
    };

    private static JsonObject WriteCell(NotebookCell cell, int formatMinor)
    {
        var obj = new JsonObject();
        foreach (var (name, value) in cell.OtherProperties) obj[name] = value?.DeepClone();
        obj["cell_type"] = cell.Kind switch
        {
            NotebookCellKind.Code => "code",
            NotebookCellKind.Markdown => "markdown",
            _ => "raw",
        };
        if (cell.Id is not null && formatMinor >= 5) obj["id"] = cell.Id;
        obj["metadata"] = cell.Metadata.DeepClone();
        obj["source"] = SplitLines(cell.Source);
        if (cell.Kind == NotebookCellKind.Code)
        {
            obj["execution_count"] = cell.ExecutionCount;
            obj["outputs"] = new JsonArray(cell.Outputs.Select(o => (JsonNode)WriteOutput(o)).ToArray());
        }
        return obj;
    }

    private static JsonObject WriteOutput(CellOutput output)
    {
        switch (output)
        {
            case StreamOutput stream:
                return new JsonObject { ["name"] = stream.Name, ["output_type"] = "stream", ["text"] = SplitLines(stream.Text) };
            case DisplayDataOutput display:
                return new JsonObject { ["data"] = WriteBundle(display.Data), ["metadata"] = display.Metadata.DeepClone(), ["output_type"] = "display_data" };
            case ExecuteResultOutput result:
                return new JsonObject
                {
                    ["data"] = WriteBundle(result.Data),
                    ["execution_count"] = result.ExecutionCount,
                    ["metadata"] = result.Metadata.DeepClone(),
                    ["output_type"] = "execute_result",
                };
            case ErrorOutput error:
                return new JsonObject
                {
                    ["ename"] = error.Name,
                    ["evalue"] = error.Value,
                    ["output_type"] = "error",
                    ["traceback"] = new JsonArray(error.Traceback.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
                };
            case UnknownOutput unknown:
                return (JsonObject)unknown.Json.DeepClone();
            default:
                throw new ArgumentOutOfRangeException(nameof(output), output.GetType().Name, "type de sortie inconnu");
        }
    }

    private static JsonObject WriteBundle(MimeBundle bundle)
    {
        var data = new JsonObject();
        foreach (var (mime, value) in bundle)
        {
            data[mime] = MimeBundle.IsMultilineMimeType(mime) && value is JsonValue v && v.TryGetValue(out string? text)
                ? SplitLines(text)
                : value.DeepClone();
        }
        return data;
    }

    private static InputFileException Invalid(string fileName, string message) => new(fileName, 0, "", message);
}
