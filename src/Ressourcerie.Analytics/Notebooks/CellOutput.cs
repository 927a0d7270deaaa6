using System.Text.Json.Nodes;

namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// One output of a code cell, as nbformat 4 defines them: <see cref="StreamOutput"/>,
/// <see cref="DisplayDataOutput"/>, <see cref="ExecuteResultOutput"/>, <see cref="ErrorOutput"/>;
/// an output type this model does not know is kept as <see cref="UnknownOutput"/> and written back
/// unchanged.
/// </summary>
public abstract record CellOutput
{
    /// <summary>The nbformat <c>output_type</c>.</summary>
    public abstract string OutputType { get; }
}

/// <summary>Text written on standard output (<c>stdout</c>) or standard error (<c>stderr</c>).</summary>
public sealed record StreamOutput(string Name, string Text) : CellOutput
{
    public const string StandardOutput = "stdout";

    public const string StandardError = "stderr";

    public override string OutputType => "stream";
}

/// <summary>A value shown with <c>display(…)</c>, one representation per MIME type.</summary>
public sealed record DisplayDataOutput(MimeBundle Data, JsonObject Metadata) : CellOutput
{
    public DisplayDataOutput(MimeBundle data) : this(data, []) { }

    public override string OutputType => "display_data";
}

/// <summary>The value of a cell's last expression.</summary>
public sealed record ExecuteResultOutput(int? ExecutionCount, MimeBundle Data, JsonObject Metadata) : CellOutput
{
    public override string OutputType => "execute_result";
}

/// <summary>The exception or compilation error that stopped a cell.</summary>
public sealed record ErrorOutput(string Name, string Value, IReadOnlyList<string> Traceback) : CellOutput
{
    public override string OutputType => "error";
}

/// <summary>An output whose type nbformat 4 does not define, kept as read.</summary>
public sealed record UnknownOutput(JsonObject Json) : CellOutput
{
    public override string OutputType => Json["output_type"]?.GetValue<string>() ?? "";
}
