using System;
using System.Text;

namespace OpenApiCodegen.Emit;

/// <summary>Builds C# source with consistent indentation; blocks open and close through <see cref="Block"/>.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4);
            _text.Append(line);
        }

        _text.Append('\n');
        return this;
    }

    public SourceWriter Lines(string text)
    {
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            Line(line);
        }

        return this;
    }

    /// <summary>Writes <paramref name="header"/>, an opening brace, and indents until the returned scope is disposed.</summary>
    public IDisposable Block(string header, string closing = "}")
    {
        Line(header);
        Line("{");
        _indent++;
        return new Scope(this, closing);
    }

    /// <summary>
    /// Writes a file-scoped namespace declaration: what the returned scope encloses belongs to it, with no brace and
    /// no indentation level of its own (a file holds one namespace; every line is four spaces shorter).
    /// </summary>
    public IDisposable FileNamespace(string name)
    {
        Line("namespace " + name + ";");
        Line();
        return new Scope(this, closing: null);
    }

    /// <summary>A constructor with a <c>: base(...)</c> or <c>: this(...)</c> initializer on its own line.</summary>
    public IDisposable Constructor(string signature, string initializer)
    {
        Line(signature);
        Line("    " + initializer);
        Line("{");
        _indent++;
        return new Scope(this, "}");
    }

    public void Indent() => _indent++;

    public void Outdent() => _indent--;

    public override string ToString() => _text.ToString();

    private sealed class Scope : IDisposable
    {
        private readonly SourceWriter _writer;
        private readonly string? _closing;

        public Scope(SourceWriter writer, string? closing)
        {
            _writer = writer;
            _closing = closing;
        }

        public void Dispose()
        {
            if (_closing is null)
            {
                return;
            }

            _writer._indent--;
            _writer.Line(_closing);
        }
    }
}
