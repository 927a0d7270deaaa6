using System.Text;
using Microsoft.DotNet.Interactive.Formatting;

namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// Gathers a running cell's outputs in the order they happen: console writes (consecutive writes
/// to the same stream make one <c>stream</c> output, as Jupyter merges them), <c>display(…)</c>
/// and the Formatting package's <c>.Display()</c>/<c>.DisplayAs()</c>. Cells may write from
/// other threads, hence the lock.
/// </summary>
internal sealed class CellOutputCollector
{
    private readonly object _gate = new();
    private readonly List<CellOutput> _outputs = [];
    private StringBuilder? _stream;
    private string? _streamName;

    public TextWriter StandardOutput => new StreamWriterAdapter(this, StreamOutput.StandardOutput);

    public TextWriter StandardError => new StreamWriterAdapter(this, StreamOutput.StandardError);

    public IReadOnlyList<CellOutput> Take()
    {
        lock (_gate)
        {
            CloseStream();
            var outputs = _outputs.ToList();
            _outputs.Clear();
            return outputs;
        }
    }

    public DisplayHandle Display(object? value, string[] mimeTypes)
    {
        int index;
        lock (_gate)
        {
            CloseStream();
            index = _outputs.Count;
            _outputs.Add(new DisplayDataOutput(MimeFormatter.Format(value, mimeTypes)));
        }
        return new DisplayHandle(updated =>
        {
            var output = new DisplayDataOutput(MimeFormatter.Format(updated, mimeTypes));
            lock (_gate)
            {
                if (index < _outputs.Count) _outputs[index] = output;
            }
        });
    }

    /// <summary>
    /// A value shown with the Formatting package's extensions. <c>"…".DisplayAs("text/html")</c>
    /// keeps its MIME type; other values get <see cref="MimeFormatter"/>'s bundle.
    /// </summary>
    public void Displayed(DisplayedValue displayed)
    {
        var formatted = displayed.FormattedValues;
        var bundle = displayed.Value is string text && formatted.Count == 1 && formatted[0].Value == text
            ? new MimeBundle().Set(formatted[0].MimeType, text)
            : MimeFormatter.Format(displayed.Value);
        lock (_gate)
        {
            CloseStream();
            _outputs.Add(new DisplayDataOutput(bundle));
        }
    }

    public void Add(CellOutput output)
    {
        lock (_gate)
        {
            CloseStream();
            _outputs.Add(output);
        }
    }

    private void Write(string name, string text)
    {
        if (text.Length == 0) return;
        lock (_gate)
        {
            if (_streamName != name) CloseStream();
            _streamName = name;
            (_stream ??= new StringBuilder()).Append(text);
        }
    }

    private void CloseStream()
    {
        if (_stream is not null && _streamName is not null) _outputs.Add(new StreamOutput(_streamName, _stream.ToString()));
        _stream = null;
        _streamName = null;
    }

    private sealed class StreamWriterAdapter(CellOutputCollector collector, string name) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => collector.Write(name, value.ToString());

        public override void Write(string? value) => collector.Write(name, value ?? "");

        public override void Write(char[] buffer, int index, int count) => collector.Write(name, new string(buffer, index, count));

        public override void WriteLine(string? value) => collector.Write(name, (value ?? "") + "\n");

        public override void WriteLine() => collector.Write(name, "\n");
    }
}
